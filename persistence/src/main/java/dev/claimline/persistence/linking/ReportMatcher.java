package dev.claimline.persistence.linking;

import dev.claimline.extraction.Gazetteer;
import dev.claimline.persistence.topic.Topic;
import dev.claimline.persistence.topic.Words;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Decides whether a newly extracted claim reports a statement already stored: same claimant, type and accused; accusers
 * that do not differ; statement dates within a day of each other (or one unknown, within the window before its
 * article); and evidence about the same thing, meaning the same known topic or at least two shared content words that
 * make up half of the shorter evidence. Immutable and thread-safe.
 */
public final class ReportMatcher {
    static final String STOPWORDS = "/dev/claimline/persistence/topic/stopwords.txt";
    static final double MIN_OVERLAP = 0.5;
    static final int MIN_SHARED_WORDS = 2;
    private static final int STEM_LENGTH = 5;

    private final Set<String> ignored;

    ReportMatcher(Set<String> ignored) {
        this.ignored = Set.copyOf(ignored);
    }

    /** Ignores the bundled stop words and every word of every name in {@code gazetteer}. */
    public static ReportMatcher create(Gazetteer gazetteer) {
        Set<String> ignored = new HashSet<>(readStopwords());
        for (Gazetteer.Alias alias : gazetteer.aliases()) {
            for (String word : Words.of(alias.text())) {
                ignored.add(stem(word));
            }
        }
        return new ReportMatcher(ignored);
    }

    /** A claim as newly extracted, and the text of its evidence. */
    public record Report(ClaimFacts facts, String evidence) {
        public Report {
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    /** A stored claim, and the evidence of each of its reports. */
    public record Stored(ClaimFacts facts, List<String> evidence) {
        public Stored {
            Objects.requireNonNull(facts, "facts");
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * How well {@code report} matches {@code stored} when it reports the same statement (higher is better: one for the
     * same topic, plus the best word overlap), or empty when it does not.
     */
    public OptionalDouble match(Report report, Stored stored) {
        ClaimFacts a = report.facts();
        ClaimFacts b = stored.facts();
        if (!factsAgree(a, b)) {
            return OptionalDouble.empty();
        }
        boolean sameTopic = a.topic() == b.topic() && a.topic() != Topic.OTHER;
        Set<String> words = contentWords(report.evidence());
        double bestOverlap = 0;
        for (String other : stored.evidence()) {
            bestOverlap = Math.max(bestOverlap, overlap(words, contentWords(other)));
        }
        if (!sameTopic && bestOverlap < MIN_OVERLAP) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((sameTopic ? 1 : 0) + bestOverlap);
    }

    /**
     * Whether a new report with facts {@code a} may report the stored statement with facts {@code b}, before any
     * evidence is compared: same claimant, type and accused, accusers that do not differ, and dates within a day.
     */
    public boolean factsAgree(ClaimFacts a, ClaimFacts b) {
        return a.type() == b.type()
                && a.claimant().equals(b.claimant())
                && a.accused().equals(b.accused())
                && (a.accuser() == null || b.accuser() == null || a.accuser().equals(b.accuser()))
                && a.span().near(b.span(), 1);
    }

    /**
     * The share of the smaller set's words found in the other, or 0 when fewer than {@value #MIN_SHARED_WORDS} words
     * are shared.
     */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return shared.size() < MIN_SHARED_WORDS ? 0 : (double) shared.size() / Math.min(a.size(), b.size());
    }

    /** The words of {@code text} that say what it is about, folded so that "supplied" and "supplies" are one. */
    Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        for (String word : Words.of(text)) {
            String stem = stem(word);
            if (stem.length() >= 3 && !ignored.contains(stem)) {
                words.add(stem);
            }
        }
        return words;
    }

    /** A plural s removed, then cut to five letters: a crude stem that is enough to compare two short spans. */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            w = w.substring(0, w.length() - 1);
        }
        return w.length() > STEM_LENGTH ? w.substring(0, STEM_LENGTH) : w;
    }

    private static Set<String> readStopwords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = ReportMatcher.class.getResourceAsStream(STOPWORDS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + STOPWORDS);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(stem(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
