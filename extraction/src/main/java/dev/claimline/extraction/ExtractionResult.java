package dev.claimline.extraction;

import java.util.List;
import java.util.Objects;

/**
 * What extraction found in one article.
 *
 * @param claims the claims, in order of their evidence in the body
 * @param language the ISO 639-1 code of the language the text was read as
 * @param notes human-readable remarks about the extraction (for example that it was skipped for a language it does not
 *     read); empty when there is nothing to say
 */
public record ExtractionResult(List<ExtractedClaim> claims, String language, List<String> notes) {
    public ExtractionResult {
        claims = List.copyOf(claims);
        Objects.requireNonNull(language, "language");
        notes = List.copyOf(notes);
    }
}
