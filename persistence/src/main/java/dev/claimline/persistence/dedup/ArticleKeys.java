package dev.claimline.persistence.dedup;

import dev.claimline.extraction.PlainText;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What makes two submissions one article: the same address, or the same text. Each is kept as a SHA-256 hash (64 hex
 * digits) in a column with a unique index, so that the database itself refuses a second copy however many replicas
 * store at the same moment; hashes keep the index small whatever the length of the address.
 *
 * @param urlHash the hash of the {@linkplain #normalisedUrl(String) normalised address}, or null without one
 * @param contentHash the hash of the {@linkplain #normalisedText(String, String) normalised title and text}
 */
public record ArticleKeys(String urlHash, String contentHash) {
    public static ArticleKeys of(String title, String body, String url) {
        String normalisedUrl = normalisedUrl(url);
        return new ArticleKeys(
                normalisedUrl == null ? null : sha256(normalisedUrl), sha256(normalisedText(title, body)));
    }

    /**
     * The address with the differences that do not change what it points to taken out: scheme and host in lower case,
     * no default port (80 for http, 443 for https), no fragment, no trailing slash on the path ({@code /} for none);
     * the query is kept as it is, since it often names the article. Null for null or blank; an address that does not
     * parse is kept as it is, stripped.
     */
    public static String normalisedUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String text = url.strip();
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return text;
        }
        if (uri.getScheme() == null || uri.getRawAuthority() == null || uri.isOpaque()) {
            return text;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(text.length()).append(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            out.append(uri.getRawUserInfo()).append('@');
        }
        String host = uri.getHost() != null ? uri.getHost() : uri.getRawAuthority();
        out.append(host.toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        boolean defaultPort = (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
        if (port >= 0 && !defaultPort && uri.getHost() != null) {
            out.append(':').append(port);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        out.append(path.isEmpty() ? "/" : path);
        if (uri.getRawQuery() != null) {
            out.append('?').append(uri.getRawQuery());
        }
        return out.toString();
    }

    /**
     * The title and the readable text of the body (HTML reduced to its text), in Unicode NFC, in lower case, with every
     * run of white space one space: the same article copied from a page, a feed or a PDF comes out the same.
     */
    public static String normalisedText(String title, String body) {
        return normalise(title == null ? "" : title) + "\n" + normalise(PlainText.of(body == null ? "" : body));
    }

    private static String normalise(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(composed.length());
        boolean space = true;
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
            } else {
                out.append(c);
                space = false;
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.toString();
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
