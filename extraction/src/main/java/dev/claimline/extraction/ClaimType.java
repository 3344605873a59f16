package dev.claimline.extraction;

/** The kind of speech act a claim is, as in the annotation guidelines. */
public enum ClaimType {
    /** The claimant asserts that another party did, is doing or plans something wrongful or contested. */
    ALLEGATION,
    /** The claimant rejects an assertion about its own (or an ally's) conduct. */
    DENIAL,
    /** Warnings, threats, demands, confirmations and admissions. */
    OTHER
}
