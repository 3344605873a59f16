package dev.claimline.dashboard.text;

import dev.claimline.persistence.view.StoredClaim;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * An article body cut into pieces at the edges of its claims' evidence, so that the page can mark each claim's words by
 * its type and number it where it ends. Evidence offsets point into the body as it was sent; an HTML body is shown as
 * its text (tags dropped, block elements as paragraph breaks, entities decoded) with the same offsets.
 *
 * @param segments the body in order; together they read as the whole text
 */
public record HighlightedText(List<Segment> segments) {
    /** Tags that suggest a body is HTML, as the extractor decides it. */
    private static final Pattern HTML_HINT = Pattern.compile(
            "<\\s*(p|div|br|span|a|em|strong|b|i|h[1-6]|ul|ol|li|figure|figcaption|blockquote|article|section|html|body"
                    + "|table|img)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern TAG =
            Pattern.compile("<!--.*?-->|<(/?)\\s*([a-zA-Z][a-zA-Z0-9]*)[^>]*>", Pattern.DOTALL);
    private static final Pattern BLOCK = Pattern.compile(
            "p|div|h[1-6]|ul|ol|li|blockquote|article|section|header|footer|table|tr|pre|hr|dl|dt|dd|main|figure");
    private static final Pattern SKIPPED = Pattern.compile("script|style|figcaption|noscript|template|svg|button");

    public HighlightedText {
        segments = List.copyOf(segments);
    }

    /**
     * A run of text.
     *
     * @param kind the type of the claims whose evidence it is, as a CSS class ({@code allegation}, {@code denial},
     *     {@code other}, or {@code mixed} where claims of several types overlap); null for plain text
     * @param anchors the ids of claims whose evidence starts here, to link to
     * @param refs the claims whose evidence ends here
     * @param title the claims it belongs to, in words, or null
     */
    public record Segment(String text, String kind, List<Long> anchors, List<Ref> refs, String title) {
        public Segment {
            anchors = List.copyOf(anchors);
            refs = List.copyOf(refs);
        }
    }

    /** The number of a claim in its article, shown where its evidence ends. */
    public record Ref(long claimId, int number, String kind) {}

    /** The body with the evidence of {@code claims} marked; the claims are numbered in the order given, from 1. */
    public static HighlightedText of(String body, List<StoredClaim> claims) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (StoredClaim claim : claims) {
            edges.add(clamp(claim.evidence().start(), body));
            edges.add(clamp(claim.evidence().end(), body));
        }
        List<Segment> segments = new ArrayList<>();
        boolean html = HTML_HINT.matcher(body).find();
        int at = 0;
        if (html) {
            Matcher tag = TAG.matcher(body);
            while (tag.find()) {
                text(body, at, tag.start(), edges, claims, true, segments);
                at = tag.end();
                String name = tag.group(2) == null ? "" : tag.group(2).toLowerCase(Locale.ROOT);
                boolean closing = "/".equals(tag.group(1));
                if (!closing && SKIPPED.matcher(name).matches()) {
                    int end = body.toLowerCase(Locale.ROOT).indexOf("</" + name, at);
                    at = end < 0 ? body.length() : end;
                    tag.region(at, body.length());
                } else if (name.equals("br")) {
                    segments.add(plain("\n"));
                } else if (BLOCK.matcher(name).matches()) {
                    segments.add(plain("\n\n"));
                }
            }
        }
        text(body, at, body.length(), edges, claims, html, segments);
        return new HighlightedText(html ? tidy(segments) : segments);
    }

    /** The text between {@code start} and {@code end}, cut at every edge of a claim. */
    private static void text(
            String body,
            int start,
            int end,
            TreeSet<Integer> edges,
            List<StoredClaim> claims,
            boolean html,
            List<Segment> segments) {
        int from = start;
        while (from < end) {
            Integer next = edges.higher(from);
            int to = next == null || next > end ? end : next;
            segments.add(segment(body, from, to, claims, html));
            from = to;
        }
    }

    private static Segment segment(String body, int from, int to, List<StoredClaim> claims, boolean html) {
        String text = body.substring(from, to);
        if (html) {
            text = Parser.unescapeEntities(text.replaceAll("\\s+", " "), false);
        }
        List<String> kinds = new ArrayList<>();
        List<Long> anchors = new ArrayList<>();
        List<Ref> refs = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            StoredClaim claim = claims.get(i);
            int start = clamp(claim.evidence().start(), body);
            int end = clamp(claim.evidence().end(), body);
            if (start <= from && end >= to && start < end) {
                String kind = claim.type().name().toLowerCase(Locale.ROOT);
                if (!kinds.contains(kind)) {
                    kinds.add(kind);
                }
                titles.add("claim " + (i + 1) + ", " + kind + " by "
                        + claim.claimant().name());
                if (start == from) {
                    anchors.add(claim.id());
                }
                if (end == to) {
                    refs.add(new Ref(claim.id(), i + 1, kind));
                }
            }
        }
        String kind = kinds.isEmpty() ? null : kinds.size() == 1 ? kinds.get(0) : "mixed";
        String title = titles.isEmpty() ? null : capitalized(String.join("; ", titles));
        return new Segment(text, kind, anchors, refs, title);
    }

    /** Paragraph breaks of an HTML body: no more than one blank line, none at the start or end. */
    private static List<Segment> tidy(List<Segment> segments) {
        List<Segment> tidy = new ArrayList<>();
        int newlines = 2;
        for (Segment segment : segments) {
            if (segment.kind() == null
                    && segment.text().isBlank()
                    && segment.anchors().isEmpty()
                    && segment.refs().isEmpty()) {
                long breaks = segment.text().chars().filter(c -> c == '\n').count();
                if (breaks == 0) {
                    if (newlines == 0) {
                        tidy.add(segment);
                    }
                    continue;
                }
                int add = (int) Math.min(breaks, 2 - Math.min(2, newlines));
                if (add > 0) {
                    tidy.add(plain("\n".repeat(add)));
                    newlines += add;
                }
                continue;
            }
            String text = newlines > 0 && tidy.isEmpty() || newlines > 0
                    ? segment.text().stripLeading()
                    : segment.text();
            if (text.isEmpty() && segment.anchors().isEmpty() && segment.refs().isEmpty()) {
                continue;
            }
            tidy.add(new Segment(text, segment.kind(), segment.anchors(), segment.refs(), segment.title()));
            newlines = 0;
        }
        while (!tidy.isEmpty()
                && tidy.get(tidy.size() - 1).kind() == null
                && tidy.get(tidy.size() - 1).text().isBlank()) {
            tidy.remove(tidy.size() - 1);
        }
        return tidy;
    }

    private static Segment plain(String text) {
        return new Segment(text, null, List.of(), List.of(), null);
    }

    private static int clamp(int offset, String body) {
        return Math.max(0, Math.min(offset, body.length()));
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
