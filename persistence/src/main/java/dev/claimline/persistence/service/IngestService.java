package dev.claimline.persistence.service;

import dev.claimline.extraction.Actor;
import dev.claimline.extraction.Article;
import dev.claimline.extraction.ExtractedClaim;
import dev.claimline.extraction.ExtractionResult;
import dev.claimline.persistence.dedup.ArticleKeys;
import dev.claimline.persistence.entity.ArticleEntity;
import dev.claimline.persistence.extraction.ClaimSource;
import dev.claimline.persistence.live.ClaimsStored;
import dev.claimline.persistence.mapping.ClaimViews;
import dev.claimline.persistence.mapping.EntityViews;
import dev.claimline.persistence.metrics.IngestMetrics;
import dev.claimline.persistence.outage.TransientConflict;
import dev.claimline.persistence.repository.ArticleRepository;
import dev.claimline.persistence.repository.ClaimLinkRepository;
import dev.claimline.persistence.topic.Topic;
import dev.claimline.persistence.topic.TopicLexicon;
import dev.claimline.persistence.view.Ingested;
import dev.claimline.persistence.view.StoredArticle;
import dev.claimline.persistence.view.StoredClaim;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Takes in new articles: extracts their claims, and stores the article with each claim either as a new claim or as
 * one more report of a claim already stored, then links denials and allegations. An article is stored once: one with
 * the address or the text of a stored article is answered with that article (see {@link #submit(Article)}). Safe to run concurrently, also from
 * several replicas on one database: see {@link StatementLocks}.
 */
@ApplicationScoped
public class IngestService {
    /** How many times storing one article is tried when PostgreSQL aborts it for conflicting with others. */
    static final int ATTEMPTS = 5;

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
     * Extracts the claims of {@code article} and stores both atomically, unless it was stored before.
     *
     * @return the stored article: the new one, or the one stored before with the same address or text
     * @see #submit(Article)
     */
    public StoredArticle ingest(Article article) {
        return submit(article).article();
    }

    /**
     * Stores {@code article} with its claims, once: an article with the same normalised address, or the same
     * normalised title and text ({@link ArticleKeys}), that is stored already is answered instead and nothing is
     * stored. The unique indexes on those keys decide, so two clients (or replicas) posting one article at the same
     * moment store it once, and both are answered with it. Extraction and topic classification are CPU work and run
     * before the transaction opens, so no database connection is held meanwhile; an article found stored already is
     * not read at all.
     */
    public Ingested submit(Article article) {
        ArticleKeys keys = ArticleKeys.of(article.title(), article.body(), article.url());
        Optional<Ingested> before = QuarkusTransaction.joiningExisting().call(() -> storedAlready(keys));
        if (before.isPresent()) {
            logRepeat(before.get());
            return before.get();
        }
        ExtractionResult result = metrics.timeExtraction(() -> claimSource.extract(article));
        TopicLexicon lexicon = TopicLexicon.standard();
        List<Topic> topics = result.claims().stream()
                .map(claim -> lexicon.classify(
                        article.body(),
                        claim.evidence().start(),
                        claim.evidence().end()))
                .toList();
        Ingested ingested = storeRetrying(article, keys, result, topics);
        if (!ingested.created()) {
            logRepeat(ingested);
            return ingested;
        }
        StoredArticle stored = ingested.article();
        metrics.ingested(result);
        Log.infof(
                "Stored article %d \"%s\" with %d claims",
                stored.id(), stored.title(), stored.claims().size());
        return ingested;
    }

    /**
     * Stores the article in a transaction of its own, run again (up to {@value #ATTEMPTS} times in all, after a short
     * random pause) when PostgreSQL aborts it for a deadlock or serialization failure with concurrent ones: the
     * aborted attempt left nothing behind, and the next one sees what the others committed. Within a caller's
     * transaction it runs once, since only the caller can repeat its transaction.
     */
    private Ingested storeRetrying(Article article, ArticleKeys keys, ExtractionResult result, List<Topic> topics) {
        if (QuarkusTransaction.isActive()) {
            return store(article, keys, result, topics);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> store(article, keys, result, topics));
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !TransientConflict.isCauseOf(e)) {
                    throw e;
                }
                metrics.retried();
                Log.warnf(
                        "Storing article \"%s\" conflicted with concurrent writes (%s); attempt %d of %d",
                        article.title(), TransientConflict.describe(e), attempt + 1, ATTEMPTS);
                pause(attempt);
            }
        }
    }

    /** Sleeps a random time of up to 20 ms times the attempt, so that the transactions that collided part ways. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(1 + ThreadLocalRandom.current().nextLong(20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to store an article again", e);
        }
    }

    private Optional<Ingested> storedAlready(ArticleKeys keys) {
        return articles.sameAs(keys).map(existing -> repeated(existing, keys));
    }

    private Ingested repeated(ArticleEntity existing, ArticleKeys keys) {
        Ingested.Match match = keys.urlHash() != null && keys.urlHash().equals(existing.urlHash)
                ? Ingested.Match.SAME_URL
                : Ingested.Match.SAME_TEXT;
        return Ingested.repeated(EntityViews.article(existing, views.inArticle(existing.id)), match);
    }

    private static void logRepeat(Ingested ingested) {
        Log.infof(
                "Article \"%s\" was stored before as article %d (%s); nothing stored",
                ingested.article().title(), ingested.article().id(), ingested.match());
    }

    private Ingested store(Article article, ArticleKeys keys, ExtractionResult result, List<Topic> topics) {
        locks.lockActors(actors(result.claims()));
        String language = article.language() != null ? article.language() : result.language();
        ArticleEntity fresh = EntityViews.newArticle(article, language);
        fresh.urlHash = keys.urlHash();
        fresh.contentHash = keys.contentHash();
        Optional<ArticleEntity> inserted = articles.insertIfNew(fresh);
        if (inserted.isEmpty()) {
            // another transaction stored it first and has committed: answer with its article
            return articles.sameAs(keys)
                    .map(existing -> repeated(existing, keys))
                    .orElseThrow(() -> new IllegalStateException("an article with the keys of \"" + article.title()
                            + "\" was refused as a repeat but cannot be found"));
        }
        ArticleEntity entity = inserted.get();
        List<StatementMerger.Report> reports = new ArrayList<>();
        for (int i = 0; i < result.claims().size(); i++) {
            reports.add(merger.store(result.claims().get(i), topics.get(i), entity));
        }
        articles.flush();
        List<ClaimLinkRepository.Link> links = linker.linkArticle(
                reports.stream().map(StatementMerger.Report::claim).toList());
        // Claims first stored now have no reports or links but these: their views need no query. A claim reported
        // before brings its other reports and links, read from the database.
        List<StoredClaim> claims = reports.stream().allMatch(StatementMerger.Report::isNew)
                ? views.ofNewReports(
                        reports.stream().map(StatementMerger.Report::mention).toList(), links)
                : views.inArticle(entity.id);
        StoredArticle stored = EntityViews.article(entity, fresh.body, claims);
        claimsStored.fire(ClaimsStored.of(stored));
        return Ingested.created(stored, result.notes());
    }

    /**
     * Every claimant, accused and accuser: the actors whose statements these claims may merge with or link to, and so
     * both sides of every pair whose totals storing them changes (the V3 triggers lock each such pair in turn). Two
     * transactions that touch one pair therefore share an actor lock, and cannot deadlock on the pairs' locks.
     */
    private static Set<String> actors(List<ExtractedClaim> claims) {
        Set<String> codes = new TreeSet<>();
        for (ExtractedClaim claim : claims) {
            codes.add(claim.claimant().code());
            claim.accused().stream().map(Actor::code).forEach(codes::add);
            if (claim.accuser() != null) {
                codes.add(claim.accuser().code());
            }
        }
        return codes;
    }
}
