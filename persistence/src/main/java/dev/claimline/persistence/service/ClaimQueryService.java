package dev.claimline.persistence.service;

import dev.claimline.persistence.entity.ClaimEntity;
import dev.claimline.persistence.mapping.ClaimViews;
import dev.claimline.persistence.repository.ClaimRepository;
import dev.claimline.persistence.view.Dyad;
import dev.claimline.persistence.view.Page;
import dev.claimline.persistence.view.StoredClaim;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Reads stored claims: filtered lists, the pairs of actors they connect, and the timeline of one pair. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ClaimQueryService {
    private final ClaimRepository claims;
    private final ClaimViews views;

    public ClaimQueryService(ClaimRepository claims, ClaimViews views) {
        this.claims = claims;
        this.views = views;
    }

    public Optional<StoredClaim> byId(long id) {
        return claims.findByIdOptional(id).map(views::of);
    }

    /** A page of the claims matching {@code filter}, the newest statement first and undated claims last. */
    public Page<StoredClaim> list(ClaimFilter filter, PageRequest request) {
        PanacheQuery<ClaimEntity> query = claims.matching(filter);
        List<StoredClaim> items =
                views.of(query.page(request.page(), request.size()).list());
        return new Page<>(items, request.page(), request.size(), query.count());
    }

    /**
     * One row per unordered pair of actors that claims connect: an allegation connects its claimant with each accused,
     * a denial its claimant with the accuser when known. The pairs with most claims come first.
     */
    public List<Dyad> dyads() {
        return claims.dyads();
    }

    /**
     * The claims between two actors, in either direction, by statement date; undated claims come last, and claims of
     * the same date follow the order of their articles.
     */
    public List<StoredClaim> timeline(String first, String second) {
        if (first.equals(second)) {
            return List.of();
        }
        return views.of(claims.between(first, second));
    }
}
