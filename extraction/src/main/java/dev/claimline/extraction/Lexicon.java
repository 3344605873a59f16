package dev.claimline.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists extraction reads: speech verbs with the claim type they make, denial markers, wrongful acts, official
 * and non-state nouns, place nouns and prepositions. Each is a data file under {@code lexicon/}; entries are lower-case
 * words or phrases, matched token by token.
 */
final class Lexicon {
    static final String BASE = "/dev/claimline/extraction/lexicon/";

    /** A multi-word entry as its lower-case tokens. */
    record Phrase(List<String> words, String value) {}

    final PhraseSet speechVerbs;
    final PhraseSet denialMarkers;
    final List<String> wrongfulStems;
    final PhraseSet wrongfulPhrases;
    final PhraseSet officialNouns;
    final PhraseSet justifications;
    final Set<String> nonStateNouns;
    final Set<String> placeNouns;
    final Set<String> placePrepositions;

    private Lexicon() {
        speechVerbs = new PhraseSet(read("speech-verbs.tsv", true));
        denialMarkers = new PhraseSet(read("denial-markers.txt", false));
        List<String> stems = new ArrayList<>();
        List<Phrase> phrases = new ArrayList<>();
        for (Phrase p : read("wrongful-acts.txt", false)) {
            if (p.words().size() == 1) {
                stems.add(p.words().get(0));
            } else {
                phrases.add(p);
            }
        }
        wrongfulStems = List.copyOf(stems);
        wrongfulPhrases = new PhraseSet(phrases);
        officialNouns = new PhraseSet(read("official-nouns.txt", false));
        justifications = new PhraseSet(read("justifications.txt", false));
        nonStateNouns = words(read("nonstate-nouns.txt", false));
        placeNouns = words(read("place-nouns.txt", false));
        placePrepositions = words(read("place-prepositions.txt", false));
    }

    private static final Lexicon STANDARD = new Lexicon();
    private static final Map<String, Set<String>> GRAMMAR = readSections("grammar.txt");

    /** A small list of grammar words from {@code grammar.txt}, by its section name. */
    static Set<String> grammar(String name) {
        Set<String> list = GRAMMAR.get(name);
        if (list == null) {
            throw new IllegalStateException("no list [" + name + "] in " + BASE + "grammar.txt");
        }
        return list;
    }

    private static Map<String, Set<String>> readSections(String name) {
        Map<String, Set<String>> out = new HashMap<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + BASE + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> current = null;
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("[") && t.endsWith("]")) {
                    current = new HashSet<>();
                    out.put(t.substring(1, t.length() - 1), current);
                } else if (current != null) {
                    current.add(t.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(out);
    }

    static Lexicon standard() {
        return STANDARD;
    }

    boolean isWrongful(String lower) {
        for (String stem : wrongfulStems) {
            if (lower.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The forms of a regular English verb: the lemma, the third person, the past and the present participle. A final
     * consonant is given both ways ("slamed" and "slammed"); the form that is not English never matches a text.
     */
    static Set<String> inflections(String lemma) {
        Set<String> forms = new java.util.LinkedHashSet<>();
        forms.add(lemma);
        int n = lemma.length();
        char last = lemma.charAt(n - 1);
        boolean consonantY = last == 'y' && n > 1 && !isVowel(lemma.charAt(n - 2));
        if (lemma.endsWith("s")
                || lemma.endsWith("x")
                || lemma.endsWith("z")
                || lemma.endsWith("ch")
                || lemma.endsWith("sh")) {
            forms.add(lemma + "es");
        } else if (consonantY) {
            forms.add(lemma.substring(0, n - 1) + "ies");
        } else {
            forms.add(lemma + "s");
        }
        if (last == 'e') {
            forms.add(lemma + "d");
            forms.add(lemma.endsWith("ee") ? lemma + "ing" : lemma.substring(0, n - 1) + "ing");
        } else if (consonantY) {
            forms.add(lemma.substring(0, n - 1) + "ied");
            forms.add(lemma + "ing");
        } else {
            forms.add(lemma + "ed");
            forms.add(lemma + "ing");
            if (!isVowel(last)
                    && last != 'w'
                    && last != 'x'
                    && last != 'y'
                    && n > 2
                    && isVowel(lemma.charAt(n - 2))
                    && !isVowel(lemma.charAt(n - 3))) {
                forms.add(lemma + last + "ed");
                forms.add(lemma + last + "ing");
            }
        }
        return forms;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static Set<String> words(List<Phrase> phrases) {
        Set<String> out = new HashSet<>();
        for (Phrase p : phrases) {
            out.add(String.join(" ", p.words()));
        }
        return Set.copyOf(out);
    }

    private static List<Phrase> read(String name, boolean withValue) {
        List<Phrase> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + BASE + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                String phrase = cells[0].strip().toLowerCase(Locale.ROOT);
                String value = withValue && cells.length > 1 ? cells[1].strip() : "";
                List<String> words = List.of(phrase.split("\\s+"));
                if (words.get(0).endsWith("*")) {
                    // "push* back against": every form of the head verb, so a new verb is one line
                    for (String form :
                            inflections(words.get(0).substring(0, words.get(0).length() - 1))) {
                        List<String> w = new ArrayList<>(words);
                        w.set(0, form);
                        out.add(new Phrase(List.copyOf(w), value));
                    }
                } else {
                    out.add(new Phrase(words, value));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Phrases indexed by their first word; finds the longest phrase starting at a token. */
    static final class PhraseSet {
        private final Map<String, List<Phrase>> byFirst = new HashMap<>();

        PhraseSet(List<Phrase> phrases) {
            for (Phrase p : phrases) {
                byFirst.computeIfAbsent(p.words().get(0), k -> new ArrayList<>())
                        .add(p);
            }
            for (List<Phrase> list : byFirst.values()) {
                list.sort((a, b) -> b.words().size() - a.words().size());
            }
        }

        /** The longest phrase matching the tokens from {@code i}, or null. */
        Phrase match(List<Token> tokens, int i) {
            List<Phrase> candidates = byFirst.get(tokens.get(i).lower());
            if (candidates == null) {
                return null;
            }
            outer:
            for (Phrase p : candidates) {
                if (i + p.words().size() > tokens.size()) {
                    continue;
                }
                for (int k = 1; k < p.words().size(); k++) {
                    if (!tokens.get(i + k).lower().equals(p.words().get(k))) {
                        continue outer;
                    }
                }
                return p;
            }
            return null;
        }

        boolean matchAny(List<Token> tokens, int from, int to) {
            for (int k = from; k < to; k++) {
                Phrase p = match(tokens, k);
                if (p != null && k + p.words().size() <= to) {
                    return true;
                }
            }
            return false;
        }

        boolean containsWord(String lower) {
            List<Phrase> c = byFirst.get(lower);
            return c != null && c.stream().anyMatch(p -> p.words().size() == 1);
        }
    }
}
