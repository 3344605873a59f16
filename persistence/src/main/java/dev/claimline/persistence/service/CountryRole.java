package dev.claimline.persistence.service;

/** The part a country plays in a claim, as its page lists them. */
public enum CountryRole {
    /** Its allegations against others. */
    ALLEGATIONS_MADE,
    /** Others' allegations that accuse it. */
    ALLEGATIONS_RECEIVED,
    /** Its denials. */
    DENIALS_MADE,
    /** Others' denials that answer it. */
    DENIALS_RECEIVED
}
