package dev.claimline.persistence.mapping;

import dev.claimline.extraction.Actor;
import dev.claimline.extraction.Article;
import dev.claimline.extraction.ClaimDate;
import dev.claimline.extraction.Evidence;
import dev.claimline.extraction.ExtractedClaim;
import dev.claimline.persistence.entity.AccusedActor;
import dev.claimline.persistence.entity.ArticleEntity;
import dev.claimline.persistence.entity.ClaimEntity;
import dev.claimline.persistence.view.ActorRef;
import dev.claimline.persistence.view.ArticleRef;
import dev.claimline.persistence.view.ArticleSummary;
import dev.claimline.persistence.view.StoredArticle;
import dev.claimline.persistence.view.StoredClaim;

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

    /** A new, unsaved claim entity; add it to its article with {@link ArticleEntity#addClaim}. */
    public static ClaimEntity newClaim(ExtractedClaim claim) {
        ClaimEntity entity = new ClaimEntity();
        entity.type = claim.type();
        entity.claimantCode = claim.claimant().code();
        entity.claimantName = claim.claimant().name();
        entity.claimantMention = claim.claimantMention();
        for (Actor accused : claim.accused()) {
            entity.accused.add(new AccusedActor(accused.code(), accused.name()));
        }
        if (claim.accuser() != null) {
            entity.accuserCode = claim.accuser().code();
            entity.accuserName = claim.accuser().name();
        }
        if (claim.date() != null) {
            entity.statementDate = claim.date().day();
            entity.datePrecision = claim.date().precision();
        }
        entity.evidenceText = claim.evidence().text();
        entity.evidenceStart = claim.evidence().start();
        entity.evidenceEnd = claim.evidence().end();
        entity.confidence = claim.confidence();
        return entity;
    }

    public static StoredArticle article(ArticleEntity entity) {
        return new StoredArticle(
                entity.id,
                entity.title,
                entity.body,
                entity.publishedAt,
                entity.url,
                entity.source,
                entity.language,
                entity.createdAt,
                entity.claims.stream().map(EntityViews::claim).toList());
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

    public static StoredClaim claim(ClaimEntity entity) {
        ArticleEntity article = entity.article;
        return new StoredClaim(
                entity.id,
                new ArticleRef(article.id, article.title, article.publishedAt, article.url, article.source),
                entity.type,
                new ActorRef(entity.claimantCode, entity.claimantName),
                entity.claimantMention,
                entity.accused.stream()
                        .map(accused -> new ActorRef(accused.code, accused.name))
                        .toList(),
                entity.accuserCode == null ? null : new ActorRef(entity.accuserCode, entity.accuserName),
                entity.statementDate == null ? null : new ClaimDate(entity.statementDate, entity.datePrecision),
                new Evidence(entity.evidenceText, entity.evidenceStart, entity.evidenceEnd),
                entity.confidence);
    }
}
