package dev.claimline.extraction;

import java.util.Objects;

/**
 * A state (ISO 3166-1 alpha-2 code) or an intergovernmental organisation (its usual acronym) that can make or receive
 * claims.
 */
public record Actor(String code, String name, Kind kind) {
    public enum Kind {
        STATE,
        ORGANISATION
    }

    public Actor {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (code.isBlank()) {
            throw new IllegalArgumentException("actor code must not be blank");
        }
    }
}
