package dev.claimline.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimline.persistence.view.MonthCount;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class SparklineTest {
    @Test
    void barsRiseForAllegationsAndHangForDenials() {
        Sparkline spark = Sparkline.of(
                List.of(new MonthCount(YearMonth.of(2024, 1), 2, 0), new MonthCount(YearMonth.of(2024, 3), 1, 1)),
                YearMonth.of(2024, 1),
                YearMonth.of(2024, 4));

        assertThat(spark.bars()).hasSize(2);
        assertThat(spark.bars().get(0).hasDenials()).isFalse();
        assertThat(spark.bars().get(1).hasDenials()).isTrue();
        assertThat(spark.bars().get(0).allegationHeight()).isEqualTo("14");
        assertThat(spark.description())
                .isEqualTo("Claims by month from Jan 2024 to Apr 2024, allegations above the line and denials below;"
                        + " busiest Jan 2024 with 2 allegations and 0 denials.");
    }

    @Test
    void longPeriodsAreCountedByQuarterOrYear() {
        List<MonthCount> months = List.of(new MonthCount(YearMonth.of(2020, 5), 1, 0));

        assertThat(Sparkline.of(months, YearMonth.of(2019, 1), YearMonth.of(2023, 12))
                        .description())
                .startsWith("Claims by quarter")
                .contains("busiest Q2 2020");
        assertThat(Sparkline.of(months, YearMonth.of(2010, 1), YearMonth.of(2023, 12))
                        .description())
                .startsWith("Claims by year")
                .contains("busiest 2020");
    }

    @Test
    void monthsOutsideThePeriodAreLeftOut() {
        Sparkline spark = Sparkline.of(
                List.of(new MonthCount(YearMonth.of(2020, 5), 1, 0)), YearMonth.of(2024, 1), YearMonth.of(2024, 2));

        assertThat(spark.bars()).isEmpty();
        assertThat(spark.description()).endsWith(": none dated.");
    }
}
