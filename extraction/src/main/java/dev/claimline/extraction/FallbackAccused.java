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
     * article's allegations are about: the accused of the latest allegation, then the latest denier, then any actor
     * the claim's own words name, then the latest actor named before it.
     */
    List<Actor> fallbackAccused(
            ReadingContext ctx, List<Token> tokens, List<Mention> mentions, Actor claimant, int cf, int ct) {
        for (int k = ctx.drafts.size() - 1; k >= 0; k--) {
            Draft d = ctx.drafts.get(k);
            if (d.type == ClaimType.ALLEGATION) {
                List<Actor> acc = new ArrayList<>(d.accused);
                acc.remove(claimant);
                if (!acc.isEmpty()) {
                    return acc;
                }
                if (d.accused.contains(claimant) && !d.claimant.equals(claimant) && namedNearby(ctx, d.claimant)) {
                    return List.of(d.claimant); // the accused answers the accuser just named
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
