package dev.claimline.persistence.service;

import dev.claimline.extraction.ClaimType;
import dev.claimline.persistence.entity.ClaimEntity;
import dev.claimline.persistence.linking.ClaimFacts;
import dev.claimline.persistence.linking.LinkRules;
import dev.claimline.persistence.repository.ClaimLinkRepository;
import dev.claimline.persistence.repository.ClaimLinkRepository.Kind;
import dev.claimline.persistence.repository.ClaimRepository;
import dev.claimline.persistence.topic.Topic;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Links denials to the allegations they answer ({@link LinkRules}) whenever either side is stored or reported again:
 * a denial to the allegations of its own article first, and only when there are none there to earlier allegations
 * reported elsewhere; an allegation to the denials reported elsewhere that answer it, unless they answer one in their
 * own article. Runs inside the ingesting transaction, after {@link StatementLocks} has locked the claims' actors.
 */
@ApplicationScoped
class ClaimLinker {
    /** How far before a claim's own date the coarse database filter reaches for a month-dated claim. */
    private static final int MONTH_DAYS = 31;

    private final ClaimRepository claims;
    private final ClaimLinkRepository links;
    private final ClaimFactsReader facts;
    private final LinkRules rules;

    ClaimLinker(ClaimRepository claims, ClaimLinkRepository links, ClaimFactsReader facts) {
        this.claims = claims;
        this.links = links;
        this.facts = facts;
        this.rules = new LinkRules(facts.windowDays());
    }

    /**
     * Links the claims one article reports, with each other and with claims reported elsewhere.
     *
     * @return the links it made, in the order made (none that existed before)
     */
    List<ClaimLinkRepository.Link> linkArticle(List<ClaimEntity> reported) {
        List<ClaimLinkRepository.Link> made = new ArrayList<>();
        List<ClaimFacts> article = reported.stream().map(facts::of).toList();
        List<ClaimFacts> unanswered = new ArrayList<>();
        for (ClaimFacts denial : article) {
            if (denial.type() == ClaimType.DENIAL && !linkInArticle(denial, article, made)) {
                unanswered.add(denial);
            }
        }
        Set<Long> answeredAtHome = links.answeringInTheirArticle(
                unanswered.stream().map(ClaimFacts::id).toList());
        for (ClaimFacts denial : unanswered) {
            if (!answeredAtHome.contains(denial.id())) {
                linkAcross(denial, made);
            }
        }
        for (ClaimFacts allegation : article) {
            if (allegation.type() == ClaimType.ALLEGATION) {
                linkLaterDenials(allegation, made);
            }
        }
        return made;
    }

    /** Links the denial to the allegations of its article that it answers; whether there were any. */
    private boolean linkInArticle(ClaimFacts denial, List<ClaimFacts> article, List<ClaimLinkRepository.Link> made) {
        List<ClaimFacts> answered = answeredInArticle(denial, article, true);
        if (answered.isEmpty()) {
            answered = answeredInArticle(denial, article, false);
        }
        for (ClaimFacts allegation : answered) {
            store(denial, allegation, Kind.SAME_ARTICLE, made);
        }
        return !answered.isEmpty();
    }

    private List<ClaimFacts> answeredInArticle(ClaimFacts denial, List<ClaimFacts> article, boolean topicsMustFit) {
        return article.stream()
                .filter(allegation -> rules.answersInArticle(denial, allegation, topicsMustFit))
                .toList();
    }

    /** Links a denial with no allegation in its article to the earlier allegations reported elsewhere it answers. */
    private void linkAcross(ClaimFacts denial, List<ClaimLinkRepository.Link> made) {
        if (denial.topic() == Topic.OTHER) {
            return;
        }
        List<ClaimEntity> candidates = claims.allegationsAgainst(
                denial.defended(),
                denial.topic(),
                denial.claimant(),
                denial.accuser(),
                denial.span().start().minusDays(rules.windowDays() + MONTH_DAYS),
                denial.span().end().plusDays(rules.windowDays()));
        for (ClaimEntity candidate : candidates) {
            ClaimFacts allegation = facts.of(candidate);
            if (rules.answersAcrossArticles(denial, allegation)) {
                store(denial, allegation, Kind.ACROSS_ARTICLES, made);
            }
        }
    }

    /** Links an allegation to the denials reported elsewhere that answer it, and answer nothing in their article. */
    private void linkLaterDenials(ClaimFacts allegation, List<ClaimLinkRepository.Link> made) {
        if (allegation.topic() == Topic.OTHER) {
            return;
        }
        List<ClaimEntity> candidates = claims.denialsDefending(
                allegation.accused(),
                allegation.topic(),
                allegation.claimant(),
                allegation.span().start().minusDays(MONTH_DAYS),
                allegation.span().end().plusDays(2L * rules.windowDays()));
        if (candidates.isEmpty()) {
            return;
        }
        Set<Long> answeredAtHome =
                links.answeringInTheirArticle(candidates.stream().map(c -> c.id).toList());
        for (ClaimEntity candidate : candidates) {
            ClaimFacts denial = facts.of(candidate);
            if (!answeredAtHome.contains(denial.id()) && rules.answersAcrossArticles(denial, allegation)) {
                store(denial, allegation, Kind.ACROSS_ARTICLES, made);
            }
        }
    }

    private void store(ClaimFacts denial, ClaimFacts allegation, Kind kind, List<ClaimLinkRepository.Link> made) {
        if (links.link(denial.id(), allegation.id(), kind)) {
            made.add(new ClaimLinkRepository.Link(denial.id(), allegation.id()));
        }
        Log.debugf("Claim %d answers claim %d (%s)", denial.id(), allegation.id(), kind);
    }
}
