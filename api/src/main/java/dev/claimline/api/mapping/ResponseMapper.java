package dev.claimline.api.mapping;

import dev.claimline.api.dto.ActorJson;
import dev.claimline.api.dto.ArticleJson;
import dev.claimline.api.dto.ArticleSummaryJson;
import dev.claimline.api.dto.ClaimJson;
import dev.claimline.api.dto.ClaimantJson;
import dev.claimline.api.dto.DisputeJson;
import dev.claimline.api.dto.DyadJson;
import dev.claimline.api.dto.EvidenceJson;
import dev.claimline.api.dto.ExtractionJson;
import dev.claimline.api.dto.MentionJson;
import dev.claimline.api.dto.PageJson;
import dev.claimline.extraction.ClaimDate;
import dev.claimline.extraction.Evidence;
import dev.claimline.extraction.ExtractedClaim;
import dev.claimline.extraction.ExtractionResult;
import dev.claimline.persistence.codes.EventCodes;
import dev.claimline.persistence.topic.Topic;
import dev.claimline.persistence.topic.TopicLexicon;
import dev.claimline.persistence.view.ActorRef;
import dev.claimline.persistence.view.ArticleRef;
import dev.claimline.persistence.view.ArticleSummary;
import dev.claimline.persistence.view.Dispute;
import dev.claimline.persistence.view.Dyad;
import dev.claimline.persistence.view.Page;
import dev.claimline.persistence.view.StoredArticle;
import dev.claimline.persistence.view.StoredClaim;
import dev.claimline.persistence.view.StoredMention;
import java.util.List;
import java.util.function.Function;

/** Writes service results as the API's JSON records. */
public final class ResponseMapper {
    private ResponseMapper() {}

    /** What extraction found in the article with this {@code body}. */
    public static ExtractionJson extraction(ExtractionResult result, String body) {
        return new ExtractionJson(
                result.claims().stream().map(claim -> claim(claim, body)).toList(), result.language(), result.notes());
    }

    /** A claim that is not stored: without {@code id}, {@code articleId}, reports and links. */
    public static ClaimJson claim(ExtractedClaim claim, String body) {
        Topic topic = TopicLexicon.standard()
                .classify(body, claim.evidence().start(), claim.evidence().end());
        EventCodes codes = EventCodes.of(claim.type(), topic);
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
                claim.confidence(),
                topic.name(),
                codes.cameo(),
                codes.plover(),
                codes.ploverContext(),
                null,
                null,
                null,
                null);
    }

    public static ClaimJson claim(StoredClaim claim) {
        EventCodes codes = claim.codes();
        return new ClaimJson(
                claim.id(),
                claim.article().id(),
                claim.type().name(),
                new ClaimantJson(claim.claimant().code(), claim.claimant().name(), claim.claimantMention()),
                claim.accused().stream().map(ResponseMapper::actor).toList(),
                claim.accuser() == null ? null : actor(claim.accuser()),
                date(claim.date()),
                evidence(claim.evidence()),
                claim.confidence(),
                claim.topic().name(),
                codes.cameo(),
                codes.plover(),
                codes.ploverContext(),
                claim.mentions().size(),
                claim.mentions().stream().map(ResponseMapper::mention).toList(),
                claim.respondsTo(),
                claim.answeredBy());
    }

    public static MentionJson mention(StoredMention mention) {
        ArticleRef article = mention.article();
        return new MentionJson(
                article.id(),
                article.title(),
                article.source(),
                article.url(),
                article.publishedAt(),
                evidence(mention.evidence()));
    }

    public static DisputeJson dispute(Dispute dispute) {
        return new DisputeJson(
                dispute.id(),
                dispute.parties(),
                dispute.topic().name(),
                date(dispute.opened()),
                date(dispute.lastActivity()),
                dispute.status().name(),
                claims(dispute.claims()));
    }

    public static List<ClaimJson> claims(List<StoredClaim> claims) {
        return claims.stream().map(ResponseMapper::claim).toList();
    }

    public static ArticleJson article(StoredArticle article) {
        return article(article, List.of());
    }

    /** A stored article with remarks about the request that stored or found it. */
    public static ArticleJson article(StoredArticle article, List<String> notes) {
        return new ArticleJson(
                article.id(),
                article.title(),
                article.body(),
                article.publishedAt(),
                article.url(),
                article.source(),
                article.language(),
                article.createdAt(),
                claims(article.claims()),
                notes);
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
