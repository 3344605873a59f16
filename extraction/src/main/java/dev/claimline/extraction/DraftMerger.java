package dev.claimline.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One statement reported several times (headline, lead, quote, caption) is one claim: same type, claimant and
 * accused, the same accuser for denials where both know it, and dates that agree or are unknown. The merged claim keeps
 * the better-attested report's evidence, the most specific date any report gives, and gains confidence.
 *
 * <p>Reports are compared only with the claims of the same type and claimant, so an article's merge costs about the
 * number of its claims, not its square.
 */
final class DraftMerger implements DraftStage {
    private record Key(ClaimType type, Actor claimant) {}

    @Override
    public List<Draft> apply(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        // the positions in out of the claims of one type and claimant, in order
        Map<Key, List<Integer>> index = new HashMap<>();
        for (Draft d : drafts) {
            List<Integer> same = index.computeIfAbsent(new Key(d.type, d.claimant), k -> new ArrayList<>());
            int at = -1;
            for (int i : same) {
                if (sameStatement(out.get(i), d)) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                same.add(out.size());
                out.add(d);
                continue;
            }
            Draft kept = out.get(at);
            ClaimDate date = betterDate(kept, d);
            boolean explicit = kept.dateExplicit || d.dateExplicit;
            Actor accuser = kept.accuser != null ? kept.accuser : d.accuser;
            List<Actor> accused = kept.accused.containsAll(d.accused) ? kept.accused : d.accused;
            boolean accuserExplicit = kept.accuserExplicit || d.accuserExplicit;
            if (d.confidence > kept.confidence) {
                out.set(at, d);
                kept = d;
            }
            kept.accused = accused;
            kept.date = date;
            kept.dateExplicit = explicit;
            kept.accuser = accuser;
            kept.accuserExplicit = accuserExplicit;
            kept.confidence = Math.min(0.99, Math.max(kept.confidence, d.confidence) + 0.03);
        }
        return out;
    }

    static boolean sameStatement(Draft a, Draft b) {
        if (a.type != b.type || !a.claimant.equals(b.claimant)) {
            return false;
        }
        Set<Actor> x = new LinkedHashSet<>(a.accused);
        Set<Actor> y = new LinkedHashSet<>(b.accused);
        if (!x.equals(y) && !((x.containsAll(y) || y.containsAll(x)) && Math.abs(a.sentence - b.sentence) <= 2)) {
            // the sentence after a report may name more of the accused ("X accused Y", then "Y and Z had …"); far
            // apart, such reports are statements of their own
            return false;
        }
        if (a.type == ClaimType.DENIAL && a.accuser != null && b.accuser != null && !a.accuser.equals(b.accuser)) {
            return false;
        }
        if ((a.background || b.background) && !(a.date != null && a.date.equals(b.date))) {
            return false;
        }
        if (a.date == null || b.date == null) {
            return true;
        }
        if (a.dateExplicit && b.dateExplicit) {
            return a.date.equals(b.date); // two dates the article gives: two statements
        }
        if (a.date.precision() == ClaimDate.Precision.DAY && b.date.precision() == ClaimDate.Precision.DAY) {
            // a date inferred for one report may be a day off the date another report gives
            return Math.abs(a.date.day().toEpochDay() - b.date.day().toEpochDay()) <= 1;
        }
        if (a.date.precision() != b.date.precision()) {
            ClaimDate month = a.date.precision() == ClaimDate.Precision.MONTH ? a.date : b.date;
            ClaimDate day = month == a.date ? b.date : a.date;
            return month.day().getYear() == day.day().getYear()
                    && month.day().getMonth() == day.day().getMonth();
        }
        return Objects.equals(a.date, b.date);
    }

    private static ClaimDate betterDate(Draft a, Draft b) {
        if (a.date == null) {
            return b.date;
        }
        if (b.date == null) {
            return a.date;
        }
        if (a.dateExplicit != b.dateExplicit) {
            return a.dateExplicit ? a.date : b.date;
        }
        return a.date.precision() == ClaimDate.Precision.DAY ? a.date : b.date;
    }
}
