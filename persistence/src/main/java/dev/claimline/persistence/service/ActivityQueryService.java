package dev.claimline.persistence.service;

import dev.claimline.persistence.mapping.ClaimViews;
import dev.claimline.persistence.repository.ActivityRepository;
import dev.claimline.persistence.repository.ClaimRepository;
import dev.claimline.persistence.view.ActivitySummary;
import dev.claimline.persistence.view.CountryActivity;
import dev.claimline.persistence.view.Page;
import dev.claimline.persistence.view.PairActivity;
import dev.claimline.persistence.view.StoredClaim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard's overviews show: the most active pairs with their claims by month, the latest claims, and one
 * country's allegations and denials with its counterparts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActivityQueryService {
    private final ActivityRepository activity;
    private final ClaimRepository claims;
    private final ClaimViews views;

    public ActivityQueryService(ActivityRepository activity, ClaimRepository claims, ClaimViews views) {
        this.activity = activity;
        this.claims = claims;
        this.views = views;
    }

    /** The {@code limit} pairs with most allegations and denials matching {@code filter}, most first. */
    public List<PairActivity> activePairs(ActivityFilter filter, int limit) {
        return activity.pairs(filter, limit);
    }

    /** The claims matching {@code filter}, the most recently reported first: a new report brings a claim to the top. */
    public Page<StoredClaim> latest(ActivityFilter filter, PageRequest request) {
        List<Long> ids = activity.latest(filter, request.page(), request.size());
        return new Page<>(byIds(ids), request.page(), request.size(), activity.countMatching(filter));
    }

    /** How many claims {@code actor} plays each part in, and the actors it has most claims with. */
    public CountryActivity country(String actor, ActivityFilter filter, int counterparts) {
        Map<CountryRole, Long> counts = activity.roleCounts(actor, filter);
        return new CountryActivity(
                counts.get(CountryRole.ALLEGATIONS_MADE),
                counts.get(CountryRole.ALLEGATIONS_RECEIVED),
                counts.get(CountryRole.DENIALS_MADE),
                counts.get(CountryRole.DENIALS_RECEIVED),
                activity.counterparts(actor, filter, counterparts));
    }

    /** The claims in which {@code actor} plays {@code role}, the newest statement first. */
    public Page<StoredClaim> inRole(String actor, CountryRole role, ActivityFilter filter, PageRequest request) {
        List<Long> ids = activity.inRole(actor, role, filter, request.page(), request.size());
        long total = activity.roleCounts(actor, filter).get(role);
        return new Page<>(byIds(ids), request.page(), request.size(), total);
    }

    public ActivitySummary summary() {
        return activity.summary();
    }

    /** The claims with these ids, in the order given. */
    private List<StoredClaim> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return views.of(claims.list("id in ?1", ids)).stream()
                .sorted(Comparator.comparingInt(claim -> ids.indexOf(claim.id())))
                .toList();
    }
}
