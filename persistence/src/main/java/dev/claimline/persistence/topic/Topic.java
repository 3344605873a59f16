package dev.claimline.persistence.topic;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a claim is about. The lexicon in {@code topics.tsv} assigns one to every claim; {@link #OTHER} when none fits. */
public enum Topic {
    ARMS_TRANSFERS("arms transfers"),
    CYBERATTACK("cyberattack"),
    ESPIONAGE("espionage"),
    ELECTION_INTERFERENCE("election interference"),
    HUMAN_RIGHTS("human rights"),
    INCURSION("airspace or maritime incursion"),
    CEASEFIRE_VIOLATION("ceasefire violation"),
    CHEMICAL_WEAPONS("chemical weapons"),
    SABOTAGE("sabotage"),
    TROOP_DEPLOYMENT("troop deployment"),
    DETENTION("detention"),
    TRADE("trade"),
    OTHER("other");

    private final String label;

    Topic(String label) {
        this.label = label;
    }

    /** How people write it: "arms transfers". */
    public String label() {
        return label;
    }

    /**
     * The topic a user means by {@code text}: its code in any case ({@code arms_transfers}), with hyphens or spaces
     * for the underscores ({@code arms-transfers}), or its label ({@code airspace or maritime incursion}).
     */
    public static Optional<Topic> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String folded = text.strip().toLowerCase(Locale.ROOT);
        String code = folded.replace('-', '_').replace(' ', '_');
        return Arrays.stream(values())
                .filter(t -> t.name().toLowerCase(Locale.ROOT).equals(code) || t.label.equals(folded))
                .findFirst();
    }
}
