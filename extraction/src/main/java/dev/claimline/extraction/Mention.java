package dev.claimline.extraction;

/**
 * An actor named in a sentence: tokens {@code [from, to)} of the sentence, the actor, and how it was named.
 */
record Mention(int from, int to, Actor actor, Gazetteer.AliasKind kind) {}
