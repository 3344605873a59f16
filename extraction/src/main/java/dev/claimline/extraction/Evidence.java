package dev.claimline.extraction;

import java.util.Objects;

/**
 * The span of the article body that carries a claim: a half-open range {@code [start, end)} of character offsets into
 * the body exactly as submitted, and the text found there.
 */
public record Evidence(String text, int start, int end) {
    public Evidence {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid evidence span [" + start + ", " + end + ")");
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException(
                    "evidence text length " + text.length() + " does not match span [" + start + ", " + end + ")");
        }
    }

    /** The evidence for the span {@code [start, end)} of {@code body}. */
    public static Evidence of(String body, int start, int end) {
        return new Evidence(body.substring(start, end), start, end);
    }
}
