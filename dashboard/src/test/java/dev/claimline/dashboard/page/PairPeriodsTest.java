package dev.claimline.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimline.persistence.view.PairHistory;
import dev.claimline.persistence.view.PairMonth;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairPeriodsTest {
    private static final PairMonth NO_UNDATED = new PairMonth(null, 0, 0, 0, 0);

    @Test
    void theLatestPeriodHoldsTheMostRecentMonthsUpToFiveHundredClaims() {
        PairHistory history = history("2023-01", 90, 90, 90, 90, 90, 90, 90, 90, 90, 90);

        assertThat(PairPeriods.latest(history)).isEqualTo(period("2023-06", "2023-10"));
        assertThat(PairPeriods.before(history, YearMonth.parse("2023-06"))).isEqualTo(period("2023-01", "2023-05"));
        assertThat(PairPeriods.before(history, YearMonth.parse("2023-01"))).isNull();
        assertThat(PairPeriods.after(history, YearMonth.parse("2023-05"))).isEqualTo(period("2023-06", "2023-10"));
        assertThat(PairPeriods.after(history, YearMonth.parse("2023-10"))).isNull();
    }

    @Test
    void aPeriodSpansAtMostTwelveMonthsAndAtLeastOne() {
        PairHistory sparse = history("2020-01", 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3);
        assertThat(PairPeriods.latest(sparse)).isEqualTo(period("2020-09", "2021-08"));

        PairHistory dense = history("2024-01", 700, 40);
        assertThat(PairPeriods.latest(dense)).isEqualTo(period("2024-02", "2024-02"));
        assertThat(PairPeriods.before(dense, YearMonth.parse("2024-02")))
                .as("one month of more than 500 claims is a period of its own")
                .isEqualTo(period("2024-01", "2024-01"));
    }

    @Test
    void periodsSkipMonthsWithoutClaimsAtTheirEnds() {
        List<PairMonth> months = new ArrayList<>();
        months.add(month("2019-03", 10));
        months.add(month("2022-11", 10));
        months.add(month("2023-02", 10));
        PairHistory history = new PairHistory(months, NO_UNDATED);

        assertThat(PairPeriods.latest(history)).isEqualTo(period("2022-11", "2023-02"));
        assertThat(PairPeriods.before(history, YearMonth.parse("2022-11")))
                .as("ends with the last month that has claims, and starts with its first")
                .isEqualTo(period("2019-03", "2019-03"));
        assertThat(PairPeriods.after(history, YearMonth.parse("2019-03"))).isEqualTo(period("2022-11", "2023-02"));
        assertThat(PairPeriods.latest(new PairHistory(List.of(), new PairMonth(null, 4, 0, 0, 0))))
                .as("no dated claims, no period")
                .isNull();
    }

    private static PairHistory history(String start, int... counts) {
        List<PairMonth> months = new ArrayList<>();
        YearMonth month = YearMonth.parse(start);
        for (int count : counts) {
            months.add(month(month.toString(), count));
            month = month.plusMonths(1);
        }
        return new PairHistory(months, NO_UNDATED);
    }

    /** {@code count} claims in {@code month}, split between both sides and both types. */
    private static PairMonth month(String month, int count) {
        return new PairMonth(YearMonth.parse(month), count / 2, count / 4, count - count / 2 - count / 4, 0);
    }

    private static PairPeriods.Period period(String first, String last) {
        return new PairPeriods.Period(YearMonth.parse(first), YearMonth.parse(last));
    }
}
