package dev.claimline.dashboard.page;

import dev.claimline.persistence.view.PairHistory;
import dev.claimline.persistence.view.PairMonth;
import java.time.YearMonth;
import java.util.List;

/**
 * The periods a pair page offers, chosen from the pair's totals by month: a period holds whole months, as many as
 * keep it at about {@value #CLAIMS} claims, at most {@value #MONTHS}, and always at least one month with claims. The
 * page opens on the latest such period; earlier and later ones follow on, skipping months without claims.
 */
final class PairPeriods {
    /** The claims a period is chosen to hold at most (unless one month alone holds more). */
    static final int CLAIMS = 500;
    /** The months a period spans at most. */
    static final int MONTHS = 12;

    private PairPeriods() {}

    /** Months from {@code first} to {@code last}, both inclusive. */
    record Period(YearMonth first, YearMonth last) {
        Period {
            if (first.isAfter(last)) {
                throw new IllegalArgumentException("period starts after it ends: " + first + ", " + last);
            }
        }
    }

    /** The latest period: it ends with the last month that has claims. Null when no claim is dated. */
    static Period latest(PairHistory history) {
        List<PairMonth> months = history.months();
        return months.isEmpty()
                ? null
                : backwardsFrom(history, months.get(months.size() - 1).month());
    }

    /** The period before {@code start}: it ends with the last month with claims before it. Null when there is none. */
    static Period before(PairHistory history, YearMonth start) {
        List<PairMonth> months = history.months();
        for (int i = months.size() - 1; i >= 0; i--) {
            if (months.get(i).month().isBefore(start)) {
                return backwardsFrom(history, months.get(i).month());
            }
        }
        return null;
    }

    /** The period after {@code end}: it starts with the first month with claims after it. Null when there is none. */
    static Period after(PairHistory history, YearMonth end) {
        for (PairMonth month : history.months()) {
            if (month.month().isAfter(end)) {
                return forwardsFrom(history, month.month());
            }
        }
        return null;
    }

    private static Period backwardsFrom(PairHistory history, YearMonth last) {
        YearMonth first = last;
        long claims = history.between(last, last);
        while (first.isAfter(last.minusMonths(MONTHS - 1))) {
            long more = history.between(first.minusMonths(1), first.minusMonths(1));
            if (claims + more > CLAIMS) {
                break;
            }
            claims += more;
            first = first.minusMonths(1);
        }
        return trimmed(history, first, last);
    }

    private static Period forwardsFrom(PairHistory history, YearMonth first) {
        YearMonth last = first;
        long claims = history.between(first, first);
        while (last.isBefore(first.plusMonths(MONTHS - 1))) {
            long more = history.between(last.plusMonths(1), last.plusMonths(1));
            if (claims + more > CLAIMS) {
                break;
            }
            claims += more;
            last = last.plusMonths(1);
        }
        return trimmed(history, first, last);
    }

    /** The months from {@code first} to {@code last} without the months at either end that have no claims. */
    private static Period trimmed(PairHistory history, YearMonth first, YearMonth last) {
        while (first.isBefore(last) && history.between(first, first) == 0) {
            first = first.plusMonths(1);
        }
        while (last.isAfter(first) && history.between(last, last) == 0) {
            last = last.minusMonths(1);
        }
        return new Period(first, last);
    }
}
