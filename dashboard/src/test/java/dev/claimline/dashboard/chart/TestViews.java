package dev.claimline.dashboard.chart;

import dev.claimline.extraction.ClaimDate;
import dev.claimline.extraction.ClaimType;
import dev.claimline.extraction.Evidence;
import dev.claimline.persistence.topic.Topic;
import dev.claimline.persistence.view.ActorRef;
import dev.claimline.persistence.view.ArticleRef;
import dev.claimline.persistence.view.StoredClaim;
import java.time.LocalDate;
import java.util.List;

/** Claim views for tests of the pure layout code, without a database. */
final class TestViews {
    static final ActorRef GREECE = new ActorRef("GR", "Greece");
    static final ActorRef TURKEY = new ActorRef("TR", "Turkey");
    private static final ArticleRef ARTICLE = new ArticleRef(1, "An article", LocalDate.of(2024, 1, 31), null, "Wire");

    private TestViews() {}

    static StoredClaim allegation(long id, ActorRef by, ActorRef against, String date) {
        return claim(id, ClaimType.ALLEGATION, by, List.of(against), null, date, List.of());
    }

    static StoredClaim denial(long id, ActorRef by, ActorRef answering, String date, Long... respondsTo) {
        return claim(id, ClaimType.DENIAL, by, List.of(by), answering, date, List.of(respondsTo));
    }

    private static StoredClaim claim(
            long id,
            ClaimType type,
            ActorRef claimant,
            List<ActorRef> accused,
            ActorRef accuser,
            String date,
            List<Long> respondsTo) {
        return new StoredClaim(
                id,
                ARTICLE,
                type,
                claimant,
                claimant.name(),
                accused,
                accuser,
                date == null ? null : ClaimDate.parse(date),
                new Evidence("evidence of claim " + id, 0, ("evidence of claim " + id).length()),
                0.9,
                Topic.OTHER,
                List.of(),
                respondsTo,
                List.of());
    }
}
