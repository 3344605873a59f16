package dev.claimline.persistence.service;

import dev.claimline.persistence.entity.ClaimEntity;
import dev.claimline.persistence.repository.ClaimRepository;
import dev.claimline.persistence.topic.TopicLexicon;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Brings claims stored before topics and links existed up to date, once, at start-up: gives each its topic and links it
 * like a newly stored claim. Migration V2 gave them their reports; they are found by their missing topic, so a start
 * that is interrupted finishes the work at the next.
 */
@ApplicationScoped
public class LegacyClaims {
    private final ClaimRepository claims;
    private final StatementLocks locks;
    private final ClaimLinker linker;

    public LegacyClaims(ClaimRepository claims, StatementLocks locks, ClaimLinker linker) {
        this.claims = claims;
        this.locks = locks;
        this.linker = linker;
    }

    void onStart(@Observes StartupEvent event) {
        int updated = update();
        if (updated > 0) {
            Log.infof("Gave %d claims stored by an earlier version their topics and links", updated);
        }
    }

    /** Classifies and links every claim without a topic; how many there were. */
    public int update() {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (claims.count("topic is null") == 0) {
                return 0;
            }
            locks.lockActors(claims.actorsOfUnclassified());
            List<ClaimEntity> legacy = claims.list("topic is null order by id");
            TopicLexicon lexicon = TopicLexicon.standard();
            for (ClaimEntity claim : legacy) {
                claim.topic = lexicon.classify(claim.article.body, claim.evidenceStart, claim.evidenceEnd);
            }
            claims.flush();
            Map<Long, List<ClaimEntity>> byArticle = legacy.stream()
                    .collect(Collectors.groupingBy(claim -> claim.article.id, TreeMap::new, Collectors.toList()));
            byArticle.values().forEach(linker::linkArticle);
            return legacy.size();
        });
    }
}
