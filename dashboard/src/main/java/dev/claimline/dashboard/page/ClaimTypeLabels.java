package dev.claimline.dashboard.page;

import dev.claimline.extraction.ClaimType;
import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/** How the pages name claim types and their parts, e.g. {@code {claim.type.label}}. */
@TemplateExtension
final class ClaimTypeLabels {
    private ClaimTypeLabels() {}

    static String label(ClaimType type) {
        return switch (type) {
            case ALLEGATION -> "Allegation";
            case DENIAL -> "Denial";
            case OTHER -> "Other statement";
        };
    }

    /** What the actors a claim is about are to its claimant. */
    static String accusedLabel(ClaimType type) {
        return switch (type) {
            case ALLEGATION -> "Accused";
            case DENIAL -> "Defending";
            case OTHER -> "About";
        };
    }

    static String cssClass(ClaimType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }
}
