package dev.claimline.persistence.service;

import dev.claimline.persistence.topic.Topic;
import java.time.LocalDate;

/**
 * Which disputes to list; every null field matches all.
 *
 * @param party an actor code that must be a party: the accuser, one of the accused, or a denier
 * @param otherParty a second code that must be a party too
 * @param from the dispute must be active on or after this day: its latest dated claim is not earlier
 * @param to the dispute must be active on or before this day: its earliest dated claim is not later
 */
public record DisputeFilter(String party, String otherParty, Topic topic, LocalDate from, LocalDate to) {
    public DisputeFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }
}
