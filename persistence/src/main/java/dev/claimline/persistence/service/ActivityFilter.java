package dev.claimline.persistence.service;

import dev.claimline.extraction.ClaimType;
import dev.claimline.persistence.topic.Topic;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which claims the dashboard's overviews count; every part is optional (null or empty: no restriction).
 *
 * @param from the earliest statement date, inclusive; when set, undated claims are left out
 * @param to the latest statement date, inclusive; when set, undated claims are left out
 * @param type the claims' type; null for allegations and denials (other statements are only counted when asked for)
 * @param actors with {@code text}, what a search matched: claims involving any of these actors (pairs that include
 *     one), or whose text contains {@code text}
 * @param text words to find in a claim's evidence or in how an article named its speaker, in any report of it
 */
public record ActivityFilter(
        LocalDate from, LocalDate to, ClaimType type, Topic topic, Set<String> actors, String text) {
    public static final ActivityFilter ALL = new ActivityFilter(null, null, null, null, Set.of(), null);

    public ActivityFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        actors = actors == null ? Set.of() : Set.copyOf(actors);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** Whether a search restricts the claims. */
    public boolean searching() {
        return !actors.isEmpty() || text != null;
    }
}
