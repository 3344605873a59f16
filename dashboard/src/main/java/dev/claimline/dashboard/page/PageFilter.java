package dev.claimline.dashboard.page;

import dev.claimline.extraction.ClaimType;
import dev.claimline.persistence.service.ActivityFilter;
import dev.claimline.persistence.topic.Topic;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The period, type and topic a page was asked to show, kept in the URL: as typed, to fill the form in again, and as
 * read. What cannot be read is left out and explained in {@link #problems()}, never an error page.
 *
 * @param from as typed: a month ({@code YYYY-MM}) or a day; empty when not given
 * @param to as typed, like {@code from}
 * @param type as typed: {@code ALLEGATION}, {@code DENIAL} or {@code OTHER}; empty for allegations and denials
 * @param topic as typed: a topic's code; empty for every topic
 * @param fromDay the first day of the period, or null
 * @param toDay the last day of the period, or null
 */
public record PageFilter(
        String from,
        String to,
        String type,
        String topic,
        LocalDate fromDay,
        LocalDate toDay,
        ClaimType claimType,
        Topic topicValue,
        List<String> problems) {
    public static final PageFilter NONE = read(null, null, null, null);

    public PageFilter {
        problems = List.copyOf(problems);
    }

    /** Reads the query parameters of a page. */
    public static PageFilter read(String from, String to, String type, String topic) {
        List<String> problems = new ArrayList<>();
        String fromText = clean(from);
        String toText = clean(to);
        LocalDate fromDay = day("From", fromText, true, problems);
        LocalDate toDay = day("To", toText, false, problems);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            problems.add("The period starts (" + fromText + ") after it ends (" + toText + "), so it is ignored.");
            fromDay = null;
            toDay = null;
        }
        String typeText = clean(type).toUpperCase(Locale.ROOT);
        ClaimType claimType = null;
        if (!typeText.isEmpty()) {
            try {
                claimType = ClaimType.valueOf(typeText);
            } catch (IllegalArgumentException e) {
                problems.add("“" + clean(type) + "” is not a kind of claim; showing allegations and denials.");
                typeText = "";
            }
        }
        String topicText = clean(topic);
        Topic topicValue = null;
        if (!topicText.isEmpty()) {
            topicValue = Topic.parse(topicText).orElse(null);
            if (topicValue == null) {
                problems.add("“" + topicText + "” is not a topic; showing every topic.");
                topicText = "";
            } else {
                topicText = topicValue.name();
            }
        }
        return new PageFilter(
                fromDay == null ? "" : fromText,
                toDay == null ? "" : toText,
                typeText,
                topicText,
                fromDay,
                toDay,
                claimType,
                topicValue,
                problems);
    }

    /** The same filter restricted to one month: what a month of a chart links to. */
    public PageFilter month(YearMonth month) {
        return read(month.toString(), month.toString(), type, topic);
    }

    /** The filter for the activity queries, with what a search found. */
    public ActivityFilter activity(Set<String> actors, String text) {
        return new ActivityFilter(fromDay, toDay, claimType, topicValue, actors, text);
    }

    public ActivityFilter activity() {
        return activity(Set.of(), null);
    }

    /** Whether a period, type or topic is chosen. */
    public boolean active() {
        return fromDay != null || toDay != null || claimType != null || topicValue != null;
    }

    /** Whether a claim of this type, on this topic and date, is shown. Undated claims only without a period. */
    public boolean admits(ClaimType claimTypeOfClaim, Topic topicOfClaim, LocalDate day) {
        if (claimType == null ? claimTypeOfClaim == ClaimType.OTHER : claimType != claimTypeOfClaim) {
            return false;
        }
        if (topicValue != null && topicValue != topicOfClaim) {
            return false;
        }
        if (fromDay == null && toDay == null) {
            return true;
        }
        return day != null && (fromDay == null || !day.isBefore(fromDay)) && (toDay == null || !day.isAfter(toDay));
    }

    /** The period in words: "from March 2024 to December 2024", or empty when there is none. */
    public String periodLabel() {
        if (fromDay == null && toDay == null) {
            return "";
        }
        if (fromDay != null && toDay != null) {
            return from.equals(to)
                    ? "in " + Formats.dateText(from)
                    : "from " + Formats.dateText(from) + " to " + Formats.dateText(to);
        }
        return fromDay != null ? "since " + Formats.dateText(from) : "until " + Formats.dateText(to);
    }

    /** The chosen filters in words: "denials, arms transfers, from March 2024 to May 2024". */
    public String summary() {
        List<String> parts = new ArrayList<>();
        if (claimType != null) {
            parts.add(
                    switch (claimType) {
                        case ALLEGATION -> "allegations";
                        case DENIAL -> "denials";
                        case OTHER -> "other statements";
                    });
        }
        if (topicValue != null) {
            parts.add(topicValue.label());
        }
        if (!periodLabel().isEmpty()) {
            parts.add(periodLabel());
        }
        return String.join(", ", parts);
    }

    /** The query parameters of this filter, for links that keep it; empty parameters are left out. */
    public Links.Query query() {
        return Links.query()
                .with("from", from)
                .with("to", to)
                .with("type", type)
                .with("topic", topic);
    }

    /** The choices of the type menu, with the one chosen. */
    public List<Option> typeOptions() {
        return List.of(
                new Option("", "Allegations and denials", claimType == null),
                new Option("ALLEGATION", "Allegations", claimType == ClaimType.ALLEGATION),
                new Option("DENIAL", "Denials", claimType == ClaimType.DENIAL),
                new Option("OTHER", "Other statements", claimType == ClaimType.OTHER));
    }

    /** The choices of the topic menu, with the one chosen. */
    public List<Option> topicOptions() {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "All topics", topicValue == null));
        Arrays.stream(Topic.values())
                .map(t -> new Option(t.name(), Formats.capitalized(t.label()), t == topicValue))
                .forEach(options::add);
        return options;
    }

    /** One choice of a menu. */
    public record Option(String value, String label, boolean selected) {}

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    private static LocalDate day(String field, String text, boolean start, List<String> problems) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            if (text.length() == 7) {
                YearMonth month = YearMonth.parse(text);
                return start ? month.atDay(1) : month.atEndOfMonth();
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(field + " “" + text + "” is not a month (YYYY-MM) or a day (YYYY-MM-DD), so it is ignored.");
            return null;
        }
    }
}
