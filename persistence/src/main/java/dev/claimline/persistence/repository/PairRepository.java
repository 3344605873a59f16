package dev.claimline.persistence.repository;

import dev.claimline.persistence.service.TimelineCursor;
import dev.claimline.persistence.service.TimelineFilter;
import dev.claimline.persistence.topic.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one pair's claims a page at a time, and its totals by month, from the tables migrations V3 and V5 keep:
 * {@code claim_pair} (each claim's pairs, indexed by pair, statement date and claim) and {@code dyad_month}. Every read
 * is a range of an index, so a page of a pair with 30,000 claims costs what a page of a pair with ten does.
 */
@ApplicationScoped
public class PairRepository {
    private final EntityManager entityManager;

    public PairRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A claim's place in a pair's timeline. */
    public record Position(long claimId, LocalDate date) {}

    /**
     * Up to {@code limit} claims of the pair of {@code a} and {@code b} ({@code a < b}) that match {@code filter}, in
     * timeline order, after {@code cursor} (from the start when null).
     */
    public List<Position> after(String a, String b, TimelineFilter filter, TimelineCursor cursor, int limit) {
        List<Position> positions = new ArrayList<>(limit);
        if ((cursor == null || !cursor.undated()) && !filter.undatedOnly()) {
            Where where = pair(a, b, filter);
            if (cursor == null) {
                where.and("p.statement_date is not null");
            } else {
                where.and("(p.statement_date, p.claim_id) > (:cursorDate, :cursorId)")
                        .parameter("cursorDate", cursor.date())
                        .parameter("cursorId", cursor.id());
            }
            positions.addAll(read(where, "p.statement_date, p.claim_id", limit));
        }
        if (positions.size() < limit && !filter.dated()) {
            Where where = pair(a, b, filter).and("p.statement_date is null");
            if (cursor != null && cursor.undated()) {
                where.and("p.claim_id > :cursorId").parameter("cursorId", cursor.id());
            }
            positions.addAll(read(where, "p.claim_id", limit - positions.size()));
        }
        return positions;
    }

    /**
     * Up to {@code limit} claims of the pair that match {@code filter} before {@code cursor} (from the end when null),
     * the nearest first: in reverse timeline order.
     */
    public List<Position> before(String a, String b, TimelineFilter filter, TimelineCursor cursor, int limit) {
        List<Position> positions = new ArrayList<>(limit);
        if ((cursor == null || cursor.undated()) && !filter.dated()) {
            Where where = pair(a, b, filter).and("p.statement_date is null");
            if (cursor != null) {
                where.and("p.claim_id < :cursorId").parameter("cursorId", cursor.id());
            }
            positions.addAll(read(where, "p.claim_id desc", limit));
        }
        if (positions.size() < limit && !filter.undatedOnly()) {
            Where where = pair(a, b, filter);
            if (cursor == null || cursor.undated()) {
                where.and("p.statement_date is not null");
            } else {
                where.and("(p.statement_date, p.claim_id) < (:cursorDate, :cursorId)")
                        .parameter("cursorDate", cursor.date())
                        .parameter("cursorId", cursor.id());
            }
            positions.addAll(read(where, "p.statement_date desc, p.claim_id desc", limit - positions.size()));
        }
        return positions;
    }

    /** How many claims of the pair match {@code filter}: for short periods, since it counts them one by one. */
    public long count(String a, String b, TimelineFilter filter) {
        Where where = pair(a, b, filter);
        if (filter.undatedOnly()) {
            where.and("p.statement_date is null");
        }
        Query query = entityManager.createNativeQuery("select count(*) from claim_pair p" + where.conditions("where"));
        return count(where.bind(query).getSingleResult());
    }

    /**
     * The stored totals of the pair by month (a null month for its undated claims) and topic: rows of {@code month},
     * {@code topic}, then the allegations and denials {@code a} made and those {@code b} made.
     */
    public List<MonthRow> months(String a, String b, Topic topic) {
        Where where = new Where();
        if (topic != null) {
            where.and("m.topic = :topic").parameter("topic", topic.name());
        }
        Query query = entityManager.createNativeQuery(
                "select m.month, sum(m.a_allegations), sum(m.a_denials), sum(m.b_allegations), sum(m.b_denials)"
                        + " from dyad_month m where m.a_code = :a and m.b_code = :b"
                        + where.conditions("and")
                        + " group by m.month order by m.month nulls last");
        where.bind(query).setParameter("a", a).setParameter("b", b);
        List<MonthRow> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            rows.add(new MonthRow(
                    localDate(columns[0]), count(columns[1]), count(columns[2]), count(columns[3]), count(columns[4])));
        }
        return rows;
    }

    /** One row of {@link #months}: a month (null for undated claims) with what each side of the pair said. */
    public record MonthRow(LocalDate month, long aAllegations, long aDenials, long bAllegations, long bDenials) {}

    private static Where pair(String a, String b, TimelineFilter filter) {
        Where where = new Where();
        where.and("p.a_code = :a").parameter("a", a);
        where.and("p.b_code = :b").parameter("b", b);
        if (filter.type() != null) {
            where.and("p.type = :type").parameter("type", filter.type().name());
        }
        if (filter.topic() != null) {
            where.and("p.topic = :topic").parameter("topic", filter.topic().name());
        }
        if (filter.from() != null) {
            where.and("p.statement_date >= :from").parameter("from", filter.from());
        }
        if (filter.to() != null) {
            where.and("p.statement_date <= :to").parameter("to", filter.to());
        }
        return where;
    }

    private List<Position> read(Where where, String order, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Query query = entityManager.createNativeQuery("select p.claim_id, p.statement_date from claim_pair p"
                + where.conditions("where") + " order by " + order + " limit :limit");
        where.bind(query).setParameter("limit", limit);
        List<Position> positions = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            positions.add(new Position(count(columns[0]), localDate(columns[1])));
        }
        return positions;
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

    /** Conditions joined by {@code and}, with their parameters. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Where and(String condition) {
            conditions.add(condition);
            return this;
        }

        Where parameter(String name, Object value) {
            parameters.put(name, value);
            return this;
        }

        /** {@code " where x and y"} (or {@code " and x and y"} after other conditions), or empty. */
        String conditions(String keyword) {
            return conditions.isEmpty() ? "" : " " + keyword + " " + String.join(" and ", conditions);
        }

        Query bind(Query query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
