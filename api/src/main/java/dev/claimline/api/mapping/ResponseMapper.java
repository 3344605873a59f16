package dev.claimline.api.mapping;

import dev.claimline.api.dto.ActorJson;
import dev.claimline.api.dto.ArticleJson;
import dev.claimline.api.dto.ArticleSummaryJson;
import dev.claimline.api.dto.ClaimJson;
import dev.claimline.api.dto.ClaimantJson;
import dev.claimline.api.dto.DyadJson;
import dev.claimline.api.dto.EvidenceJson;
import dev.claimline.api.dto.ExtractionJson;
import dev.claimline.api.dto.PageJson;
import dev.claimline.extraction.ClaimDate;
import dev.claimline.extraction.Evidence;
import dev.claimline.extraction.ExtractedClaim;
import dev.claimline.extraction.ExtractionResult;
import dev.claimline.persistence.view.ActorRef;
import dev.claimline.persistence.view.ArticleSummary;
import dev.claimline.persistence.view.Dyad;
import dev.claimline.persistence.view.Page;
import dev.claimline.persistence.view.StoredArticle;
import dev.claimline.persistence.view.StoredClaim;
import java.util.List;
import java.util.function.Function;

/** Writes service results as the API's JSON records. */
public final class ResponseMapper {
    private ResponseMapper() {}

    public static ExtractionJson extraction(ExtractionResult result) {
        return new ExtractionJson(
                result.claims().stream().map(ResponseMapper::claim).toList(), result.language(), result.notes());
    }

    /** A claim that is not stored: without {@code id} and {@code articleId}. */
    public static ClaimJson claim(ExtractedClaim claim) {
        return new ClaimJson(
                null,
                null,
                claim.type().name(),
                new ClaimantJson(claim.claimant().code(), claim.claimant().name(), claim.claimantMention()),
                claim.accused().stream()
                        .map(actor -> new ActorJson(actor.code(), actor.name()))
                        .toList(),
                claim.accuser() == null
                        ? null
                        : new ActorJson(claim.accuser().code(), claim.accuser().name()),
                date(claim.date()),
                evidence(claim.evidence()),
                claim.confidence());
    }

    public static ClaimJson claim(StoredClaim claim) {
        return new ClaimJson(
                claim.id(),
                claim.article().id(),
                claim.type().name(),
                new ClaimantJson(claim.claimant().code(), claim.claimant().name(), claim.claimantMention()),
                claim.accused().stream().map(ResponseMapper::actor).toList(),
                claim.accuser() == null ? null : actor(claim.accuser()),
                date(claim.date()),
                evidence(claim.evidence()),
                claim.confidence());
    }

    public static List<ClaimJson> claims(List<StoredClaim> claims) {
        return claims.stream().map(ResponseMapper::claim).toList();
    }

    public static ArticleJson article(StoredArticle article) {
        return new ArticleJson(
                article.id(),
                article.title(),
                article.body(),
                article.publishedAt(),
                article.url(),
                article.source(),
                article.language(),
                article.createdAt(),
                claims(article.claims()));
    }

    public static ArticleSummaryJson summary(ArticleSummary article) {
        return new ArticleSummaryJson(
                article.id(),
                article.title(),
                article.publishedAt(),
                article.url(),
                article.source(),
                article.language(),
                article.createdAt(),
                article.claimCount());
    }

    public static DyadJson dyad(Dyad dyad) {
        return new DyadJson(
                dyad.a().code(),
                dyad.b().code(),
                dyad.a().name(),
                dyad.b().name(),
                dyad.allegations(),
                dyad.denials(),
                date(dyad.first()),
                date(dyad.last()));
    }

    public static <V, J> PageJson<J> page(Page<V> page, Function<V, J> item) {
        return new PageJson<>(page.items().stream().map(item).toList(), page.page(), page.size(), page.total());
    }

    private static ActorJson actor(ActorRef actor) {
        return new ActorJson(actor.code(), actor.name());
    }

    private static EvidenceJson evidence(Evidence evidence) {
        return new EvidenceJson(evidence.text(), evidence.start(), evidence.end());
    }

    private static String date(ClaimDate date) {
        return date == null ? null : date.toString();
    }
}
