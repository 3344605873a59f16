package dev.claimline.dashboard.page;

import dev.claimline.extraction.ClaimDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** How the pages write dates and numbers: "4 Mar 2024", "March 2024". */
public final class Formats {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private Formats() {}

    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** "4 Mar 2024", or "Mar 2024" for a date known only to the month. */
    public static String date(ClaimDate date) {
        if (date == null) {
            return "undated";
        }
        return date.precision() == ClaimDate.Precision.DAY ? DAY.format(date.day()) : MONTH.format(date.day());
    }

    public static String month(YearMonth month) {
        return MONTH.format(month);
    }

    public static String longMonth(YearMonth month) {
        return LONG_MONTH.format(month);
    }

    /** A date as typed in a filter ({@code 2024-03} or {@code 2024-03-04}) in words; as typed when unreadable. */
    static String dateText(String text) {
        try {
            return text.length() == 7 ? longMonth(YearMonth.parse(text)) : day(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    /** "3 claims", "1 claim", "31,514 claims". */
    public static String count(long n, String singular, String plural) {
        return number(n) + " " + (n == 1 ? singular : plural);
    }

    /** "31,514". */
    public static String number(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
