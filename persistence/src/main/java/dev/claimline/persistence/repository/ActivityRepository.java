package dev.claimline.persistence.repository;

import dev.claimline.extraction.ClaimDate;
import dev.claimline.persistence.service.ActivityFilter;
import dev.claimline.persistence.service.CountryRole;
import dev.claimline.persistence.view.ActivitySummary;
import dev.claimline.persistence.view.ActorRef;
import dev.claimline.persistence.view.Counterpart;
import dev.claimline.persistence.view.MonthCount;
import dev.claimline.persistence.view.PairActivity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's aggregate reads: who accuses whom how often, by month, and from one country's side. Native SQL over
 * {@code claim}, {@code claim_pair} and {@code claim_mention}, so that PostgreSQL does the counting.
 */
@ApplicationScoped
public class ActivityRepository {
    private static final String PAIRS_SQL =
            """
            select p.a_code, min(p.a_name), p.b_code, min(p.b_name),
                   count(*) filter (where p.type = 'ALLEGATION'),
                   count(*) filter (where p.type = 'DENIAL'),
                   (array_agg(p.statement_date order by p.statement_date, p.date_precision)
                        filter (where p.statement_date is not null))[1],
                   (array_agg(p.date_precision order by p.statement_date, p.date_precision)
                        filter (where p.statement_date is not null))[1],
                   (array_agg(p.statement_date order by p.statement_date desc, p.date_precision)
                        filter (where p.statement_date is not null))[1],
                   (array_agg(p.date_precision order by p.statement_date desc, p.date_precision)
                        filter (where p.statement_date is not null))[1]
            from claim_pair p join claim c on c.id = p.claim_id
            %s
            group by p.a_code, p.b_code
            order by count(*) desc, max(p.statement_date) desc nulls last, p.a_code, p.b_code
            limit :limit
            """;

    /**
     * {@link #PAIRS_SQL} without a filter: all allegations and denials, which are exactly the stored totals of each pair
     * (table {@code dyad}), so the overview does not count a million claims on every view.
     */
    private static final String ALL_PAIRS_SQL =
            """
            select d.a_code, d.a_name, d.b_code, d.b_name, d.allegations, d.denials,
                   d.first_date, d.first_precision, d.last_date, d.last_precision
            from dyad d
            order by d.claims desc, d.last_date desc nulls last, d.a_code, d.b_code
            limit :limit
            """;

    /** The claims matching a filter, counted by pair and month. */
    private static final String PAIR_MONTHS_SQL =
            """
            select p.a_code, p.b_code, cast(date_trunc('month', p.statement_date) as date) as month,
                   count(*) filter (where p.type = 'ALLEGATION'),
                   count(*) filter (where p.type = 'DENIAL')
            from claim_pair p %s
            %s
            group by 1, 2, 3
            order by 1, 2, 3
            """;

    /** {@link #PAIR_MONTHS_SQL} without a filter: the totals the database keeps per pair and month (V5). */
    private static final String ALL_PAIR_MONTHS_SQL =
            """
            select m.a_code, m.b_code, m.month,
                   sum(m.a_allegations + m.b_allegations), sum(m.a_denials + m.b_denials)
            from dyad_month m
            %s
            group by 1, 2, 3
            order by 1, 2, 3
            """;

    private static final String COUNTERPARTS_SQL =
            """
            select case when p.a_code = :actor then p.b_code else p.a_code end as other,
                   min(case when p.a_code = :actor then p.b_name else p.a_name end),
                   count(*) filter (where p.type = 'ALLEGATION' and c.claimant_code = :actor),
                   count(*) filter (where p.type = 'ALLEGATION' and c.claimant_code <> :actor),
                   count(*) filter (where p.type = 'DENIAL' and c.claimant_code = :actor),
                   count(*) filter (where p.type = 'DENIAL' and c.claimant_code <> :actor)
            from claim_pair p join claim c on c.id = p.claim_id
            %s
            group by 1
            order by count(*) desc, 1
            limit :limit
            """;

    private final EntityManager entityManager;
    private final StoredTotalsRepository totals;

    public ActivityRepository(EntityManager entityManager, StoredTotalsRepository totals) {
        this.entityManager = entityManager;
        this.totals = totals;
    }

    /** The pairs with most claims matching {@code filter}, with their claims by month. */
    public List<PairActivity> pairs(ActivityFilter filter, int limit) {
        boolean all = filter.equals(ActivityFilter.ALL);
        Where where = all ? new Where() : claimConditions(filter);
        if (filter.searching()) {
            where.and(pairSearch(filter, where));
        }
        Query query = where.bind(entityManager.createNativeQuery(all ? ALL_PAIRS_SQL : PAIRS_SQL.formatted(where)));
        query.setParameter("limit", limit);
        Map<String, Object[]> rows = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            rows.put(columns[0] + "/" + columns[2], columns);
        }
        Map<String, List<MonthCount>> months = rows.isEmpty() ? Map.of() : months(where, rows.keySet());
        List<PairActivity> pairs = new ArrayList<>(rows.size());
        rows.forEach((key, columns) -> pairs.add(new PairActivity(
                new ActorRef((String) columns[0], (String) columns[1]),
                new ActorRef((String) columns[2], (String) columns[3]),
                count(columns[4]),
                count(columns[5]),
                claimDate(columns[6], columns[7]),
                claimDate(columns[8], columns[9]),
                months.getOrDefault(key, List.of()))));
        return pairs;
    }

    private Map<String, List<MonthCount>> months(Where pairs, Collection<String> keys) {
        // Unfiltered, the stored totals by month answer; otherwise the matching claims are counted.
        boolean all = pairs.isEmpty();
        String alias = all ? "m" : "p";
        Where where = pairs.copy().and(all ? "m.month is not null" : "p.statement_date is not null");
        // One condition per pair, so that each reads its rows from the pairs' index.
        List<String> pairConditions = new ArrayList<>();
        int i = 0;
        for (String key : keys) {
            String[] codes = key.split("/", 2);
            where.parameter("pairA" + i, codes[0]);
            where.parameter("pairB" + i, codes[1]);
            pairConditions.add("(" + alias + ".a_code = :pairA" + i + " and " + alias + ".b_code = :pairB" + i + ")");
            i++;
        }
        where.and("(" + String.join(" or ", pairConditions) + ")");
        Query query = where.bind(entityManager.createNativeQuery(
                all
                        ? ALL_PAIR_MONTHS_SQL.formatted(where)
                        : PAIR_MONTHS_SQL.formatted("join claim c on c.id = p.claim_id", where)));
        Map<String, List<MonthCount>> months = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            months.computeIfAbsent(columns[0] + "/" + columns[1], key -> new ArrayList<>())
                    .add(new MonthCount(YearMonth.from(localDate(columns[2])), count(columns[3]), count(columns[4])));
        }
        return months;
    }

    /** The ids of one page of claims matching {@code filter}, the most recently reported first. */
    public List<Long> latest(ActivityFilter filter, int page, int size) {
        Where where = claimConditions(filter);
        if (filter.searching()) {
            where.and(claimSearch(filter, where));
        }
        // Newest reports first, each the latest of its claim: walks the reports' primary key backwards and stops
        // after one page, instead of ranking every claim by its latest report.
        Query query = where.and(
                        "not exists (select 1 from claim_mention n where n.claim_id = m.claim_id" + " and n.id > m.id)")
                .bind(entityManager.createNativeQuery(
                        "select c.id from claim_mention m join claim c on c.id = m.claim_id " + where
                                + " order by m.id desc limit :size offset :offset"));
        return ids(query.setParameter("size", size).setParameter("offset", (long) page * size));
    }

    /** How many claims match {@code filter}. */
    public long countMatching(ActivityFilter filter) {
        if (filter.from() == null && filter.to() == null && filter.topic() == null && !filter.searching()) {
            // Every claim, or every one of a type: the stored totals, not a pass over the claims.
            return totals.claims(filter.type());
        }
        Where where = claimConditions(filter);
        if (filter.searching()) {
            where.and(claimSearch(filter, where));
        }
        return count(where.bind(entityManager.createNativeQuery("select count(*) from claim c " + where))
                .getSingleResult());
    }

    /** The claims in which {@code actor} plays {@code role}: one page, the newest statement first. */
    public List<Long> inRole(String actor, CountryRole role, ActivityFilter filter, int page, int size) {
        Where where = claimConditions(filter).and(roleCondition(role), "actor", actor);
        Query query = where.bind(entityManager.createNativeQuery(
                "select c.id from claim c join article a on a.id = c.article_id " + where
                        + " order by c.statement_date desc nulls last, a.published_at desc, c.id desc"
                        + " limit :size offset :offset"));
        return ids(query.setParameter("size", size).setParameter("offset", (long) page * size));
    }

    /** How many claims {@code actor} plays each role in. */
    public Map<CountryRole, Long> roleCounts(String actor, ActivityFilter filter) {
        Where where = claimConditions(filter);
        StringBuilder sql = new StringBuilder("select ");
        CountryRole[] roles = CountryRole.values();
        for (int i = 0; i < roles.length; i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append("count(*) filter (where ")
                    .append(roleCondition(roles[i]))
                    .append(")");
        }
        sql.append(" from claim c ").append(where);
        Object[] row = (Object[]) where.bind(entityManager.createNativeQuery(sql.toString()))
                .setParameter("actor", actor)
                .getSingleResult();
        Map<CountryRole, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < roles.length; i++) {
            counts.put(roles[i], count(row[i]));
        }
        return counts;
    }

    /** The actors {@code actor} has most allegations and denials with. */
    public List<Counterpart> counterparts(String actor, ActivityFilter filter, int limit) {
        Where where = claimConditions(filter).and("(p.a_code = :actor or p.b_code = :actor)", "actor", actor);
        Query query = where.bind(entityManager.createNativeQuery(COUNTERPARTS_SQL.formatted(where)))
                .setParameter("limit", limit);
        List<Counterpart> counterparts = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            counterparts.add(new Counterpart(
                    new ActorRef((String) columns[0], (String) columns[1]),
                    count(columns[2]),
                    count(columns[3]),
                    count(columns[4]),
                    count(columns[5])));
        }
        return counterparts;
    }

    public ActivitySummary summary() {
        Object[] row = (Object[]) entityManager
                .createNativeQuery("select coalesce(sum(articles), 0), coalesce(sum(claims), 0),"
                        + " (select min(statement_date) from claim), (select max(statement_date) from claim)"
                        + " from stored_totals")
                .getSingleResult();
        return new ActivitySummary(count(row[0]), count(row[1]), localDate(row[2]), localDate(row[3]));
    }

    private static String roleCondition(CountryRole role) {
        return switch (role) {
            case ALLEGATIONS_MADE -> "(c.type = 'ALLEGATION' and c.claimant_code = :actor)";
            case ALLEGATIONS_RECEIVED -> "(c.type = 'ALLEGATION' and c.claimant_code <> :actor and exists"
                    + " (select 1 from claim_accused x where x.claim_id = c.id and x.code = :actor))";
            case DENIALS_MADE -> "(c.type = 'DENIAL' and c.claimant_code = :actor)";
            case DENIALS_RECEIVED -> "(c.type = 'DENIAL' and c.accuser_code = :actor and c.claimant_code <> :actor)";
        };
    }

    /** Period, type (without one, allegations and denials) and topic, on the claim {@code c}. */
    private static Where claimConditions(ActivityFilter filter) {
        Where where = new Where();
        if (filter.from() != null) {
            where.and("c.statement_date >= :from", "from", filter.from());
        }
        if (filter.to() != null) {
            where.and("c.statement_date <= :to", "to", filter.to());
        }
        if (filter.type() != null) {
            where.and("c.type = :type", "type", filter.type().name());
        } else {
            where.and("c.type <> 'OTHER'");
        }
        if (filter.topic() != null) {
            where.and("c.topic = :topic", "topic", filter.topic().name());
        }
        return where;
    }

    /** A pair matches a search when it includes a found actor, or its claim's text has the words. */
    private static String pairSearch(ActivityFilter filter, Where where) {
        List<String> any = new ArrayList<>();
        if (!filter.actors().isEmpty()) {
            where.parameter("actors", filter.actors());
            any.add("p.a_code in (:actors) or p.b_code in (:actors)");
        }
        if (filter.text() != null) {
            any.add(textCondition(filter, where));
        }
        return "(" + String.join(" or ", any) + ")";
    }

    /** A claim matches a search when a found actor takes part in it, or its text has the words. */
    private static String claimSearch(ActivityFilter filter, Where where) {
        List<String> any = new ArrayList<>();
        if (!filter.actors().isEmpty()) {
            where.parameter("actors", filter.actors());
            any.add("c.claimant_code in (:actors) or c.accuser_code in (:actors)"
                    + " or exists (select 1 from claim_accused x where x.claim_id = c.id and x.code in (:actors))");
        }
        if (filter.text() != null) {
            any.add(textCondition(filter, where));
        }
        return "(" + String.join(" or ", any) + ")";
    }

    private static String textCondition(ActivityFilter filter, Where where) {
        where.parameter("text", "%" + likeEscaped(filter.text()) + "%");
        return "exists (select 1 from claim_mention m where m.claim_id = c.id"
                + " and (m.evidence_text ilike :text escape '\\' or m.claimant_mention ilike :text escape '\\'))";
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(Query query) {
        return ((List<Object>) query.getResultList())
                .stream().map(ActivityRepository::count).toList();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static ClaimDate claimDate(Object day, Object precision) {
        return day == null ? null : new ClaimDate(localDate(day), ClaimDate.Precision.valueOf((String) precision));
    }

    /** The conditions of a {@code where} clause with their parameters. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Where and(String condition) {
            conditions.add(condition);
            return this;
        }

        Where and(String condition, String name, Object value) {
            parameter(name, value);
            return and(condition);
        }

        void parameter(String name, Object value) {
            parameters.put(name, value);
        }

        boolean isEmpty() {
            return conditions.isEmpty();
        }

        Where copy() {
            Where copy = new Where();
            copy.conditions.addAll(conditions);
            copy.parameters.putAll(parameters);
            return copy;
        }

        Query bind(Query query) {
            parameters.forEach(query::setParameter);
            return query;
        }

        @Override
        public String toString() {
            return conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
        }
    }
}
