package dev.claimline.extraction;

/** The readable text of an article body, as extraction reads it. */
public final class PlainText {
    private PlainText() {}

    /**
     * {@code body} itself when it is plain text; when it is HTML, its text with block elements as paragraph breaks,
     * entities decoded and scripts, styles and captions dropped (the same reduction extraction applies).
     */
    public static String of(String body) {
        return SourceText.of(body).text();
    }
}
