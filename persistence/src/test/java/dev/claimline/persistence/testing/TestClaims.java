package dev.claimline.persistence.testing;

import dev.claimline.extraction.Actor;
import dev.claimline.extraction.ClaimDate;
import dev.claimline.extraction.ClaimType;
import dev.claimline.extraction.Evidence;
import dev.claimline.extraction.ExtractedClaim;
import dev.claimline.extraction.Gazetteer;
import java.util.Arrays;
import java.util.List;

/** Builds the claims tests script, with evidence located in the article body they belong to. */
public final class TestClaims {
    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    private TestClaims() {}

    public static Actor actor(String code) {
        return GAZETTEER.byCode(code).orElseThrow(() -> new IllegalArgumentException("unknown actor " + code));
    }

    /** An allegation of {@code claimant} against {@code accused}, carried by {@code evidence} in {@code body}. */
    public static ExtractedClaim allegation(
            String body, String evidence, String claimant, String mention, String date, String... accused) {
        return claim(ClaimType.ALLEGATION, body, evidence, claimant, mention, date, null, accused);
    }

    /** A denial by {@code claimant} of what {@code accuser} (or null) alleged about {@code defended}. */
    public static ExtractedClaim denial(
            String body,
            String evidence,
            String claimant,
            String mention,
            String date,
            String accuser,
            String... defended) {
        return claim(ClaimType.DENIAL, body, evidence, claimant, mention, date, accuser, defended);
    }

    public static ExtractedClaim claim(
            ClaimType type,
            String body,
            String evidence,
            String claimant,
            String mention,
            String date,
            String accuser,
            String... accused) {
        int start = body.indexOf(evidence);
        if (start < 0) {
            throw new IllegalArgumentException("evidence not in body: " + evidence);
        }
        List<Actor> accusedActors =
                Arrays.stream(accused).map(TestClaims::actor).toList();
        return new ExtractedClaim(
                type,
                actor(claimant),
                mention,
                accusedActors,
                accuser == null ? null : actor(accuser),
                date == null ? null : ClaimDate.parse(date),
                Evidence.of(body, start, start + evidence.length()),
                0.9);
    }
}
