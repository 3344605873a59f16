package dev.claimline.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells the language of a news text, offline and in microseconds, from the script its letters are written in and,
 * within a script, from its most frequent function words ({@code languages.tsv}). Built for one decision above all:
 * whether Claimline can read the text (English) or must store it without claims. English is the default and wins
 * unless another language has clearly more function words, so that an English article full of foreign names, or
 * quoting a sentence in French, stays English, and a headline too short to tell is read as English. Thread-safe.
 */
public final class LanguageDetector {
    private static final String RESOURCE = "languages.tsv";
    /** Another language must have at least this many function words, and this many times those of English. */
    private static final int MIN_WORDS = 3;

    private static final double MARGIN = 1.5;
    /** How much of a long text is read to tell its language: a few pages are plenty, and keep it fast. */
    private static final int SAMPLE = 20_000;

    private static final Set<String> NAME_PARTICLES = Set.of(
            "de", "la", "le", "les", "du", "des", "da", "di", "del", "della", "dos", "das", "do", "van", "von", "der",
            "den", "ter", "al", "el", "bin", "ibn", "y", "e", "i", "und", "et");

    private static volatile LanguageDetector standard;

    private final List<Profile> profiles;
    private final Map<Character.UnicodeScript, Language> byScript;
    private final Map<String, String> names;

    private LanguageDetector(List<Profile> profiles, Map<Character.UnicodeScript, Language> byScript) {
        this.profiles = List.copyOf(profiles);
        this.byScript = Map.copyOf(byScript);
        Map<String, String> names = new HashMap<>();
        byScript.values().forEach(language -> names.putIfAbsent(language.code(), language.name()));
        profiles.forEach(profile -> names.putIfAbsent(profile.language.code(), profile.language.name()));
        this.names = Map.copyOf(names);
    }

    /** A language by its ISO 639-1 code and English name. */
    public record Language(String code, String name) {
        public static final Language ENGLISH = new Language("en", "English");
        public static final Language UNKNOWN = new Language("und", "an unidentified language");

        public boolean isEnglish() {
            return code.equals(ENGLISH.code);
        }
    }

    private record Profile(Language language, Character.UnicodeScript script, Set<String> words) {}

    /** The detector over the bundled {@code languages.tsv}; loaded once. */
    public static LanguageDetector standard() {
        LanguageDetector detector = standard;
        if (detector == null) {
            synchronized (LanguageDetector.class) {
                detector = standard;
                if (detector == null) {
                    try (InputStream in = LanguageDetector.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("missing resource " + RESOURCE);
                        }
                        detector = parse(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    standard = detector;
                }
            }
        }
        return detector;
    }

    /** The English name of the language with this code (its primary subtag), or null when this detector lacks it. */
    public String name(String code) {
        return names.get(primary(code));
    }

    /** Whether a client's language tag ({@code en}, {@code EN-gb}, {@code eng}) means English. */
    public static boolean isEnglish(String tag) {
        String primary = primary(tag);
        return primary.equals("en") || primary.equals("eng");
    }

    /**
     * Empty when {@code article} is to be read for claims: it is marked as English, or is not marked and {@code text}
     * (its readable text) is English. Otherwise the result of extraction: no claims, the language (the client's tag, or
     * the detected code) and a note saying why none were read.
     */
    public Optional<ExtractionResult> skipUnlessEnglish(Article article, String text) {
        if (article.language() != null) {
            if (isEnglish(article.language())) {
                return Optional.empty();
            }
            String name = name(article.language());
            return Optional.of(new ExtractionResult(
                    List.of(),
                    article.language(),
                    List.of("The article is marked as written in "
                            + (name == null
                                    ? "the language \"" + article.language() + "\""
                                    : name + " (" + article.language() + ")")
                            + "; Claimline reads claims in English only, so none were extracted.")));
        }
        Language language = detect(article.title() + "\n\n" + text.substring(0, Math.min(text.length(), SAMPLE)));
        if (language.isEnglish()) {
            return Optional.empty();
        }
        String named = language == Language.UNKNOWN
                ? "not in English"
                : "in " + language.name() + " (" + language.code() + ")";
        return Optional.of(new ExtractionResult(
                List.of(),
                language.code(),
                List.of("The text is " + named + "; Claimline reads claims in English only, so none were extracted.")));
    }

    /** The language {@code text} (headline and readable body together) is written in. */
    public Language detect(String text) {
        Map<Character.UnicodeScript, Integer> letters = new EnumMap<>(Character.UnicodeScript.class);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                letters.merge(script(c), 1, Integer::sum);
            }
        }
        if (letters.isEmpty()) {
            return Language.ENGLISH;
        }
        Character.UnicodeScript script = letters.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        if (script == Character.UnicodeScript.HAN) {
            int kana = letters.getOrDefault(Character.UnicodeScript.HIRAGANA, 0)
                    + letters.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
            if (kana * 10 >= letters.get(script)) {
                script = Character.UnicodeScript.HIRAGANA;
            }
        }
        Language byWords = byWords(script, words(text));
        if (byWords != null) {
            return byWords;
        }
        return byScript.getOrDefault(script, Language.UNKNOWN);
    }

    /**
     * The language of the profile of {@code script} with the most function words among {@code words}; English unless
     * another has at least {@value #MIN_WORDS} and {@value #MARGIN} times as many. Null when no profile of the script
     * has any.
     */
    private Language byWords(Character.UnicodeScript script, List<String> words) {
        Profile best = null;
        int bestHits = 0;
        int englishHits = 0;
        boolean any = false;
        for (Profile profile : profiles) {
            if (profile.script != script) {
                continue;
            }
            int hits = 0;
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i).toLowerCase(Locale.ROOT);
                if (profile.words.contains(word) && (profile.language.isEnglish() || !partOfName(word, words, i))) {
                    hits++;
                }
            }
            any |= hits > 0;
            if (profile.language.isEnglish()) {
                englishHits = hits;
            } else if (hits > bestHits) {
                best = profile;
                bestHits = hits;
            }
        }
        if (!any) {
            return null;
        }
        boolean englishScript = script == Character.UnicodeScript.LATIN;
        if (best != null && (!englishScript || (bestHits >= MIN_WORDS && bestHits > MARGIN * englishHits))) {
            return best.language;
        }
        return englishScript ? Language.ENGLISH : null;
    }

    /**
     * Whether the word at {@code i} is a particle of a name ("de Villepin", "La Paz", "al-Assad", "von der Leyen"), which
     * English text is full of: such a word followed by a capitalised one is no evidence of another language.
     */
    private static boolean partOfName(String word, List<String> words, int i) {
        return NAME_PARTICLES.contains(word)
                && i + 1 < words.size()
                && Character.isUpperCase(words.get(i + 1).codePointAt(0));
    }

    /** Japanese kana count as one script: a text is Japanese when they are a tenth of its Chinese characters or more. */
    private static Character.UnicodeScript script(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.KATAKANA ? Character.UnicodeScript.HIRAGANA : script;
    }

    /** The words of {@code text}: runs of letters and combining marks, in NFC, as written. */
    private static List<String> words(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= normal.length(); ) {
            int c = i < normal.length() ? normal.codePointAt(i) : ' ';
            boolean inWord = Character.isLetter(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK;
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(normal.substring(start, i));
                start = -1;
            }
            i += i < normal.length() ? Character.charCount(c) : 1;
        }
        return words;
    }

    private static String primary(String tag) {
        if (tag == null) {
            return "";
        }
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).strip().toLowerCase(Locale.ROOT);
    }

    static LanguageDetector parse(InputStream in) throws IOException {
        List<Profile> profiles = new ArrayList<>();
        Map<Character.UnicodeScript, Language> byScript = new EnumMap<>(Character.UnicodeScript.class);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields[0].equals("words") && fields.length == 5) {
                Set<String> words = new HashSet<>();
                for (String word : fields[4].strip().split(" +")) {
                    words.add(Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
                }
                profiles.add(new Profile(
                        new Language(fields[1], fields[2]), Character.UnicodeScript.valueOf(fields[3]), words));
            } else if (fields[0].equals("script") && fields.length == 4) {
                byScript.put(Character.UnicodeScript.valueOf(fields[1]), new Language(fields[2], fields[3]));
            } else {
                throw new IllegalStateException(
                        RESOURCE + " line " + number + ": expected words or script, got " + line);
            }
        }
        return new LanguageDetector(profiles, byScript);
    }
}
