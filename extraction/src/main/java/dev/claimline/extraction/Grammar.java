package dev.claimline.extraction;

import java.util.Set;

/** The small word lists of grammar the stages read, from {@code lexicon/grammar.txt}; see that file for each. */
final class Grammar {
    static final Set<String> IRREGULAR_PARTICIPLES = Lexicon.grammar("irregular-participles");
    static final Set<String> PRONOUNS = Lexicon.grammar("pronouns");
    static final Set<String> ANAPHORIC_HEADS = Lexicon.grammar("anaphoric-heads");
    static final Set<String> SELF = Lexicon.grammar("self");
    static final Set<String> AUX = Lexicon.grammar("aux");
    static final Set<String> NP_WORDS = Lexicon.grammar("np-words");
    static final Set<String> CLAIM_NOUNS = Lexicon.grammar("claim-nouns");
    static final Set<String> AMBIGUOUS_VERBS = Lexicon.grammar("ambiguous-verbs");
    static final Set<String> COMMUNICATION_VERBS = Lexicon.grammar("communication-verbs");
    static final Set<String> SUBORDINATORS = Lexicon.grammar("subordinators");
    static final Set<String> DETERMINERS = Lexicon.grammar("determiners");
    static final Set<String> BE = Lexicon.grammar("be");
    static final Set<String> NEGATORS = Lexicon.grammar("negators");
    static final Set<String> DOCUMENT_NOUNS = Lexicon.grammar("document-nouns");
    static final Set<String> INSTITUTION_HEADS = Lexicon.grammar("institution-heads");
    static final Set<String> TERRITORY = Lexicon.grammar("territory");
    static final Set<String> ADVERBIAL_MARKERS = Lexicon.grammar("adverbial-markers");
    static final Set<String> ANSWER_WORDS =
            Set.of("answer", "account", "response", "reply", "version", "rebuttal", "retort");
    static final Set<String> PLAIN_PRESENT = Set.of(
            "say", "allege", "accuse", "deny", "claim", "insist", "reject", "blame", "maintain", "argue", "warn");
    static final Set<String> AUX_BEFORE_PLAIN =
            Set.of("to", "will", "would", "did", "does", "do", "may", "might", "can", "could", "should", "must");
    static final Set<String> OWN_FORCES =
            Set.of("navy", "army", "military", "forces", "troops", "sailors", "soldiers", "pilots", "police", "guard");

    private Grammar() {}
}
