package dev.claimline.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds gazetteer aliases in a token sequence: longest match first, case-sensitive (so "US" is not "us"), with a
 * leading "the" optional. Built once from the gazetteer; immutable and thread-safe.
 */
final class ActorMatcher {
    private record Entry(String[] words, Gazetteer.Alias alias, List<Actor> alternatives) {}

    private final Map<String, List<Entry>> byFirst = new HashMap<>();

    ActorMatcher(Gazetteer gazetteer) {
        for (Gazetteer.Alias alias : gazetteer.aliases()) {
            String text = alias.text();
            if (text.regionMatches(true, 0, "the ", 0, 4)) {
                text = text.substring(4);
            }
            List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());
            if (tokens.isEmpty()) {
                continue;
            }
            String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
            List<Entry> list = byFirst.computeIfAbsent(words[0], k -> new ArrayList<>());
            Entry same = null;
            for (Entry e : list) {
                if (java.util.Arrays.equals(e.words, words)) {
                    same = e;
                }
            }
            if (same == null) {
                list.add(new Entry(words, alias, new ArrayList<>()));
            } else if (!same.alias.actor().equals(alias.actor()) && !same.alternatives.contains(alias.actor())) {
                same.alternatives.add(alias.actor());
            }
        }
        for (List<Entry> list : byFirst.values()) {
            // longer aliases first; among equal lengths, the order of the file (names before demonyms)
            list.sort((a, b) -> b.words.length - a.words.length);
        }
    }

    /** Whether any alias starts with this token text; a cheap filter for sentences without actors. */
    boolean startsAlias(String tokenText) {
        return byFirst.containsKey(tokenText);
    }

    List<Mention> find(List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Entry best = null;
            List<Entry> candidates = byFirst.get(tokens.get(i).text());
            if (candidates != null) {
                for (Entry e : candidates) {
                    if (matches(tokens, i, e.words)) {
                        best = e;
                        break;
                    }
                }
            }
            if (best == null) {
                Mention compound = compound(tokens, i);
                if (compound != null) {
                    out.add(compound);
                    i = compound.to();
                } else {
                    i++;
                }
                continue;
            }
            Mention longer = compound(tokens, i);
            if (longer != null && longer.to() > i + best.words.length) {
                out.add(longer); // "North Korea-flagged", not "North"
                i = longer.to();
                continue;
            }
            int from = i > 0 && tokens.get(i - 1).is("the") ? i - 1 : i;
            out.add(new Mention(from, i + best.words.length, best.alias.actor(), best.alias.kind(), best.alternatives));
            i += best.words.length;
        }
        return out;
    }

    private static final java.util.Set<String> SUPPLIER_SUFFIXES = java.util.Set.of(
            "made",
            "built",
            "supplied",
            "designed",
            "manufactured",
            "produced",
            "backed",
            "sponsored",
            "funded",
            "armed",
            "trained",
            "linked",
            "controlled",
            "flagged",
            "registered",
            "owned",
            "operated");

    /**
     * "Iranian-made drones", "Russian-backed forces", "a North Korea-flagged tanker": the state behind the thing. The
     * compound is the last word of the name.
     */
    private Mention compound(List<Token> tokens, int i) {
        List<Entry> candidates = byFirst.get(tokens.get(i).text());
        if (candidates == null) {
            String text = tokens.get(i).text();
            int dash = text.indexOf('-');
            candidates = dash > 0 ? byFirst.get(text.substring(0, dash)) : null;
        }
        if (candidates == null) {
            return null;
        }
        for (Entry e : candidates) {
            int last = i + e.words.length - 1;
            if (last >= tokens.size() || !matches(tokens, i, java.util.Arrays.copyOf(e.words, e.words.length - 1))) {
                continue;
            }
            String text = tokens.get(last).text();
            int dash = text.indexOf('-');
            if (dash > 0
                    && text.substring(0, dash).equals(e.words[e.words.length - 1])
                    && SUPPLIER_SUFFIXES.contains(text.substring(dash + 1).toLowerCase(java.util.Locale.ROOT))) {
                return new Mention(i, last + 1, e.alias.actor(), Gazetteer.AliasKind.DEMONYM, e.alternatives);
            }
        }
        return null;
    }

    private static boolean matches(List<Token> tokens, int i, String[] words) {
        if (i + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(i + k).text().equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
