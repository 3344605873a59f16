package dev.claimline.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits prepared text into content paragraphs and sentences. Drops what is not the article's content: the headline
 * repeated at the top, bylines, date lines, photo captions, "READ MORE" and related-headline lines, tags, and short
 * label lines such as agency credits. Strips a leading dateline ("BAKU —", "YEREVAN/BAKU, Nov 17 -"). A sentence never ends inside a quotation.
 */
final class Segmenter {
    /** A sentence: its tokens and the paragraph it opens or continues. */
    record Sentence(List<Token> tokens, int paragraph, boolean opensParagraph, boolean attribution) {
        Sentence(List<Token> tokens, int paragraph, boolean opensParagraph) {
            this(tokens, paragraph, opensParagraph, false);
        }
    }

    /** "— Foreign Office spokesman Tariq Mahmood" under a quotation (a blockquote's footer): who said it. */
    /** Far longer than any sentence of news prose (those run to a few dozen words). */
    static final int MAX_SENTENCE_TOKENS = 300;

    private static final Pattern ATTRIBUTION_LINE = Pattern.compile("^[—–-]{1,2}\\s*\\S.{2,100}$");

    private static final Pattern CLUTTER_PREFIX = Pattern.compile(
            "^(read more|related|see also|tags?|topics?|photo|photos|image|images|picture|caption|video|watch|listen|"
                    + "advertisement|subscribe|sign up|share this|follow us|more on this|also read|recommended|"
                    + "credit|source|file photo|updated|published|copyright)\\b\\s*[:|\\-–—]?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION_TAIL = Pattern.compile(
            "\\((photo|file|image|picture|reuters|ap|afp|getty)[^)]*\\)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile(
            "^(by|from)\\s+\\p{Lu}[\\p{L}.'\\-]*(\\s+\\p{Lu}[\\p{L}.'\\-]*){0,4}" + "\\s*([|,/]|and\\b|$)");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(updated:?\\s*|published:?\\s*)?(\\p{L}+day,?\\s+)?(\\d{1,2}\\s+\\p{L}+\\.?,?\\s+\\d{4}|\\p{L}+\\.?\\s+\\d{1,2},?\\s+\\d{4}|"
                    + "\\d{4}-\\d{2}-\\d{2})([\\s,]+\\d{1,2}[:.]\\d{2}(\\s*[ap]\\.?m\\.?)?(\\s*\\p{Lu}{2,4})?)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}\\p{M} .'\\-/]{1,40}(,\\s*\\p{Lu}[\\p{L}.]{1,12}\\.?(\\s+\\d{1,2})?)?\\s*(\\([^)]{1,60}\\))?\\s*[—–-]{1,2}\\s+");

    private static final Set<String> SENTENCE_OPENERS = Lexicon.grammar("sentence-openers");

    private Segmenter() {}

    /** The dateline prefix of a paragraph, if any ("BAKU — "), as {@code [start, end)} of the text; or null. */
    static int[] dateline(String text, int start, int end) {
        Matcher m = DATELINE.matcher(text).region(start, end);
        return m.lookingAt() ? new int[] {start, m.end()} : null;
    }

    static List<Sentence> split(String text, String title) {
        List<Sentence> out = new ArrayList<>();
        String normTitle = normalise(title);
        int paragraph = 0;
        int pos = 0;
        boolean first = true;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            int s = pos;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                String line = text.substring(s, e);
                boolean isTitle =
                        first && !normTitle.isEmpty() && normalise(line).equals(normTitle);
                first = false;
                if (!isTitle && ATTRIBUTION_LINE.matcher(line).matches() && endsWithQuote(out)) {
                    int from = s;
                    while (from < e && !Character.isLetter(text.charAt(from))) {
                        from++;
                    }
                    out.add(new Sentence(Tokenizer.tokenize(text, from, e), paragraph++, true, true));
                } else if (!isTitle && !isClutter(line)) {
                    int[] dl = dateline(text, s, e);
                    int from = dl != null ? dl[1] : s;
                    splitParagraph(text, from, e, paragraph++, out);
                }
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return out;
    }

    private static boolean endsWithQuote(List<Sentence> out) {
        if (out.isEmpty()) {
            return false;
        }
        List<Token> last = out.get(out.size() - 1).tokens();
        return !last.isEmpty()
                && (last.get(last.size() - 1).quote()
                        || last.size() > 1 && last.get(last.size() - 2).quote());
    }

    static boolean isClutter(String line) {
        String l = line.strip();
        if (CLUTTER_PREFIX.matcher(l).lookingAt()
                && (l.length() < 200 || l.toLowerCase(Locale.ROOT).startsWith("read more"))) {
            return true;
        }
        if (CAPTION_TAIL.matcher(l).find()) {
            return true;
        }
        if (DATE_LINE.matcher(l).matches()) {
            return true;
        }
        if (BYLINE.matcher(l).lookingAt() && l.length() < 120) {
            return true;
        }
        char last = l.charAt(l.length() - 1);
        boolean terminated =
                last == '.' || last == '"' || last == '\u201d' || last == '?' || last == '!' || last == ':';
        int words = l.split("\\s+").length;
        if (!terminated && words <= 10) {
            return true; // labels, credits, sub-headings: "AP Archive", "North Africa Desk | Maghreb Monitor"
        }
        return l.contains(" | ") && words <= 14;
    }

    private static void splitParagraph(String text, int from, int to, int paragraph, List<Sentence> out) {
        List<Token> tokens = Tokenizer.tokenize(text, from, to);
        int start = 0;
        boolean inQuote = false;
        boolean opens = true;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.quote()) {
                char c = t.text().charAt(0);
                boolean wasIn = inQuote;
                inQuote = c == '\u201c' || c == '\u201e' ? true : c == '\u201d' ? false : !inQuote;
                // "… the end." Next sentence: a quotation closing a sentence ends it
                if (wasIn && !inQuote && i > start && i + 1 < tokens.size()) {
                    Token prev = tokens.get(i - 1);
                    Token next = tokens.get(i + 1);
                    if ((prev.isPunct('.') || prev.isPunct('!') || prev.isPunct('?'))
                            && (Character.isUpperCase(next.text().charAt(0)) || next.quote())) {
                        add(out, tokens, start, i + 1, paragraph, opens);
                        opens = false;
                        start = i + 1;
                    }
                }
                continue;
            }
            boolean terminal = t.isPunct('.') || t.isPunct('!') || t.isPunct('?');
            boolean abbrevEnd = !terminal
                    && t.text().endsWith(".")
                    && t.text().length() > 2
                    && t.text().indexOf('.') < t.text().length() - 1; // "U.S." at a sentence end
            if (!(terminal || abbrevEnd) || inQuote) {
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).isPunct(')')) {
                if (tokens.get(j).quote()) {
                    inQuote = false;
                }
                j++;
            }
            if (j >= tokens.size()) {
                break;
            }
            Token next = tokens.get(j);
            boolean startsNew = Character.isUpperCase(next.text().charAt(0))
                            && (terminal || SENTENCE_OPENERS.contains(next.lower()))
                    || next.quote()
                    || Character.isDigit(next.text().charAt(0));
            // after "U.S." a capitalised word usually goes on with a name ("U.S. Central Command said"); a new
            // sentence there opens with a word such as "The" or "It"
            if (startsNew && !inQuote) {
                add(out, tokens, start, j, paragraph, opens);
                opens = false;
                start = j;
                i = j - 1;
            }
        }
        if (start < tokens.size()) {
            add(out, tokens, start, tokens.size(), paragraph, opens);
        }
    }

    /**
     * Adds {@code tokens[from, to)} as one sentence, or, when it is longer than any sentence of news prose ({@link
     * #MAX_SENTENCE_TOKENS}), as consecutive pieces of that length: text without sentence punctuation (a pasted table,
     * a hostile body) then costs time in proportion to its length instead of its square.
     */
    private static void add(List<Sentence> out, List<Token> tokens, int from, int to, int paragraph, boolean opens) {
        for (int start = from; start < to; start += MAX_SENTENCE_TOKENS) {
            int end = Math.min(to, start + MAX_SENTENCE_TOKENS);
            out.add(new Sentence(List.copyOf(tokens.subList(start, end)), paragraph, opens && start == from));
        }
    }

    private static boolean isClosing(Token t) {
        char c = t.text().charAt(0);
        return c == '\u201d' || c == '"';
    }

    private static String normalise(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
