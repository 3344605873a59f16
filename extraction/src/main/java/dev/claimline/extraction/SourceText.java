package dev.claimline.extraction;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The readable text of an article body and a map from each of its characters back to the body as the client sent it.
 * Plain text maps to itself; HTML is reduced to text with a real HTML parser (block elements become paragraph breaks,
 * entities are decoded, scripts, styles and figure captions are dropped) and every character still knows where it came
 * from, so evidence offsets always point into the submitted body.
 */
final class SourceText {
    private static final Pattern HTML_HINT = Pattern.compile(
            "<\\s*(p|div|br|span|a|em|strong|b|i|h[1-6]|ul|ol|li|figure|figcaption|blockquote|article|section|html|body|table|img)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "br",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "blockquote",
            "article",
            "section",
            "header",
            "footer",
            "table",
            "tr",
            "td",
            "th",
            "pre",
            "hr",
            "dd",
            "dt",
            "dl",
            "main");
    private static final Set<String> DROPPED =
            Set.of("script", "style", "figure", "figcaption", "noscript", "nav", "aside", "template", "svg", "button");

    private final String text;
    /** For each text character, where it starts in the source; one extra entry for the end. */
    private final int[] toSource;
    /** For each text character, where it ends (exclusive) in the source. */
    private final int[] toSourceEnd;

    private SourceText(String text, int[] toSource, int[] toSourceEnd) {
        this.text = text;
        this.toSource = toSource;
        this.toSourceEnd = toSourceEnd;
    }

    static SourceText of(String body) {
        if (body.indexOf('<') >= 0 && HTML_HINT.matcher(body).find()) {
            return fromHtml(body);
        }
        int[] map = new int[body.length() + 1];
        int[] ends = new int[body.length() + 1];
        for (int i = 0; i <= body.length(); i++) {
            map[i] = i;
            ends[i] = i + 1;
        }
        return new SourceText(body, map, ends);
    }

    String text() {
        return text;
    }

    /** The body offset of text offset {@code i} (0 ≤ i ≤ length). */
    int source(int i) {
        return toSource[Math.max(0, Math.min(i, toSource.length - 1))];
    }

    /** The body span of the text span {@code [start, end)}: from the first character's origin to the last one's end. */
    int[] sourceSpan(int start, int end) {
        int s = source(start);
        if (end <= start) {
            return new int[] {s, s};
        }
        return new int[] {s, Math.max(s, toSourceEnd[Math.min(end, text.length()) - 1])};
    }

    private static SourceText fromHtml(String body) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = Jsoup.parse(body, "", parser);
        StringBuilder out = new StringBuilder(body.length());
        IntList map = new IntList(body.length());
        IntList ends = new IntList(body.length());
        walk(doc.body(), body, out, map, ends);
        map.add(body.length());
        ends.add(body.length());
        return new SourceText(out.toString(), map.toArray(), ends.toArray());
    }

    /**
     * Appends the text under {@code root}, block elements as paragraph breaks. Iterative (jsoup's traversor), so that
     * HTML nested thousands of elements deep, which a hostile client may send, cannot overflow the stack.
     */
    private static void walk(Element root, String body, StringBuilder out, IntList map, IntList ends) {
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node instanceof TextNode t) {
                            appendText(t, body, out, map, ends);
                        } else if (node instanceof Element e && node != root) {
                            if (DROPPED.contains(e.normalName())) {
                                return FilterResult.SKIP_ENTIRELY;
                            }
                            if (BLOCKS.contains(e.normalName())) {
                                breakParagraph(out, map, ends, start(e));
                            }
                        }
                        return FilterResult.CONTINUE;
                    }

                    @Override
                    public FilterResult tail(Node node, int depth) {
                        if (node instanceof Element e && node != root && BLOCKS.contains(e.normalName())) {
                            breakParagraph(
                                    out,
                                    map,
                                    ends,
                                    e.endSourceRange().isTracked()
                                            ? e.endSourceRange().startPos()
                                            : start(e));
                        }
                        return FilterResult.CONTINUE;
                    }
                },
                root);
    }

    private static int start(Element e) {
        return e.sourceRange().isTracked() ? e.sourceRange().startPos() : -1;
    }

    private static void breakParagraph(StringBuilder out, IntList map, IntList ends, int at) {
        int len = out.length();
        if (len == 0 || (len >= 2 && out.charAt(len - 1) == '\n' && out.charAt(len - 2) == '\n')) {
            return;
        }
        int pos = at >= 0 ? at : (map.size > 0 ? map.last() : 0);
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
            map.size--;
            ends.size--;
        }
        int need = out.length() > 0 && out.charAt(out.length() - 1) == '\n' ? 1 : 2;
        for (int i = 0; i < need; i++) {
            out.append('\n');
            map.add(pos);
            ends.add(pos);
        }
    }

    /** Appends a text node's decoded text, mapping each character to its origin in the raw source. */
    private static void appendText(TextNode t, String body, StringBuilder out, IntList map, IntList ends) {
        var range = t.sourceRange();
        if (!range.isTracked()) {
            return;
        }
        int i = range.startPos();
        int end = Math.min(range.endPos(), body.length());
        while (i < end) {
            char c = body.charAt(i);
            int next = i + 1;
            String decoded = String.valueOf(c);
            if (c == '&') {
                int semi = body.indexOf(';', i);
                if (semi > i && semi < end && semi - i <= 32) {
                    String entity = body.substring(i, semi + 1);
                    String d = Parser.unescapeEntities(entity, false);
                    if (!d.equals(entity)) {
                        decoded = d;
                        next = semi + 1;
                    }
                }
            }
            for (int k = 0; k < decoded.length(); k++) {
                char d = decoded.charAt(k);
                if (Character.isWhitespace(d) || d == '\u00a0') {
                    boolean prevSpace = out.length() == 0 || Character.isWhitespace(out.charAt(out.length() - 1));
                    if (prevSpace) {
                        continue;
                    }
                    d = ' ';
                }
                out.append(d);
                map.add(i);
                ends.add(next);
            }
            i = next;
        }
    }

    private static final class IntList {
        int[] values;
        int size;

        IntList(int capacity) {
            values = new int[Math.max(16, capacity + 16)];
        }

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int last() {
            return values[size - 1];
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
