package dev.claimline.persistence.repository;

import dev.claimline.extraction.ClaimDate;
import dev.claimline.extraction.ClaimType;
import dev.claimline.persistence.entity.ClaimEntity;
import dev.claimline.persistence.service.ClaimFilter;
import dev.claimline.persistence.topic.Topic;
import dev.claimline.persistence.view.ActorRef;
import dev.claimline.persistence.view.Dyad;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.query.NativeQuery;

@ApplicationScoped
public class ClaimRepository implements PanacheRepository<ClaimEntity> {
    /** Newest statement first, undated claims last, then by the article. */
    private static final String NEWEST_FIRST =
            " order by c.statementDate desc nulls last, c.article.publishedAt desc, c.article.id desc, c.id";

    /** The stored totals of every pair (table {@code dyad}, kept by triggers: migration V3). */
    private static final String DYADS_SQL =
            """
            select d.a_code, d.a_name, d.b_code, d.b_name, d.allegations, d.denials,
                   d.first_date, d.first_precision, d.last_date, d.last_precision
            from dyad d
            order by d.claims desc, d.a_code, d.b_code
            """;

    /** The claims that match {@code filter}, newest statement first and undated claims last. */
    public PanacheQuery<ClaimEntity> matching(ClaimFilter filter) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.country() != null) {
            conditions.add("(c.claimantCode = :country or c.accuserCode = :country"
                    + " or exists (select 1 from c.accused a where a.code = :country))");
            parameters.and("country", filter.country());
        }
        if (filter.type() != null) {
            conditions.add("c.type = :type");
            parameters.and("type", filter.type());
        }
        if (filter.topic() != null) {
            conditions.add("c.topic = :topic");
            parameters.and("topic", filter.topic());
        }
        if (filter.from() != null) {
            conditions.add("c.statementDate >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("c.statementDate <= :to");
            parameters.and("to", filter.to());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return find("from ClaimEntity c" + where + NEWEST_FIRST, parameters);
    }

    /**
     * Every pair of actors that claims connect, with the claims counted: the pairs with most claims first. Read from
     * the totals the database keeps per pair, so that it costs the same with a million claims as with ten.
     */
    public List<Dyad> dyads() {
        @SuppressWarnings("unchecked")
        NativeQuery<Object[]> query =
                getEntityManager().createNativeQuery(DYADS_SQL, Object[].class).unwrap(NativeQuery.class);
        return query.addScalar("a_code", String.class)
                .addScalar("a_name", String.class)
                .addScalar("b_code", String.class)
                .addScalar("b_name", String.class)
                .addScalar("allegations", Long.class)
                .addScalar("denials", Long.class)
                .addScalar("first_date", LocalDate.class)
                .addScalar("first_precision", String.class)
                .addScalar("last_date", LocalDate.class)
                .addScalar("last_precision", String.class)
                .getResultStream()
                .map(row -> new Dyad(
                        new ActorRef((String) row[0], (String) row[1]),
                        new ActorRef((String) row[2], (String) row[3]),
                        (Long) row[4],
                        (Long) row[5],
                        claimDate((LocalDate) row[6], (String) row[7]),
                        claimDate((LocalDate) row[8], (String) row[9])))
                .toList();
    }

    /**
     * The claims with these ids, in the order of the ids; ids of no claim are left out. The ids are bound as one array:
     * a list binds one parameter per id, which Hibernate prepares slowly by the hundred.
     */
    public List<ClaimEntity> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ClaimEntity> byId = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<ClaimEntity> found = getEntityManager()
                .createNativeQuery("select c.* from claim c where c.id = any(:ids)", ClaimEntity.class)
                .setParameter("ids", ids.toArray(Long[]::new))
                .getResultList();
        for (ClaimEntity claim : found) {
            byId.put(claim.id, claim);
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * Stored claims that may be the statement a new report in article {@code articleId} reports: the same claimant,
     * type and accused; the same accuser or none, when {@code accuser} is known; not reported in that article yet; and
     * dated (or, undated, first published) between {@code from} and {@code to}: a range of {@code
     * claim_statement_day_idx}.
     */
    public List<ClaimEntity> statementCandidates(
            String claimant,
            ClaimType type,
            String accusedKey,
            String accuser,
            long articleId,
            LocalDate from,
            LocalDate to) {
        Parameters parameters = Parameters.with("claimant", claimant)
                .and("type", type)
                .and("accused", accusedKey)
                .and("article", articleId)
                .and("from", from)
                .and("to", to);
        String accuserCondition = "";
        if (accuser != null) {
            accuserCondition = " and (c.accuserCode is null or c.accuserCode = :accuser)";
            parameters.and("accuser", accuser);
        }
        return find(
                        "from ClaimEntity c join fetch c.article a where c.claimantCode = :claimant"
                                + " and c.type = :type and c.accusedKey = :accused"
                                + accuserCondition
                                + " and c.datedOn between :from and :to"
                                + " and not exists (select 1 from ClaimMentionEntity m"
                                + " where m.claim = c and m.article.id = :article) order by c.id",
                        parameters)
                .list();
    }

    /**
     * Allegations on {@code topic} that accuse one of {@code accused}, made by someone other than {@code notBy} (and by
     * {@code by} when it is not null), dated (or, undated, first published) between {@code from} and {@code to}.
     */
    public List<ClaimEntity> allegationsAgainst(
            Collection<String> accused, Topic topic, String notBy, String by, LocalDate from, LocalDate to) {
        Parameters parameters = Parameters.with("type", ClaimType.ALLEGATION)
                .and("topic", topic)
                .and("accused", accused)
                .and("notBy", notBy)
                .and("from", from)
                .and("to", to);
        String byCondition = "";
        if (by != null) {
            byCondition = " and c.claimantCode = :by";
            parameters.and("by", by);
        }
        return find(
                        "from ClaimEntity c join fetch c.article ar where c.type = :type and c.topic = :topic"
                                + " and c.claimantCode <> :notBy"
                                + byCondition
                                + " and exists (select 1 from c.accused a where a.code in :accused)"
                                + " and c.datedOn between :from and :to"
                                + " order by c.id",
                        parameters)
                .list();
    }

    /**
     * Denials on {@code topic} that defend one of {@code accused} (as denier or partner), by someone other than {@code
     * accuser}, naming {@code accuser} or no one as theirs, dated (or, undated, first published) between {@code from}
     * and {@code to}.
     */
    public List<ClaimEntity> denialsDefending(
            Collection<String> accused, Topic topic, String accuser, LocalDate from, LocalDate to) {
        return find(
                        "from ClaimEntity c join fetch c.article ar where c.type = :type and c.topic = :topic"
                                + " and c.claimantCode <> :accuser"
                                + " and (c.accuserCode is null or c.accuserCode = :accuser)"
                                + " and (c.claimantCode in :accused"
                                + " or exists (select 1 from c.accused a where a.code in :accused))"
                                + " and c.datedOn between :from and :to"
                                + " order by c.id",
                        Parameters.with("type", ClaimType.DENIAL)
                                .and("topic", topic)
                                .and("accuser", accuser)
                                .and("accused", accused)
                                .and("from", from)
                                .and("to", to))
                .list();
    }

    /** The claimants and accused of the claims that have no topic yet. */
    public Set<String> actorsOfUnclassified() {
        Set<String> codes = new TreeSet<>();
        codes.addAll(getEntityManager()
                .createQuery("select distinct c.claimantCode from ClaimEntity c where c.topic is null", String.class)
                .getResultList());
        codes.addAll(getEntityManager()
                .createQuery(
                        "select distinct a.code from ClaimEntity c join c.accused a where c.topic is null",
                        String.class)
                .getResultList());
        return codes;
    }

    private static ClaimDate claimDate(LocalDate day, String precision) {
        return day == null ? null : new ClaimDate(day, ClaimDate.Precision.valueOf(precision));
    }
}
