package dev.claimline.extraction;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The day a statement was made, or only its month when that is all the article gives. Written {@code YYYY-MM-DD} or
 * {@code YYYY-MM}.
 */
public record ClaimDate(LocalDate day, Precision precision) implements Comparable<ClaimDate> {
    public enum Precision {
        DAY,
        MONTH
    }

    public ClaimDate {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(precision, "precision");
        if (precision == Precision.MONTH) {
            day = day.withDayOfMonth(1);
        }
    }

    public static ClaimDate ofDay(LocalDate day) {
        return new ClaimDate(day, Precision.DAY);
    }

    public static ClaimDate ofMonth(YearMonth month) {
        return new ClaimDate(month.atDay(1), Precision.MONTH);
    }

    /** Parses {@code YYYY-MM-DD} or {@code YYYY-MM}. */
    public static ClaimDate parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() == 7) {
            return ofMonth(YearMonth.parse(text));
        }
        return ofDay(LocalDate.parse(text));
    }

    @Override
    public int compareTo(ClaimDate other) {
        int c = day.compareTo(other.day);
        return c != 0 ? c : precision.compareTo(other.precision);
    }

    @Override
    public String toString() {
        return precision == Precision.DAY ? day.toString() : YearMonth.from(day).toString();
    }
}
