package dev.claimline.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * The fallback for an allegation whose words name no one ("the jets entered its airspace", "the same actor"): it is
 * about whoever the article's allegations are about.
 */
final class FallbackAccused {
    private final MentionRoles roles;

    FallbackAccused(MentionRoles roles) {
        this.roles = roles;
    }

    /**
     * When an allegation names no one ("the jets entered its airspace", "the same actor"), it is about whoever the
     * article's allegations are about: the speaker's own latest accusation goes on; an accused speaker answers its
     * accuser (the one named in or just before the sentence, else its only one); then the accused of the latest
     * allegation, the latest denier, any actor the claim's own words name, the latest actor named before it.
     */
    List<Actor> fallbackAccused(
            ReadingContext ctx, List<Token> tokens, List<Mention> mentions, Actor claimant, int cf, int ct) {
        Draft latest = null;
        for (int k = ctx.drafts.size() - 1; k >= 0 && latest == null; k--) {
            if (ctx.drafts.get(k).type == ClaimType.ALLEGATION) {
                latest = ctx.drafts.get(k);
            }
        }
        if (latest != null && latest.claimant.equals(claimant)) {
            // the speaker goes on about its own accusation
            List<Actor> acc = new ArrayList<>(latest.accused);
            acc.remove(claimant);
            if (!acc.isEmpty()) {
                return acc;
            }
        }
        // the accused answers its accuser (not those accused with it): the one named just now, or its only accuser
        List<Actor> accusers = new ArrayList<>();
        for (int k = ctx.drafts.size() - 1; k >= 0; k--) {
            Draft d = ctx.drafts.get(k);
            if (d.type == ClaimType.ALLEGATION
                    && d.accused.contains(claimant)
                    && !d.claimant.equals(claimant)
                    && !accusers.contains(d.claimant)) {
                accusers.add(d.claimant);
            }
        }
        for (Actor a : accusers) {
            if (namedNearby(ctx, a)) {
                return List.of(a);
            }
        }
        if (accusers.size() == 1) {
            return accusers;
        }
        for (int k = ctx.drafts.size() - 1; k >= 0; k--) {
            Draft d = ctx.drafts.get(k);
            if (d.type == ClaimType.ALLEGATION) {
                List<Actor> acc = new ArrayList<>(d.accused);
                acc.remove(claimant);
                if (!acc.isEmpty()) {
                    return acc;
                }
                break;
            }
        }
        for (int k = ctx.drafts.size() - 1; k >= 0; k--) {
            Draft d = ctx.drafts.get(k);
            if (d.type == ClaimType.DENIAL && !d.claimant.equals(claimant)) {
                return List.of(d.claimant);
            }
        }
        for (Mention m : mentions) {
            if (m.from() >= cf && m.to() <= ct && !m.actor().equals(claimant)) {
                return List.of(m.actor());
            }
        }
        // earlier in the same sentence: "a Chinese jet released flares …, calling the manoeuvre unsafe"
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            if (m.to() <= cf && !m.actor().equals(claimant) && !roles.isPlace(tokens, m, mentions)) {
                return List.of(m.actor());
            }
        }
        for (int k = ctx.recentMentions.size() - 1; k >= Math.max(0, ctx.recentMentions.size() - 6); k--) {
            Actor a = ctx.recentMentions.get(k).actor();
            if (!a.equals(claimant)) {
                return List.of(a);
            }
        }
        return List.of();
    }

    /** Whether the actor is named in the sentence being read or the one before it. */
    private static boolean namedNearby(ReadingContext ctx, Actor actor) {
        int n = ctx.sentenceActors.size();
        for (int k = Math.max(0, n - 2); k < n; k++) {
            if (ctx.sentenceActors.get(k).contains(actor.code())) {
                return true;
            }
        }
        return false;
    }
}
