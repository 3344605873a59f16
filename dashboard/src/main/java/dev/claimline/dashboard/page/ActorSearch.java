package dev.claimline.dashboard.page;

import dev.claimline.extraction.Actor;
import dev.claimline.extraction.Gazetteer;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads what a user typed into the search box as countries and organisations: by code ("KP"), name ("North Korea"),
 * alias ("DPRK"), demonym ("North Korean"), capital ("Pyongyang"), seat of power ("the Kremlin") or state media
 * ("KCNA"), in any case and with or without accents. An exact alias wins; otherwise aliases that start with what was
 * typed, from three letters on.
 */
@ApplicationScoped
public class ActorSearch {
    private static final int MAX_FOUND = 6;
    private static final int MIN_PREFIX = 3;

    private final Gazetteer gazetteer;
    private final List<String> names;

    public ActorSearch(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.names =
                gazetteer.actors().stream().map(Actor::name).sorted().distinct().toList();
    }

    /**
     * What {@code query} names.
     *
     * @param actors the actors it names, best first; empty when it names none
     * @param suggestions other actors whose names contain it, for "did you mean"
     */
    public record Result(String query, List<Actor> actors, List<Actor> suggestions) {
        public Result {
            actors = List.copyOf(actors);
            suggestions = List.copyOf(suggestions);
        }

        public Set<String> codes() {
            Set<String> codes = new LinkedHashSet<>();
            actors.forEach(actor -> codes.add(actor.code()));
            return codes;
        }
    }

    public Result find(String query) {
        if (query == null || query.isBlank()) {
            return new Result("", List.of(), List.of());
        }
        String q = fold(query);
        Set<Actor> exact = new LinkedHashSet<>();
        gazetteer.byCode(query.strip()).ifPresent(exact::add);
        Set<Actor> prefix = new LinkedHashSet<>();
        for (Gazetteer.Alias alias : gazetteer.aliases()) {
            String name = fold(alias.text());
            if (name.equals(q)) {
                exact.add(alias.actor());
            } else if (q.length() >= MIN_PREFIX && name.startsWith(q)) {
                prefix.add(alias.actor());
            }
        }
        List<Actor> found = new ArrayList<>(exact.isEmpty() ? prefix : exact);
        if (found.size() > MAX_FOUND) {
            found = found.subList(0, MAX_FOUND);
        }
        List<Actor> suggestions = new ArrayList<>();
        for (Actor actor : gazetteer.search(query, MAX_FOUND + found.size())) {
            if (!found.contains(actor) && suggestions.size() < MAX_FOUND) {
                suggestions.add(actor);
            }
        }
        return new Result(query.strip(), found, suggestions);
    }

    /** Every actor's name, sorted: what the search box suggests as one types. */
    public List<String> names() {
        return names;
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                folded.append(Character.toLowerCase(c));
            }
        }
        String result = folded.toString().replaceAll("\\s+", " ");
        return result.startsWith("the ") ? result.substring(4) : result;
    }
}
