package dev.claimline.persistence.view;

import java.util.Objects;

/** A state or organisation as stored with a claim: its code and its name. */
public record ActorRef(String code, String name) {
    public ActorRef {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
