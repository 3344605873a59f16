package dev.claimline.persistence.linking;

import dev.claimline.extraction.ClaimDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The days on which a statement may have been made, both inclusive: one day for a dated claim, a month for a claim
 * dated to its month, and for an undated claim the window before the publication of the article that first reported
 * it (an undated statement was made before it was reported, most likely not long before).
 */
public record DateSpan(LocalDate start, LocalDate end) {
    public DateSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("span ends before it starts: " + start + " to " + end);
        }
    }

    /** The span of a statement dated {@code date} (or undated, null) and first reported on {@code publishedAt}. */
    public static DateSpan of(ClaimDate date, LocalDate publishedAt, int undatedDays) {
        if (date == null) {
            return new DateSpan(publishedAt.minusDays(undatedDays), publishedAt);
        }
        return switch (date.precision()) {
            case DAY -> new DateSpan(date.day(), date.day());
            case MONTH -> new DateSpan(date.day(), YearMonth.from(date.day()).atEndOfMonth());
        };
    }

    /** Whether some day of this span is at most {@code days} days from some day of {@code other}. */
    public boolean near(DateSpan other, int days) {
        return !start.isAfter(other.end.plusDays(days)) && !other.start.isAfter(end.plusDays(days));
    }

    /**
     * Whether a statement in this span can answer one in {@code earlier}: it may come after it (not certainly
     * before), and may come within {@code days} days of it.
     */
    public boolean canFollow(DateSpan earlier, int days) {
        return !end.isBefore(earlier.start) && !start.isAfter(earlier.end.plusDays(days));
    }
}
