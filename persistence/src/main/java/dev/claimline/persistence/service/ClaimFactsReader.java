package dev.claimline.persistence.service;

import dev.claimline.extraction.ExtractedClaim;
import dev.claimline.persistence.config.LinksConfig;
import dev.claimline.persistence.entity.ClaimEntity;
import dev.claimline.persistence.linking.ClaimFacts;
import dev.claimline.persistence.linking.DateSpan;
import dev.claimline.persistence.mapping.EntityViews;
import dev.claimline.persistence.topic.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the facts the merging and linking rules look at, from stored claims and from new reports. */
@ApplicationScoped
class ClaimFactsReader {
    private final int windowDays;

    ClaimFactsReader(LinksConfig config) {
        this.windowDays = config.windowDays();
    }

    int windowDays() {
        return windowDays;
    }

    /**
     * The facts of a stored claim. Reads the accused from {@link ClaimEntity#accusedKey} rather than the collection, and
     * the article's date from its article, which the queries for candidates fetch along: no further query.
     */
    ClaimFacts of(ClaimEntity claim) {
        return new ClaimFacts(
                claim.id,
                claim.type,
                claim.claimantCode,
                accused(claim.accusedKey),
                claim.accuserCode,
                claim.topic == null ? Topic.OTHER : claim.topic,
                DateSpan.of(EntityViews.date(claim), claim.article.publishedAt, windowDays));
    }

    private static Set<String> accused(String accusedKey) {
        return accusedKey.isEmpty()
                ? Set.of()
                : Arrays.stream(accusedKey.split(",")).collect(Collectors.toSet());
    }

    /** The facts of a new report, with id 0, published on {@code publishedAt}. */
    ClaimFacts of(ExtractedClaim claim, Topic topic, LocalDate publishedAt) {
        return new ClaimFacts(
                0,
                claim.type(),
                claim.claimant().code(),
                claim.accused().stream().map(a -> a.code()).collect(Collectors.toSet()),
                claim.accuser() == null ? null : claim.accuser().code(),
                topic,
                DateSpan.of(claim.date(), publishedAt, windowDays));
    }
}
