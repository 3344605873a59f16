package dev.claimline.extraction;

import java.util.List;

/**
 * Who a statement is attributed to: one or more actors when the speaker is a state voice, none when it is a non-state
 * voice (a company, a campaign, an analyst) or cannot be resolved.
 *
 * @param actors the states or organisations the speaker speaks for; empty for a non-state or unknown speaker
 * @param mention how the article names the speaker
 * @param head the lower-case head noun of the mention ("ministry", "spokesman"), or null
 * @param from start offset of the mention in the prepared text
 * @param to end offset of the mention in the prepared text
 * @param inferred whether the state was inferred from the context because the mention names none ("Foreign Minister
 *     Carlos Yánez", "a spokesperson")
 */
record Speaker(List<Actor> actors, String mention, String head, int from, int to, boolean inferred) {
    Speaker {
        actors = List.copyOf(actors);
    }

    Speaker(List<Actor> actors, String mention, String head, int from, int to) {
        this(actors, mention, head, from, to, false);
    }

    boolean isState() {
        return !actors.isEmpty();
    }

    Speaker asInferred() {
        return new Speaker(actors, mention, head, from, to, true);
    }

    static Speaker nonState(String mention, int from, int to) {
        return new Speaker(List.of(), mention, null, from, to);
    }
}
