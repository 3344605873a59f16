package dev.claimline.dashboard.chart;

import static dev.claimline.dashboard.chart.TestViews.GREECE;
import static dev.claimline.dashboard.chart.TestViews.TURKEY;
import static dev.claimline.dashboard.chart.TestViews.allegation;
import static dev.claimline.dashboard.chart.TestViews.denial;
import static org.assertj.core.api.Assertions.assertThat;

import dev.claimline.persistence.view.PairMonth;
import dev.claimline.persistence.view.StoredClaim;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineChartTest {
    private static final TimelineChart.Hrefs HREFS = new TimelineChart.Hrefs() {
        @Override
        public String claim(StoredClaim claim) {
            return "#claim-" + claim.id();
        }

        @Override
        public String period(YearMonth from, YearMonth to) {
            return "?from=" + from + "&to=" + to;
        }

        @Override
        public String undated() {
            return "#undated";
        }
    };

    @Test
    void aSingleClaimIsOneMarkAboveTheAxisLinkingToIt() {
        TimelineChart chart =
                TimelineChart.layout(GREECE, TURKEY, List.of(allegation(1, GREECE, TURKEY, "2024-03-04")), HREFS);

        assertThat(chart.grouped()).isFalse();
        assertThat(chart.marks()).singleElement().satisfies(mark -> {
            assertThat(mark.href()).isEqualTo("#claim-1");
            assertThat(mark.kind()).isEqualTo("allegation");
            assertThat(mark.diamond()).isFalse();
            assertThat(Double.parseDouble(mark.cy()))
                    .as("above the axis")
                    .isLessThan(Double.parseDouble(chart.axisY()));
            assertThat(mark.title()).startsWith("Allegation, 4 Mar 2024: Greece accuses Turkey.");
            assertThat(mark.tip()).extracting(TimelineChart.TipLine::text).contains("“evidence of claim 1”");
        });
        assertThat(chart.topLabel()).isEqualTo("Greece → Turkey: 1 allegation, 0 denials");
        assertThat(chart.undated()).isNull();
        assertThat(chart.ticks()).isNotEmpty();
    }

    @Test
    void theSecondActorsClaimsAreBelowAndDenialsAreDiamondsJoinedToWhatTheyAnswer() {
        TimelineChart chart = TimelineChart.layout(
                GREECE,
                TURKEY,
                List.of(allegation(1, GREECE, TURKEY, "2024-03-04"), denial(2, TURKEY, GREECE, "2024-03-06", 1L)),
                HREFS);

        TimelineChart.Mark denial = chart.marks().get(1);
        assertThat(denial.diamond()).isTrue();
        assertThat(Double.parseDouble(denial.cy()))
                .as("below the axis")
                .isGreaterThan(Double.parseDouble(chart.axisY()));
        assertThat(chart.links()).singleElement().satisfies(link -> {
            assertThat(Double.parseDouble(link.y1()))
                    .as("from the denial")
                    .isGreaterThan(Double.parseDouble(link.y2()));
        });
    }

    @Test
    void undatedClaimsSitInAZoneAtTheRightEnd() {
        TimelineChart chart = TimelineChart.layout(
                GREECE,
                TURKEY,
                List.of(allegation(1, GREECE, TURKEY, "2024-03-04"), allegation(2, GREECE, TURKEY, null)),
                HREFS);

        assertThat(chart.undated()).isNotNull();
        assertThat(Double.parseDouble(chart.marks().get(1).cx())).isGreaterThan(Double.parseDouble(chart.plotRight()));
    }

    @Test
    void claimsOnTheSameDayStackInRows() {
        TimelineChart chart = TimelineChart.layout(
                GREECE,
                TURKEY,
                List.of(allegation(1, GREECE, TURKEY, "2024-03-04"), allegation(2, GREECE, TURKEY, "2024-03-04")),
                HREFS);

        assertThat(chart.marks()).extracting(TimelineChart.Mark::cy).doesNotHaveDuplicates();
        assertThat(chart.marks())
                .extracting(TimelineChart.Mark::cx)
                .containsOnly(chart.marks().get(0).cx());
    }

    @Test
    void aThousandClaimsAreGroupedByMonthAndSizedByTheirNumber() {
        List<StoredClaim> claims = new ArrayList<>();
        LocalDate day = LocalDate.of(2023, 1, 1);
        for (int i = 0; i < 1000; i++) {
            LocalDate date = day.plusDays(i % 300);
            claims.add(
                    i % 3 == 0
                            ? denial(i, TURKEY, GREECE, date.toString(), (long) i - 1)
                            : allegation(i, GREECE, TURKEY, date.toString()));
        }

        TimelineChart chart = TimelineChart.layout(GREECE, TURKEY, claims, HREFS);

        assertThat(chart.grouped()).isTrue();
        assertThat(chart.marks()).hasSizeLessThanOrEqualTo(4 * 11);
        assertThat(chart.marks()).allSatisfy(mark -> assertThat(mark.href()).startsWith("?from="));
        assertThat(chart.marks().get(0).href()).isEqualTo("?from=2023-01&to=2023-01");
        assertThat(chart.marks()).anySatisfy(mark -> assertThat(mark.count()).isNotNull());
        assertThat(chart.links()).isNotEmpty();
        assertThat(chart.description()).contains("Marks group the claims of a month");
    }

    @Test
    void tenYearsOfClaimsAreGroupedByYear() {
        List<StoredClaim> claims = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            claims.add(allegation(
                    i,
                    GREECE,
                    TURKEY,
                    LocalDate.of(2010, 1, 1).plusDays(i * 20L).toString()));
        }

        TimelineChart chart = TimelineChart.layout(GREECE, TURKEY, claims, HREFS);

        assertThat(chart.grouped()).isTrue();
        assertThat(chart.marks().get(0).href()).isEqualTo("?from=2010-01&to=2010-12");
        assertThat(chart.ticks()).extracting(TimelineChart.Tick::label).contains("2012");
    }

    @Test
    void totalsByMonthAreGroupedMarksSizedByTheirCountsWithTheChosenPeriodShaded() {
        List<PairMonth> months = List.of(
                new PairMonth(YearMonth.of(2024, 1), 30, 2, 5, 0),
                new PairMonth(YearMonth.of(2024, 2), 3, 0, 0, 9),
                new PairMonth(YearMonth.of(2024, 6), 1, 0, 0, 0));
        TimelineChart chart = TimelineChart.totals(
                "hist",
                "Every claim",
                GREECE,
                TURKEY,
                months,
                new PairMonth(null, 4, 0, 0, 0),
                YearMonth.of(2024, 2),
                YearMonth.of(2024, 3),
                HREFS);

        assertThat(chart.grouped()).isTrue();
        assertThat(chart.id()).isEqualTo("hist");
        assertThat(chart.marks()).extracting(TimelineChart.Mark::id).allSatisfy(id -> assertThat(id)
                .startsWith("hist-"));
        assertThat(chart.marks())
                .extracting(TimelineChart.Mark::title)
                .contains(
                        "January 2024 · 30 allegations by Greece against Turkey. Select to see them.",
                        "February 2024 · 9 denials by Turkey answering Greece. Select to see them.",
                        "Undated · 4 allegations by Greece against Turkey. Select to see them.")
                .hasSize(7);
        TimelineChart.Mark most = chart.marks().get(0);
        TimelineChart.Mark fewest = chart.marks().stream()
                .filter(m -> m.title().startsWith("June 2024"))
                .findFirst()
                .orElseThrow();
        assertThat(Double.parseDouble(most.r())).isGreaterThan(Double.parseDouble(fewest.r()));
        assertThat(most.href()).isEqualTo("?from=2024-01&to=2024-01");
        assertThat(chart.topLabel()).isEqualTo("Greece → Turkey: 38 allegations, 2 denials");
        assertThat(chart.bottomLabel()).isEqualTo("Turkey → Greece: 5 allegations, 9 denials");
        assertThat(chart.undated()).isNotNull();
        assertThat(chart.period()).isNotNull();
        double shadeLeft = Double.parseDouble(chart.period().x());
        double shadeRight = shadeLeft + Double.parseDouble(chart.period().width());
        double january = Double.parseDouble(most.cx());
        double february = Double.parseDouble(chart.marks().stream()
                .filter(m -> m.title().startsWith("February 2024"))
                .findFirst()
                .orElseThrow()
                .cx());
        assertThat(february).as("February is shaded").isBetween(shadeLeft, shadeRight);
        assertThat(january).as("January is not").isLessThan(shadeLeft);
    }
}
