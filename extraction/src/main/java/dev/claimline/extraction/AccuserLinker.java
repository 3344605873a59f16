package dev.claimline.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * A denial answers an allegation against the denier made in the same article: prefer one whose claimant is named in
 * or just before the denial's sentence, then the latest one before it, then the first one after it. A denial whose
 * words name its accuser keeps it.
 */
final class AccuserLinker implements DraftStage {
    @Override
    public List<Draft> apply(List<Draft> drafts) {
        List<Draft> allegations = new ArrayList<>();
        for (Draft a : drafts) {
            if (a.type == ClaimType.ALLEGATION) {
                allegations.add(a);
            }
        }
        if (allegations.isEmpty()) {
            return drafts;
        }
        for (Draft d : drafts) {
            if (d.type != ClaimType.DENIAL || d.accuserExplicit) {
                continue;
            }
            List<Draft> candidates = new ArrayList<>();
            for (Draft a : allegations) {
                if (!a.claimant.equals(d.claimant) && accusesAny(a, d.accused)) {
                    candidates.add(a);
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            Draft chosen = null;
            for (Draft a : candidates) {
                if (d.nearby.contains(a.claimant.code())) {
                    chosen = a;
                    break;
                }
            }
            if (chosen == null) {
                for (Draft a : candidates) {
                    if (a.sentence <= d.sentence) {
                        chosen = a;
                    }
                }
            }
            if (chosen == null) {
                chosen = candidates.get(0);
            }
            d.accuser = chosen.claimant;
        }
        return drafts;
    }

    private static boolean accusesAny(Draft allegation, List<Actor> actors) {
        for (Actor a : actors) {
            if (allegation.accused.contains(a)) {
                return true;
            }
        }
        return false;
    }
}
