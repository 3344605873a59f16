package dev.claimline.persistence.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Gives a claim its {@link Topic} from the words of its evidence and of the sentence around it, by the rules of the
 * data file {@code topics.tsv} (its header explains the format and the scoring). Immutable and thread-safe; {@link
 * #standard()} is loaded once.
 */
public final class TopicLexicon {
    static final String RESOURCE = "/dev/claimline/persistence/topic/topics.tsv";

    private static volatile TopicLexicon standard;

    /** All groups must occur in one scope; a group occurs when one of its terms does. */
    record Rule(Topic topic, int weight, List<List<Term>> groups) {
        boolean matches(List<String> words) {
            return groups.stream().allMatch(group -> group.stream().anyMatch(term -> term.occursIn(words)));
        }
    }

    /** Words that must follow each other; {@code deploy*} matches by prefix, {@code *} matches any one word. */
    record Term(List<String> words) {
        boolean occursIn(List<String> text) {
            for (int start = 0; start + words.size() <= text.size(); start++) {
                if (occursAt(text, start)) {
                    return true;
                }
            }
            return false;
        }

        private boolean occursAt(List<String> text, int start) {
            for (int i = 0; i < words.size(); i++) {
                String pattern = words.get(i);
                String word = text.get(start + i);
                boolean match = pattern.equals("*")
                        || (pattern.endsWith("*")
                                ? word.startsWith(pattern.substring(0, pattern.length() - 1))
                                : word.equals(pattern));
                if (!match) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Rule> rules;

    TopicLexicon(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The bundled lexicon, loaded on first use. */
    public static TopicLexicon standard() {
        TopicLexicon lexicon = standard;
        if (lexicon == null) {
            synchronized (TopicLexicon.class) {
                lexicon = standard;
                if (lexicon == null) {
                    try (InputStream in = TopicLexicon.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("missing resource " + RESOURCE);
                        }
                        lexicon = parse(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    standard = lexicon;
                }
            }
        }
        return lexicon;
    }

    /** Parses the format described in {@code topics.tsv}. */
    static TopicLexicon parse(InputStream in) throws IOException {
        List<Rule> rules = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 3) {
                throw new IllegalArgumentException("topics.tsv line " + lineNo + ": expected 3 tab-separated columns");
            }
            Topic topic = Topic.valueOf(cells[0].strip());
            int weight = Integer.parseInt(cells[1].strip());
            if (weight <= 0 || topic == Topic.OTHER) {
                throw new IllegalArgumentException(
                        "topics.tsv line " + lineNo + ": a rule needs a positive weight and a topic other than OTHER");
            }
            List<List<Term>> groups = new ArrayList<>();
            for (String group : cells[2].split(" \\+ ")) {
                List<Term> terms = new ArrayList<>();
                for (String alternative : group.split("\\|")) {
                    List<String> words =
                            List.of(Words.lower(alternative.strip()).split("\\s+"));
                    if (words.isEmpty() || words.get(0).isEmpty()) {
                        throw new IllegalArgumentException("topics.tsv line " + lineNo + ": empty term");
                    }
                    terms.add(new Term(words));
                }
                groups.add(List.copyOf(terms));
            }
            rules.add(new Rule(topic, weight, List.copyOf(groups)));
        }
        return new TopicLexicon(rules);
    }

    /**
     * The topic of the claim whose evidence is {@code [start, end)} of {@code body}: from the evidence, and with half
     * the weight from the rest of its sentence.
     */
    public Topic classify(String body, int start, int end) {
        Objects.requireNonNull(body, "body");
        return classify(body.substring(start, end), sentenceAround(body, start, end));
    }

    /** The topic of a claim with this evidence, said in this sentence (which should contain the evidence). */
    public Topic classify(String evidence, String sentence) {
        List<String> evidenceWords = Words.of(evidence);
        List<String> sentenceWords = Words.of(sentence);
        Map<Topic, Integer> scores = new EnumMap<>(Topic.class);
        List<Topic> fileOrder = new ArrayList<>();
        for (Rule rule : rules) {
            if (!fileOrder.contains(rule.topic())) {
                fileOrder.add(rule.topic());
            }
            int score =
                    rule.matches(evidenceWords) ? 2 * rule.weight() : rule.matches(sentenceWords) ? rule.weight() : 0;
            if (score > 0) {
                scores.merge(rule.topic(), score, Integer::sum);
            }
        }
        Topic best = Topic.OTHER;
        int bestScore = 0;
        for (Topic topic : fileOrder) {
            int score = scores.getOrDefault(topic, 0);
            if (score > bestScore) {
                best = topic;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The sentence of {@code body} that holds {@code [start, end)}: from after the last full stop, question or
     * exclamation mark followed by a space, or line break, before {@code start}, to the first one at or after {@code
     * end}. Evidence that spans sentences gets all of them.
     */
    static String sentenceAround(String body, int start, int end) {
        int from = start;
        while (from > 0 && !endsSentence(body, from - 1)) {
            from--;
        }
        int to = end;
        while (to < body.length() && !endsSentence(body, to)) {
            to++;
        }
        return body.substring(from, Math.min(body.length(), to + 1)).strip();
    }

    private static boolean endsSentence(String body, int i) {
        char c = body.charAt(i);
        if (c == '\n') {
            return true;
        }
        return (c == '.' || c == '!' || c == '?')
                && (i + 1 == body.length() || Character.isWhitespace(body.charAt(i + 1)));
    }
}
