package dev.claimline.persistence.service;

import dev.claimline.extraction.ClaimDate;
import dev.claimline.extraction.ExtractedClaim;
import dev.claimline.extraction.Gazetteer;
import dev.claimline.persistence.entity.ArticleEntity;
import dev.claimline.persistence.entity.ClaimEntity;
import dev.claimline.persistence.entity.ClaimMentionEntity;
import dev.claimline.persistence.linking.ClaimFacts;
import dev.claimline.persistence.linking.ReportMatcher;
import dev.claimline.persistence.mapping.EntityViews;
import dev.claimline.persistence.repository.ClaimMentionRepository;
import dev.claimline.persistence.repository.ClaimRepository;
import dev.claimline.persistence.topic.Topic;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Stores one extracted claim of a new article: as a new report (mention) of the stored claim that is the same
 * statement, when there is one, or else as a new claim. Runs inside the ingesting transaction, after {@link
 * StatementLocks} has locked the claim's actors.
 */
@ApplicationScoped
class StatementMerger {
    /** Days a month-dated claim's first day may lie before the report's span and still overlap it. */
    private static final int MONTH_DAYS = 31;

    private final ClaimRepository claims;
    private final ClaimMentionRepository mentions;
    private final ClaimFactsReader facts;
    private final ReportMatcher matcher;

    StatementMerger(
            ClaimRepository claims, ClaimMentionRepository mentions, ClaimFactsReader facts, Gazetteer gazetteer) {
        this.claims = claims;
        this.mentions = mentions;
        this.facts = facts;
        this.matcher = ReportMatcher.create(gazetteer);
    }

    /**
     * A claim as one article reports it.
     *
     * @param claim the claim, found and refined or new
     * @param mention the article's report of it, stored
     * @param isNew whether this report made the claim (it has no other report, and no links but those made now)
     */
    record Report(ClaimEntity claim, ClaimMentionEntity mention, boolean isNew) {}

    /** The claim that {@code extracted}, read in {@code article}, reports: found and refined, or new. */
    Report store(ExtractedClaim extracted, Topic topic, ArticleEntity article) {
        ClaimFacts report = facts.of(extracted, topic, article.publishedAt);
        ClaimEntity claim = sameStatement(extracted, report, article);
        boolean isNew = claim == null;
        if (isNew) {
            claim = EntityViews.newClaim(extracted, topic, article);
            claims.persist(claim);
        } else {
            refine(claim, extracted, topic);
            Log.debugf("Article %d reports claim %d again", article.id, claim.id);
        }
        ClaimMentionEntity mention = EntityViews.newMention(extracted, claim, article);
        mentions.persist(mention);
        return new Report(claim, mention, isNew);
    }

    private ClaimEntity sameStatement(ExtractedClaim extracted, ClaimFacts report, ArticleEntity article) {
        List<ClaimEntity> found = claims.statementCandidates(
                report.claimant(),
                report.type(),
                ClaimEntity.accusedKey(report.accused()),
                report.accuser(),
                article.id,
                report.span().start().minusDays(MONTH_DAYS + 1),
                report.span().end().plusDays(1 + facts.windowDays()));
        // The facts first (dates within a day, accusers), which need no query; the evidence only of those that pass.
        Map<ClaimEntity, ClaimFacts> candidates = new LinkedHashMap<>();
        for (ClaimEntity candidate : found) {
            ClaimFacts stored = facts.of(candidate);
            if (matcher.factsAgree(report, stored)) {
                candidates.put(candidate, stored);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        Map<Long, List<String>> evidence =
                mentions.evidenceOf(candidates.keySet().stream().map(c -> c.id).toList());
        ReportMatcher.Report newReport =
                new ReportMatcher.Report(report, extracted.evidence().text());
        ClaimEntity best = null;
        double bestScore = 0;
        for (Map.Entry<ClaimEntity, ClaimFacts> entry : candidates.entrySet()) {
            ClaimEntity candidate = entry.getKey();
            OptionalDouble score = matcher.match(
                    newReport,
                    new ReportMatcher.Stored(entry.getValue(), evidence.getOrDefault(candidate.id, List.of())));
            if (score.isPresent() && (best == null || score.getAsDouble() > bestScore)) {
                best = candidate;
                bestScore = score.getAsDouble();
            }
        }
        return best;
    }

    /** What a new report knows better: a date where there was none or a day within the month, a topic, an accuser. */
    private static void refine(ClaimEntity claim, ExtractedClaim report, Topic topic) {
        ClaimDate known = EntityViews.date(claim);
        ClaimDate reported = report.date();
        if (reported != null
                && (known == null
                        || (known.precision() == ClaimDate.Precision.MONTH
                                && reported.precision() == ClaimDate.Precision.DAY
                                && reported.day().withDayOfMonth(1).equals(known.day())))) {
            EntityViews.setDate(claim, reported);
        }
        if ((claim.topic == null || claim.topic == Topic.OTHER) && topic != Topic.OTHER) {
            claim.topic = topic;
        }
        if (claim.accuserCode == null && report.accuser() != null) {
            EntityViews.setAccuser(claim, report.accuser());
        }
    }
}
