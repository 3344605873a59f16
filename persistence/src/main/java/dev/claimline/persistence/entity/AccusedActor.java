package dev.claimline.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One of the actors a claim is about, in the order extraction listed them. */
@Embeddable
public class AccusedActor {
    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    protected AccusedActor() {}

    public AccusedActor(String code, String name) {
        this.code = code;
        this.name = name;
    }
}
