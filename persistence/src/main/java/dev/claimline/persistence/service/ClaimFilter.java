package dev.claimline.persistence.service;

import dev.claimline.extraction.ClaimType;
import java.time.LocalDate;

/**
 * Which claims to list; every null field matches all claims.
 *
 * @param country an actor code that must be the claimant, one of the accused or the accuser
 * @param from the earliest statement date, inclusive; when set, undated claims are left out
 * @param to the latest statement date, inclusive; when set, undated claims are left out
 */
public record ClaimFilter(String country, ClaimType type, LocalDate from, LocalDate to) {
    public ClaimFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }
}
