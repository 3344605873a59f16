package dev.claimline.persistence.mapping;

import dev.claimline.extraction.Actor;
import dev.claimline.extraction.Article;
import dev.claimline.extraction.ClaimDate;
import dev.claimline.extraction.Evidence;
import dev.claimline.extraction.ExtractedClaim;
import dev.claimline.persistence.entity.AccusedActor;
import dev.claimline.persistence.entity.ArticleEntity;
import dev.claimline.persistence.entity.ClaimEntity;
import dev.claimline.persistence.entity.ClaimMentionEntity;
import dev.claimline.persistence.topic.Topic;
import dev.claimline.persistence.view.ActorRef;
import dev.claimline.persistence.view.ArticleRef;
import dev.claimline.persistence.view.ArticleSummary;
import dev.claimline.persistence.view.StoredArticle;
import dev.claimline.persistence.view.StoredClaim;
import dev.claimline.persistence.view.StoredMention;
import java.util.List;

/** Converts between extraction values, entities and the immutable views the services return. */
public final class EntityViews {
    private EntityViews() {}

    /** A new, unsaved article entity holding {@code article} and its {@code language}. */
    public static ArticleEntity newArticle(Article article, String language) {
        ArticleEntity entity = new ArticleEntity();
        entity.title = article.title();
        entity.body = article.body();
        entity.publishedAt = article.publishedAt();
        entity.url = article.url();
        entity.source = article.source();
        entity.language = language;
        return entity;
    }

    /** A new, unsaved claim entity first reported in {@code article}. */
    public static ClaimEntity newClaim(ExtractedClaim claim, Topic topic, ArticleEntity article) {
        ClaimEntity entity = new ClaimEntity();
        entity.article = article;
        entity.type = claim.type();
        entity.claimantCode = claim.claimant().code();
        entity.claimantName = claim.claimant().name();
        entity.claimantMention = claim.claimantMention();
        entity.setAccused(claim.accused().stream()
                .map(accused -> new AccusedActor(accused.code(), accused.name()))
                .toList());
        setAccuser(entity, claim.accuser());
        setDate(entity, claim.date());
        entity.evidenceText = claim.evidence().text();
        entity.evidenceStart = claim.evidence().start();
        entity.evidenceEnd = claim.evidence().end();
        entity.confidence = claim.confidence();
        entity.topic = topic;
        return entity;
    }

    /** A new, unsaved report of {@code claim} in {@code article}, as {@code extracted} from it. */
    public static ClaimMentionEntity newMention(ExtractedClaim extracted, ClaimEntity claim, ArticleEntity article) {
        ClaimMentionEntity mention = new ClaimMentionEntity();
        mention.claim = claim;
        mention.article = article;
        mention.claimantMention = extracted.claimantMention();
        if (extracted.date() != null) {
            mention.statementDate = extracted.date().day();
            mention.datePrecision = extracted.date().precision();
        }
        mention.evidenceText = extracted.evidence().text();
        mention.evidenceStart = extracted.evidence().start();
        mention.evidenceEnd = extracted.evidence().end();
        mention.confidence = extracted.confidence();
        return mention;
    }

    public static void setAccuser(ClaimEntity entity, Actor accuser) {
        entity.accuserCode = accuser == null ? null : accuser.code();
        entity.accuserName = accuser == null ? null : accuser.name();
    }

    public static void setDate(ClaimEntity entity, ClaimDate date) {
        entity.statementDate = date == null ? null : date.day();
        entity.datePrecision = date == null ? null : date.precision();
    }

    /** The claim's date, or null. */
    public static ClaimDate date(ClaimEntity entity) {
        return entity.statementDate == null ? null : new ClaimDate(entity.statementDate, entity.datePrecision);
    }

    public static StoredArticle article(ArticleEntity entity, List<StoredClaim> claims) {
        return article(entity, entity.body, claims);
    }

    /**
     * The view of {@code entity} with {@code body} as its body: for an article just stored, whose body (loaded lazily)
     * is at hand already.
     */
    public static StoredArticle article(ArticleEntity entity, String body, List<StoredClaim> claims) {
        return new StoredArticle(
                entity.id,
                entity.title,
                body,
                entity.publishedAt,
                entity.url,
                entity.source,
                entity.language,
                entity.createdAt,
                claims);
    }

    public static ArticleSummary summary(ArticleEntity entity, long claimCount) {
        return new ArticleSummary(
                entity.id,
                entity.title,
                entity.publishedAt,
                entity.url,
                entity.source,
                entity.language,
                entity.createdAt,
                claimCount);
    }

    public static ArticleRef articleRef(ArticleEntity article) {
        return new ArticleRef(article.id, article.title, article.publishedAt, article.url, article.source);
    }

    public static StoredMention mention(ClaimMentionEntity mention) {
        return new StoredMention(
                articleRef(mention.article),
                mention.claimantMention,
                mention.statementDate == null ? null : new ClaimDate(mention.statementDate, mention.datePrecision),
                new Evidence(mention.evidenceText, mention.evidenceStart, mention.evidenceEnd),
                mention.confidence);
    }

    /**
     * The view of {@code entity} as {@code shown} reports it, or as its first report does when {@code shown} is null.
     */
    public static StoredClaim claim(
            ClaimEntity entity,
            ClaimMentionEntity shown,
            List<StoredMention> mentions,
            List<Long> respondsTo,
            List<Long> answeredBy) {
        return new StoredClaim(
                entity.id,
                articleRef(shown == null ? entity.article : shown.article),
                entity.type,
                new ActorRef(entity.claimantCode, entity.claimantName),
                shown == null ? entity.claimantMention : shown.claimantMention,
                entity.accused.stream()
                        .map(accused -> new ActorRef(accused.code, accused.name))
                        .toList(),
                entity.accuserCode == null ? null : new ActorRef(entity.accuserCode, entity.accuserName),
                date(entity),
                shown == null
                        ? new Evidence(entity.evidenceText, entity.evidenceStart, entity.evidenceEnd)
                        : new Evidence(shown.evidenceText, shown.evidenceStart, shown.evidenceEnd),
                shown == null ? entity.confidence : shown.confidence,
                entity.topic == null ? Topic.OTHER : entity.topic,
                mentions,
                respondsTo,
                answeredBy);
    }
}
