package dev.claimline.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

/**
 * Reads the time expressions of a statement ("on Thursday", "yesterday", "earlier this month", "on October 10", "in
 * August") and resolves them against the publication day: a weekday is the most recent one on or before publication,
 * a month without a year is the most recent such month.
 */
final class DateResolver {
    /** What a time expression says: a date, or a reference to the previous statement ("on the same day"). */
    record Found(ClaimDate date, boolean sameAsPrevious, int from, int to, int daysAfterPrevious) {
        Found(ClaimDate date, boolean sameAsPrevious, int from, int to) {
            this(date, sameAsPrevious, from, to, 0);
        }
    }

    private DateResolver() {}

    /** The first time expression in tokens {@code [from, to)}, or null. */
    static Found find(List<Token> tokens, int from, int to, LocalDate published) {
        for (int i = from; i < to; i++) {
            Found f = at(tokens, i, to, published);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static Found at(List<Token> t, int i, int to, LocalDate pub) {
        String w = t.get(i).lower();
        DayOfWeek dow = weekday(w);
        if (dow != null) {
            boolean last = i > 0 && t.get(i - 1).is("last");
            LocalDate d = pub.with(TemporalAdjusters.previousOrSame(dow));
            if (last && d.equals(pub)) {
                d = d.minusWeeks(1);
            }
            return new Found(ClaimDate.ofDay(d), false, i, i + 1);
        }
        switch (w) {
            case "yesterday":
                return new Found(ClaimDate.ofDay(pub.minusDays(1)), false, i, i + 1);
            case "today":
            case "tonight":
                return new Found(ClaimDate.ofDay(pub), false, i, i + 1);
            case "same":
                if (i + 1 < to && t.get(i + 1).is("day")) {
                    return new Found(null, true, i, i + 2);
                }
                return null;
            case "following":
            case "next":
                // "the following day", "the next day": a day after the statement before
                if (i + 1 < to
                        && t.get(i + 1).is("day")
                        && i > 0
                        && t.get(i - 1).is("the")) {
                    return new Found(null, true, i - 1, i + 2, 1);
                }
                return null;
            case "time":
                if (i >= 2 && t.get(i - 1).is("the") && t.get(i - 2).is("at")) {
                    return new Found(null, true, i - 2, i + 1);
                }
                return null;
            case "month":
                if (i > 0 && (t.get(i - 1).is("this"))) {
                    return new Found(ClaimDate.ofMonth(YearMonth.from(pub)), false, i - 1, i + 1);
                }
                if (i > 0 && t.get(i - 1).is("last")) {
                    return new Found(ClaimDate.ofMonth(YearMonth.from(pub).minusMonths(1)), false, i - 1, i + 1);
                }
                return null;
            case "morning":
            case "afternoon":
            case "evening":
                if (i > 0 && t.get(i - 1).is("this")) {
                    return new Found(ClaimDate.ofDay(pub), false, i - 1, i + 1);
                }
                return null;
            default:
                break;
        }
        Month month = month(w);
        if (month != null && t.get(i).isCapitalized()) {
            // "October 10", "October 10, 2020", "10 October 2020", "in October"
            Integer day = i + 1 < to ? dayNumber(t.get(i + 1).text()) : null;
            Integer dayBefore = i > 0 ? dayNumber(t.get(i - 1).text()) : null;
            Integer year = null;
            int end = i + 1;
            if (day != null) {
                end = i + 2;
                int y = end;
                if (y < to && t.get(y).isPunct(',')) {
                    y++;
                }
                year = y < to ? yearNumber(t.get(y).text()) : null;
                if (year != null) {
                    end = y + 1;
                }
            } else if (dayBefore != null) {
                day = dayBefore;
                year = i + 1 < to ? yearNumber(t.get(i + 1).text()) : null;
                end = year != null ? i + 2 : i + 1;
            } else {
                year = i + 1 < to ? yearNumber(t.get(i + 1).text()) : null;
            }
            if (day != null) {
                int y = year != null ? year : pub.getYear();
                try {
                    LocalDate d = LocalDate.of(y, month, day);
                    if (year == null && d.isAfter(pub)) {
                        d = d.minusYears(1);
                    }
                    return new Found(ClaimDate.ofDay(d), false, dayBefore != null ? i - 1 : i, end);
                } catch (java.time.DateTimeException e) {
                    return null;
                }
            }
            boolean last = i > 0 && t.get(i - 1).is("last");
            boolean monthContext = i > 0
                    && (t.get(i - 1).is("in")
                            || last
                            || t.get(i - 1).is("this")
                            || t.get(i - 1).is("since")
                            || t.get(i - 1).is("early")
                            || t.get(i - 1).is("late")
                            || t.get(i - 1).is("mid")
                            || t.get(i - 1).is("until"));
            if (monthContext || year != null) {
                YearMonth ym = YearMonth.of(year != null ? year : pub.getYear(), month);
                if (year == null && ym.isAfter(YearMonth.from(pub))
                        || last && year == null && !ym.isBefore(YearMonth.from(pub))) {
                    ym = ym.minusYears(1); // "last October" in October is a year ago
                }
                return new Found(ClaimDate.ofMonth(ym), false, i - 1, year != null ? i + 2 : i + 1);
            }
        }
        return null;
    }

    static boolean isTimeWord(Token t) {
        String w = t.lower();
        return weekday(w) != null
                || month(w) != null && t.isCapitalized()
                || switch (w) {
                    case "yesterday",
                            "today",
                            "tonight",
                            "earlier",
                            "later",
                            "last",
                            "this",
                            "month",
                            "week",
                            "morning",
                            "afternoon",
                            "evening",
                            "night",
                            "overnight",
                            "same",
                            "day",
                            "early",
                            "late",
                            "mid" -> true;
                    default -> dayNumber(t.text()) != null || yearNumber(t.text()) != null;
                };
    }

    static DayOfWeek weekday(String w) {
        return switch (w) {
            case "monday" -> DayOfWeek.MONDAY;
            case "tuesday" -> DayOfWeek.TUESDAY;
            case "wednesday" -> DayOfWeek.WEDNESDAY;
            case "thursday" -> DayOfWeek.THURSDAY;
            case "friday" -> DayOfWeek.FRIDAY;
            case "saturday" -> DayOfWeek.SATURDAY;
            case "sunday" -> DayOfWeek.SUNDAY;
            default -> null;
        };
    }

    static Month month(String w) {
        return switch (w.toLowerCase(Locale.ROOT)) {
            case "january", "jan", "jan." -> Month.JANUARY;
            case "february", "feb", "feb." -> Month.FEBRUARY;
            case "march" -> Month.MARCH;
            case "april", "apr", "apr." -> Month.APRIL;
            case "may" -> Month.MAY;
            case "june" -> Month.JUNE;
            case "july" -> Month.JULY;
            case "august", "aug", "aug." -> Month.AUGUST;
            case "september", "sept", "sept.", "sep." -> Month.SEPTEMBER;
            case "october", "oct", "oct." -> Month.OCTOBER;
            case "november", "nov", "nov." -> Month.NOVEMBER;
            case "december", "dec", "dec." -> Month.DECEMBER;
            default -> null;
        };
    }

    private static Integer dayNumber(String s) {
        String d = s.replaceAll("(st|nd|rd|th)$", "");
        if (d.isEmpty() || d.length() > 2 || !d.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int n = Integer.parseInt(d);
        return n >= 1 && n <= 31 ? n : null;
    }

    private static Integer yearNumber(String s) {
        if (s.length() != 4 || !s.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int y = Integer.parseInt(s);
        return y >= 1900 && y <= 2100 ? y : null;
    }
}
