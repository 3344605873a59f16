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
    private record Entry(String[] words, Gazetteer.Alias alias) {}

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
            byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry(words, alias));
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
                i++;
                continue;
            }
            int from = i > 0 && tokens.get(i - 1).is("the") ? i - 1 : i;
            out.add(new Mention(from, i + best.words.length, best.alias.actor(), best.alias.kind()));
            i += best.words.length;
        }
        return out;
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
