package dev.claimline.extraction;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A claim being built, before accusers are linked and repeats merged. */
final class Draft {
    ClaimType type;
    Speaker speaker;
    Actor claimant;
    List<Actor> accused;
    Actor accuser;
    boolean accuserExplicit;
    ClaimDate date;
    boolean dateExplicit;
    int evidenceFrom;
    int evidenceTo;
    double confidence;
    int sentence;
    /** The date was settled where the draft was made (a reported allegation), not by its frame. */
    boolean ownDate;
    /** Reported as earlier background ("has previously accused"): a statement of its own, never merged by date. */
    boolean background;

    Set<String> nearby = new LinkedHashSet<>();
}
