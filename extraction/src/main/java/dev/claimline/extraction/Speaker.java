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
 * @param alternatives other states an unqualified official ("Foreign Minister X") may speak for, when the context
 *     leaves it open; empty when the attribution is certain
 */
record Speaker(List<Actor> actors, String mention, String head, int from, int to, List<Actor> alternatives) {
    Speaker {
        actors = List.copyOf(actors);
        alternatives = List.copyOf(alternatives);
    }

    Speaker(List<Actor> actors, String mention, String head, int from, int to) {
        this(actors, mention, head, from, to, List.of());
    }

    boolean isState() {
        return !actors.isEmpty();
    }

    static Speaker nonState(String mention, int from, int to) {
        return new Speaker(List.of(), mention, null, from, to);
    }
}
