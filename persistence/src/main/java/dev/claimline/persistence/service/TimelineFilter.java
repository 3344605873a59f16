package dev.claimline.persistence.service;

import dev.claimline.extraction.ClaimType;
import dev.claimline.persistence.topic.Topic;
import java.time.LocalDate;

/**
 * Which claims of a pair's timeline to read; every null field matches all. A timeline holds allegations and denials
 * only (other statements give no pair).
 *
 * @param from the earliest statement date, inclusive; when set, undated claims are left out
 * @param to the latest statement date, inclusive; when set, undated claims are left out
 * @param type {@link ClaimType#ALLEGATION} or {@link ClaimType#DENIAL}
 * @param undatedOnly whether only undated claims are read; not with a period
 */
public record TimelineFilter(LocalDate from, LocalDate to, ClaimType type, Topic topic, boolean undatedOnly) {
    public static final TimelineFilter ALL = new TimelineFilter(null, null, null, null);

    public TimelineFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        if (undatedOnly && (from != null || to != null)) {
            throw new IllegalArgumentException("undated claims have no period");
        }
    }

    /** Dated and undated claims of a type and topic in a period. */
    public TimelineFilter(LocalDate from, LocalDate to, ClaimType type, Topic topic) {
        this(from, to, type, topic, false);
    }

    /** The undated claims of a type and topic. */
    public static TimelineFilter undated(ClaimType type, Topic topic) {
        return new TimelineFilter(null, null, type, topic, true);
    }

    /** Claims of every type and topic in a period. */
    public static TimelineFilter period(LocalDate from, LocalDate to) {
        return new TimelineFilter(from, to, null, null);
    }

    /** Whether the filter names a period, which leaves undated claims out. */
    public boolean dated() {
        return from != null || to != null;
    }
}
