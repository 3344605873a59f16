package dev.claimline.persistence.linking;

import dev.claimline.extraction.ClaimType;
import dev.claimline.persistence.topic.Topic;
import java.util.Collections;

/**
 * When a denial answers an allegation. Pure rules over {@link ClaimFacts}; the same for both orders of arrival, so a
 * link found when the allegation comes after the denial is the link that would have been found the other way round.
 *
 * <p>Always: the allegation is made by someone else than the denier; by the denial's accuser when that is known; and
 * it accuses the denier or one of those the denial defends. Within one article, the topics must fit (equal, or one of
 * them {@link Topic#OTHER}); where no allegation of the article fits and the denial names its accuser, the topic is let
 * go. Across articles, the topics must be equal and known, and the denial may come at most the window after the
 * allegation, never certainly before it.
 */
public final class LinkRules {
    private final int windowDays;

    /** @param windowDays how long after an allegation a denial in another article may answer it */
    public LinkRules(int windowDays) {
        if (windowDays < 0) {
            throw new IllegalArgumentException("the link window must not be negative: " + windowDays);
        }
        this.windowDays = windowDays;
    }

    public int windowDays() {
        return windowDays;
    }

    /**
     * Whether {@code denial} answers {@code allegation} when one article reports both.
     *
     * @param topicsMustFit false for the second pass over an article in which no allegation's topic fits
     */
    public boolean answersInArticle(ClaimFacts denial, ClaimFacts allegation, boolean topicsMustFit) {
        if (!parties(denial, allegation)
                || denial.span().end().isBefore(allegation.span().start())) {
            return false;
        }
        if (topicsMustFit) {
            return denial.topic() == allegation.topic()
                    || denial.topic() == Topic.OTHER
                    || allegation.topic() == Topic.OTHER;
        }
        return denial.accuser() != null;
    }

    /** Whether {@code denial} answers {@code allegation} reported in another article. */
    public boolean answersAcrossArticles(ClaimFacts denial, ClaimFacts allegation) {
        return parties(denial, allegation)
                && denial.topic() == allegation.topic()
                && denial.topic() != Topic.OTHER
                && denial.span().canFollow(allegation.span(), windowDays);
    }

    private static boolean parties(ClaimFacts denial, ClaimFacts allegation) {
        return denial.type() == ClaimType.DENIAL
                && allegation.type() == ClaimType.ALLEGATION
                && denial.id() != allegation.id()
                && !allegation.claimant().equals(denial.claimant())
                && (denial.accuser() == null || denial.accuser().equals(allegation.claimant()))
                && !Collections.disjoint(allegation.accused(), denial.defended());
    }
}
