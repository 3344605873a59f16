package dev.claimline.persistence.view;

import java.time.YearMonth;
import java.util.List;

/**
 * How many allegations and denials two actors made, month by month, from the totals the database keeps per pair.
 *
 * @param months the months with claims, oldest first
 * @param undated the undated claims, with a null month
 */
public record PairHistory(List<PairMonth> months, PairMonth undated) {
    public PairHistory {
        months = List.copyOf(months);
        if (undated == null || undated.month() != null) {
            throw new IllegalArgumentException("undated claims have no month");
        }
    }

    public static final PairHistory EMPTY = new PairHistory(List.of(), new PairMonth(null, 0, 0, 0, 0));

    /** Every claim counted, dated or not. */
    public long total() {
        return dated() + undated.total();
    }

    /** The dated claims. */
    public long dated() {
        return months.stream().mapToLong(PairMonth::total).sum();
    }

    /** The claims dated in the months from {@code first} to {@code last}, both inclusive. */
    public long between(YearMonth first, YearMonth last) {
        return months.stream()
                .filter(m -> !m.month().isBefore(first) && !m.month().isAfter(last))
                .mapToLong(PairMonth::total)
                .sum();
    }

    public boolean isEmpty() {
        return months.isEmpty() && undated.total() == 0;
    }
}
