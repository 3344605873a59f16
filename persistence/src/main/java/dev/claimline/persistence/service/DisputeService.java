package dev.claimline.persistence.service;

import dev.claimline.extraction.ClaimDate;
import dev.claimline.extraction.ClaimType;
import dev.claimline.persistence.entity.ClaimEntity;
import dev.claimline.persistence.mapping.ClaimViews;
import dev.claimline.persistence.repository.ClaimRepository;
import dev.claimline.persistence.repository.DisputeRepository;
import dev.claimline.persistence.view.ActorRef;
import dev.claimline.persistence.view.Dispute;
import dev.claimline.persistence.view.StoredClaim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads disputes: an allegation with the denials that answer it and the counter-allegations made with them. A dispute
 * has the id of its allegation.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DisputeService {
    /** Undated claims after dated ones, then by id. */
    private static final Comparator<StoredClaim> BY_DATE = Comparator.comparing(
                    StoredClaim::date, Comparator.nullsLast(Comparator.<ClaimDate>naturalOrder()))
            .thenComparingLong(StoredClaim::id);

    private final DisputeRepository disputes;
    private final ClaimRepository claims;
    private final ClaimViews views;

    public DisputeService(DisputeRepository disputes, ClaimRepository claims, ClaimViews views) {
        this.disputes = disputes;
        this.claims = claims;
        this.views = views;
    }

    /** One page of the disputes matching {@code filter}, the most recently active first. */
    public List<Dispute> list(DisputeFilter filter, PageRequest request) {
        return assemble(disputes.ids(filter, request.page(), request.size()));
    }

    /** The dispute opened by the allegation {@code id}, or empty when {@code id} is no allegation. */
    public Optional<Dispute> byId(long id) {
        return claims.findByIdOptional(id)
                .filter(claim -> claim.type == ClaimType.ALLEGATION)
                .map(claim -> assemble(List.of(id)).get(0));
    }

    private List<Dispute> assemble(List<Long> allegationIds) {
        if (allegationIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Long>> counters = disputes.counters(allegationIds);
        Set<Long> ids = new LinkedHashSet<>(allegationIds);
        counters.values().forEach(ids::addAll);
        List<StoredClaim> allegations = views.of(claims.list("id in ?1", List.copyOf(ids)));
        Map<Long, StoredClaim> byId =
                allegations.stream().collect(Collectors.toMap(StoredClaim::id, Function.identity()));
        Set<Long> denialIds = new LinkedHashSet<>();
        allegationIds.forEach(id -> denialIds.addAll(byId.get(id).answeredBy()));
        List<ClaimEntity> denialEntities =
                denialIds.isEmpty() ? List.of() : claims.list("id in ?1", List.copyOf(denialIds));
        Map<Long, StoredClaim> denials = new HashMap<>();
        views.of(denialEntities).forEach(denial -> denials.put(denial.id(), denial));

        List<Dispute> result = new ArrayList<>();
        for (long id : allegationIds) {
            StoredClaim allegation = byId.get(id);
            List<StoredClaim> others = new ArrayList<>();
            allegation.answeredBy().forEach(denial -> others.add(denials.get(denial)));
            counters.getOrDefault(id, Set.of()).forEach(counter -> others.add(byId.get(counter)));
            others.sort(BY_DATE);
            List<StoredClaim> members = new ArrayList<>();
            members.add(allegation);
            members.addAll(others);
            result.add(dispute(allegation, members));
        }
        return result;
    }

    private static Dispute dispute(StoredClaim allegation, List<StoredClaim> members) {
        Set<String> parties = new LinkedHashSet<>();
        parties.add(allegation.claimant().code());
        allegation.accused().stream().map(ActorRef::code).forEach(parties::add);
        members.stream()
                .filter(claim -> claim.type() == ClaimType.DENIAL)
                .map(claim -> claim.claimant().code())
                .forEach(parties::add);
        ClaimDate last = members.stream()
                .map(StoredClaim::date)
                .filter(date -> date != null)
                .max(Comparator.naturalOrder())
                .orElse(null);
        return new Dispute(
                allegation.id(),
                List.copyOf(parties),
                allegation.topic(),
                allegation.date(),
                last,
                allegation.answeredBy().isEmpty() ? Dispute.Status.UNANSWERED : Dispute.Status.ANSWERED,
                members);
    }
}
