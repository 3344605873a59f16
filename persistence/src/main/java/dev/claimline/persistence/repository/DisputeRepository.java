package dev.claimline.persistence.repository;

import dev.claimline.persistence.service.DisputeFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds disputes: each allegation with the denials linked to it and the counter-allegations (view {@code
 * claim_counter}) made with those denials.
 */
@ApplicationScoped
public class DisputeRepository {
    private static final String PARTY =
            """
            (a.claimant_code = :%1$s
             or exists (select 1 from claim_accused x where x.claim_id = a.id and x.code = :%1$s)
             or exists (select 1 from claim_link l join claim d on d.id = l.denial_id
                        where l.allegation_id = a.id and d.claimant_code = :%1$s))
            """;

    /**
     * Disputes: their members, whether answered, and the span of their dated claims. An unanswered allegation that is
     * the counter-allegation of another dispute is part of that dispute, not one of its own.
     */
    private static final String DISPUTES_SQL =
            """
            with candidate as (
                select a.id from claim a where a.type = 'ALLEGATION' %s
            ),
            member as (
                select k.id as dispute_id, k.id as claim_id from candidate k
                union
                select l.allegation_id, l.denial_id from claim_link l join candidate k on k.id = l.allegation_id
                union
                select x.allegation_id, x.counter_id from claim_counter x join candidate k on k.id = x.allegation_id
            ),
            dispute as (
                select m.dispute_id,
                       bool_or(c.type = 'DENIAL') as answered,
                       min(c.statement_date) as first_day,
                       max(c.statement_date) as last_day
                from member m join claim c on c.id = m.claim_id
                group by m.dispute_id
            )
            select d.dispute_id from dispute d
            where (d.answered or not exists (select 1 from claim_counter x where x.counter_id = d.dispute_id)) %s
            order by d.last_day desc nulls last, d.dispute_id desc
            limit :limit offset :offset
            """;

    private final EntityManager entityManager;

    public DisputeRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The ids of one page of disputes matching {@code filter}, the most recently active first. */
    public List<Long> ids(DisputeFilter filter, int page, int size) {
        List<String> allegation = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.topic() != null) {
            allegation.add("a.topic = :topic");
            parameters.put("topic", filter.topic().name());
        }
        if (filter.party() != null) {
            allegation.add(PARTY.formatted("party"));
            parameters.put("party", filter.party());
        }
        if (filter.otherParty() != null) {
            allegation.add(PARTY.formatted("otherParty"));
            parameters.put("otherParty", filter.otherParty());
        }
        List<String> activity = new ArrayList<>();
        if (filter.from() != null) {
            activity.add("d.last_day >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            activity.add("d.first_day <= :to");
            parameters.put("to", filter.to());
        }
        String sql = DISPUTES_SQL.formatted(and(allegation), and(activity));
        Query query = entityManager
                .createNativeQuery(sql)
                .setParameter("limit", size)
                .setParameter("offset", (long) page * size);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Number> ids = query.getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** For each of the allegations, the ids of its counter-allegations, in id order. */
    public Map<Long, Set<Long>> counters(Collection<Long> allegationIds) {
        Map<Long, Set<Long>> counters = new LinkedHashMap<>();
        if (allegationIds.isEmpty()) {
            return counters;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("select distinct allegation_id, counter_id from claim_counter"
                        + " where allegation_id in (:ids) order by allegation_id, counter_id")
                .setParameter("ids", allegationIds)
                .getResultList();
        for (Object[] row : rows) {
            counters.computeIfAbsent(((Number) row[0]).longValue(), id -> new LinkedHashSet<>())
                    .add(((Number) row[1]).longValue());
        }
        return counters;
    }

    private static String and(List<String> conditions) {
        return conditions.stream().map(c -> " and " + c).reduce("", String::concat);
    }
}
