package dev.claimline.dashboard.form;

import dev.claimline.extraction.Article;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fields of the ingest form as the user filled them in, kept as typed so that the form can be shown again with
 * them. {@link #problems()} says what must change before the article can be stored.
 */
public record IngestForm(String title, String body, String publishedAt, String source, String url) {
    static final int MAX_TITLE = 1_000;
    static final int MAX_SOURCE = 200;
    static final int MAX_URL = 2_000;
    /** Also the limit of the whole form (quarkus.http.limits.max-form-attribute-size), so that it is said clearly. */
    public static final int MAX_BODY = 500_000;

    /** The earliest publication day taken, as in the API. */
    static final LocalDate EARLIEST = LocalDate.of(1600, 1, 1);

    /**
     * Keeps the fields as typed, less the control characters a paste can carry but no one can see or mean (anything
     * below U+0020 except tab, line feed and carriage return, and DEL): they are dropped here, where the API refuses
     * them, since a person cannot find them to delete them.
     */
    public IngestForm {
        title = visible(title);
        body = visible(body);
        publishedAt = visible(publishedAt).strip();
        source = visible(source);
        url = visible(url).strip();
    }

    /** An empty form, dated {@code today}. */
    public static IngestForm empty(LocalDate today) {
        return new IngestForm("", "", today.toString(), "", "");
    }

    /** A field that must change, with what to do about it. */
    public record Problem(String field, String message) {}

    /** What must change; empty when the form can be stored. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (title.isBlank()) {
            problems.add(new Problem("title", "Give the article’s headline."));
        } else if (title.length() > MAX_TITLE) {
            problems.add(new Problem("title", "The headline is longer than " + MAX_TITLE + " characters."));
        }
        if (body.isBlank()) {
            problems.add(new Problem("body", "Paste the article’s text."));
        } else if (body.length() > MAX_BODY) {
            problems.add(new Problem("body", "The text is longer than " + MAX_BODY + " characters."));
        }
        if (publishedAt.isEmpty()) {
            problems.add(new Problem("publishedAt", "Give the day the article was published."));
        } else if (day() == null) {
            problems.add(new Problem(
                    "publishedAt",
                    "“" + publishedAt + "” is not a day: write it as YYYY-MM-DD, for example 2024-03-05."));
        } else if (day().isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
            problems.add(new Problem(
                    "publishedAt", "“" + publishedAt + "” is in the future: give the day the article was published."));
        } else if (day().isBefore(EARLIEST)) {
            problems.add(new Problem("publishedAt", "Give a day in " + EARLIEST.getYear() + " or later."));
        }
        if (source.length() > MAX_SOURCE) {
            problems.add(new Problem("source", "The source is longer than " + MAX_SOURCE + " characters."));
        }
        if (!url.isEmpty() && !webAddress(url)) {
            problems.add(new Problem(
                    "url",
                    "The address must be a full web address starting with http:// or https://, for example"
                            + " https://news.example/story."));
        }
        return problems;
    }

    /** The article to store; only when there are no {@link #problems()}. */
    public Article article() {
        if (!problems().isEmpty()) {
            throw new IllegalStateException("the form has problems: " + problems());
        }
        return new Article(title.strip(), body, day(), url.isEmpty() ? null : url, blankToNull(source), null);
    }

    private LocalDate day() {
        try {
            return LocalDate.parse(publishedAt);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean webAddress(String text) {
        if (text.length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String visible(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < ' ' && c != '\t' && c != '\n' && c != '\r') || c == '\u007f';
            if (control && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!control && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
