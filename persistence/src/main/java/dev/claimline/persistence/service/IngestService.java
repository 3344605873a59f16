package dev.claimline.persistence.service;

import dev.claimline.extraction.Actor;
import dev.claimline.extraction.Article;
import dev.claimline.extraction.ExtractedClaim;
import dev.claimline.extraction.ExtractionResult;
import dev.claimline.persistence.entity.ArticleEntity;
import dev.claimline.persistence.entity.ClaimEntity;
import dev.claimline.persistence.extraction.ClaimSource;
import dev.claimline.persistence.live.ClaimsStored;
import dev.claimline.persistence.mapping.ClaimViews;
import dev.claimline.persistence.mapping.EntityViews;
import dev.claimline.persistence.metrics.IngestMetrics;
import dev.claimline.persistence.repository.ArticleRepository;
import dev.claimline.persistence.topic.Topic;
import dev.claimline.persistence.topic.TopicLexicon;
import dev.claimline.persistence.view.StoredArticle;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Takes in new articles: extracts their claims, and stores the article with each claim either as a new claim or as
 * one more report of a claim already stored, then links denials and allegations. Safe to run concurrently, also from
 * several replicas on one database: see {@link StatementLocks}.
 */
@ApplicationScoped
public class IngestService {
    private final ClaimSource claimSource;
    private final ArticleRepository articles;
    private final StatementLocks locks;
    private final StatementMerger merger;
    private final ClaimLinker linker;
    private final ClaimViews views;
    private final Event<ClaimsStored> claimsStored;
    private final IngestMetrics metrics;

    public IngestService(
            ClaimSource claimSource,
            ArticleRepository articles,
            StatementLocks locks,
            StatementMerger merger,
            ClaimLinker linker,
            ClaimViews views,
            Event<ClaimsStored> claimsStored,
            IngestMetrics metrics) {
        this.claimSource = claimSource;
        this.articles = articles;
        this.locks = locks;
        this.merger = merger;
        this.linker = linker;
        this.views = views;
        this.claimsStored = claimsStored;
        this.metrics = metrics;
    }

    /**
     * Extracts the claims of {@code article} and stores both atomically. Extraction and topic classification are CPU
     * work and run before the transaction opens, so no database connection is held meanwhile.
     */
    public StoredArticle ingest(Article article) {
        ExtractionResult result = metrics.timeExtraction(() -> claimSource.extract(article));
        TopicLexicon lexicon = TopicLexicon.standard();
        List<Topic> topics = result.claims().stream()
                .map(claim -> lexicon.classify(
                        article.body(),
                        claim.evidence().start(),
                        claim.evidence().end()))
                .toList();
        StoredArticle stored = QuarkusTransaction.joiningExisting().call(() -> store(article, result, topics));
        metrics.ingested(result);
        Log.infof(
                "Stored article %d \"%s\" with %d claims",
                stored.id(), stored.title(), stored.claims().size());
        return stored;
    }

    private StoredArticle store(Article article, ExtractionResult result, List<Topic> topics) {
        locks.lockActors(actors(result.claims()));
        String language = article.language() != null ? article.language() : result.language();
        ArticleEntity entity = EntityViews.newArticle(article, language);
        articles.persist(entity);
        List<ClaimEntity> reported = new ArrayList<>();
        for (int i = 0; i < result.claims().size(); i++) {
            reported.add(merger.store(result.claims().get(i), topics.get(i), entity));
        }
        articles.flush();
        linker.linkArticle(reported);
        StoredArticle stored = EntityViews.article(entity, views.inArticle(entity.id));
        claimsStored.fire(ClaimsStored.of(stored));
        return stored;
    }

    /** Every claimant and accused: the actors whose statements these claims may merge with or link to. */
    private static Set<String> actors(List<ExtractedClaim> claims) {
        Set<String> codes = new TreeSet<>();
        for (ExtractedClaim claim : claims) {
            codes.add(claim.claimant().code());
            claim.accused().stream().map(Actor::code).forEach(codes::add);
        }
        return codes;
    }
}
