package dev.claimline.persistence.service;

import dev.claimline.extraction.ClaimType;
import dev.claimline.persistence.topic.Topic;
import java.time.LocalDate;

/**
 * Which claims to list; every null field matches all claims.
 *
 * @param country an actor code that must be the claimant, one of the accused or the accuser
 * @param from the earliest statement date, inclusive; when set, undated claims are left out
 * @param to the latest statement date, inclusive; when set, undated claims are left out
 * @param topic the claims' topic
 */
public record ClaimFilter(String country, ClaimType type, LocalDate from, LocalDate to, Topic topic) {
    public static final ClaimFilter ALL = new ClaimFilter(null, null, null, null, null);

    public ClaimFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    /** Claims of every topic. */
    public ClaimFilter(String country, ClaimType type, LocalDate from, LocalDate to) {
        this(country, type, from, to, null);
    }
}
