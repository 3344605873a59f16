package dev.claimline.extraction;

import java.util.List;

/**
 * An actor named in a sentence: tokens {@code [from, to)} of the sentence, the actor, how it was named, and the other
 * actors the same words can name ("Brussels": Belgium or the EU), empty when the name is unambiguous.
 */
record Mention(int from, int to, Actor actor, Gazetteer.AliasKind kind, List<Actor> alternatives) {
    Mention {
        alternatives = List.copyOf(alternatives);
    }

    Mention(int from, int to, Actor actor, Gazetteer.AliasKind kind) {
        this(from, to, actor, kind, List.of());
    }

    Mention as(Actor other) {
        return new Mention(from, to, other, kind, List.of());
    }
}
