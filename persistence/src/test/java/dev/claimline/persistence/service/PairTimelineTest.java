package dev.claimline.persistence.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimline.extraction.ClaimType;
import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.TestDatabase;
import dev.claimline.persistence.topic.Topic;
import dev.claimline.persistence.view.PairHistory;
import dev.claimline.persistence.view.PairMonth;
import dev.claimline.persistence.view.StoredClaim;
import dev.claimline.persistence.view.TimelineSlice;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A pair's timeline read a page at a time (forwards and backwards, filtered) and its totals by month, over claims
 * written straight into the tables, so that the dates, days shared by several claims and undated claims are exactly
 * the ones a test needs; the triggers of V3 and V5 keep the pairs and totals.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class PairTimelineTest {
    private static final Comparator<Written> TIMELINE_ORDER = Comparator.comparing(
                    (Written w) -> w.date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(w -> w.id);

    @Inject
    ClaimQueryService claims;

    @Inject
    EntityManager entityManager;

    private long article;

    /** A claim as written, with what the timeline must show of it. */
    record Written(long id, LocalDate date, ClaimType type, String claimant, Topic topic) {}

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(entityManager);
        article = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                        .createNativeQuery("insert into article (title, body, published_at) values"
                                + " ('Generated', 'Generated body', date '2024-06-30') returning id")
                        .getSingleResult())
                .longValue());
    }

    @Test
    void pagesForwardsVisitEveryClaimOnceInDateOrderWithUndatedLast() {
        List<Written> pair = writeGreeceAndTurkey(37);
        writeNoise();
        List<Long> expected =
                pair.stream().sorted(TIMELINE_ORDER).map(Written::id).toList();

        List<Long> seen = new ArrayList<>();
        TimelineSlice slice = claims.timelineAfter("TR", "GR", TimelineFilter.ALL, null, 5);
        assertThat(slice.earlier()).as("nothing before the first page").isNull();
        int pages = 1;
        seen.addAll(ids(slice));
        while (slice.later() != null) {
            TimelineCursor cursor = TimelineCursor.parse(slice.later().token()).orElseThrow();
            slice = claims.timelineAfter("GR", "TR", TimelineFilter.ALL, cursor, 5);
            assertThat(slice.earlier())
                    .as("every later page has claims before it")
                    .isNotNull();
            assertThat(slice.claims()).isNotEmpty();
            seen.addAll(ids(slice));
            pages++;
        }

        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo(8);
        assertThat(claims.timelineAfter("GR", "TR", TimelineFilter.ALL, null, 1000)
                        .claims())
                .extracting(StoredClaim::id)
                .containsExactlyElementsOf(expected);
    }

    @Test
    void pagesBackwardsFromTheEndVisitTheSameClaims() {
        List<Written> pair = writeGreeceAndTurkey(23);
        List<Long> expected =
                pair.stream().sorted(TIMELINE_ORDER).map(Written::id).toList();

        List<List<Long>> pages = new ArrayList<>();
        TimelineSlice slice = claims.timelineBefore("GR", "TR", TimelineFilter.ALL, null, 4);
        assertThat(slice.later()).as("nothing after the last page").isNull();
        pages.add(0, ids(slice));
        while (slice.earlier() != null) {
            slice = claims.timelineBefore("GR", "TR", TimelineFilter.ALL, slice.earlier(), 4);
            assertThat(slice.later()).isNotNull();
            pages.add(0, ids(slice));
        }

        assertThat(pages.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(expected);
        assertThat(pages.get(pages.size() - 1)).hasSize(4);
        assertThat(pages.get(0)).as("the first page holds the rest").hasSize(23 - 5 * 4);

        // Forwards from a page reached backwards, and back again, land on the same claims.
        TimelineSlice middle = claims.timelineAfter("GR", "TR", TimelineFilter.ALL, slice.later(), 4);
        assertThat(ids(middle)).isEqualTo(pages.get(1));
        assertThat(ids(claims.timelineBefore("GR", "TR", TimelineFilter.ALL, middle.earlier(), 4)))
                .isEqualTo(pages.get(0));
    }

    @Test
    void filtersNarrowThePagesAndAPeriodLeavesUndatedClaimsOut() {
        List<Written> pair = writeGreeceAndTurkey(40);
        LocalDate from = LocalDate.of(2024, 2, 10);
        LocalDate to = LocalDate.of(2024, 4, 20);

        TimelineFilter period = TimelineFilter.period(from, to);
        assertThat(walk(period, 3))
                .containsExactlyElementsOf(pair.stream()
                        .filter(w -> w.date != null && !w.date.isBefore(from) && !w.date.isAfter(to))
                        .sorted(TIMELINE_ORDER)
                        .map(Written::id)
                        .toList())
                .isNotEmpty();

        TimelineFilter denials = new TimelineFilter(null, null, ClaimType.DENIAL, Topic.INCURSION);
        assertThat(walk(denials, 2))
                .containsExactlyElementsOf(pair.stream()
                        .filter(w -> w.type == ClaimType.DENIAL && w.topic == Topic.INCURSION)
                        .sorted(TIMELINE_ORDER)
                        .map(Written::id)
                        .toList())
                .isNotEmpty();

        assertThat(claims.timelineAfter("GR", "TR", TimelineFilter.period(from, from), null, 10)
                        .claims())
                .isEmpty();
        assertThat(claims.timelineAfter("GR", "GR", TimelineFilter.ALL, null, 10)
                        .claims())
                .isEmpty();
    }

    @Test
    void historyCountsEachMonthFromTheStoredTotalsAndFollowsChanges() {
        List<Written> pair = writeGreeceAndTurkey(60);
        writeNoise();
        assertHistoryMatches(pair);

        // A claim's topic, date and type change, one claim goes: the totals follow.
        int movedAt = firstIndex(pair, w -> w.date != null);
        int retopicedAt = firstIndex(pair, w -> w.topic == Topic.INCURSION && pair.indexOf(w) != movedAt);
        Written moved = pair.get(movedAt);
        Written retopiced = pair.get(retopicedAt);
        Written deleted = pair.stream()
                .filter(w -> w != moved && w != retopiced)
                .findFirst()
                .orElseThrow();
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager
                    .createNativeQuery("update claim set statement_date = date '2021-01-15' where id = :id")
                    .setParameter("id", moved.id)
                    .executeUpdate();
            entityManager
                    .createNativeQuery("update claim set topic = 'ESPIONAGE' where id = :id")
                    .setParameter("id", retopiced.id)
                    .executeUpdate();
            entityManager
                    .createNativeQuery("delete from claim where id = :id")
                    .setParameter("id", deleted.id)
                    .executeUpdate();
        });
        List<Written> changed = new ArrayList<>(pair);
        changed.set(movedAt, new Written(moved.id, LocalDate.of(2021, 1, 15), moved.type, moved.claimant, moved.topic));
        changed.set(
                retopicedAt,
                new Written(retopiced.id, retopiced.date, retopiced.type, retopiced.claimant, Topic.ESPIONAGE));
        changed.remove(deleted);
        assertHistoryMatches(changed);

        TestDatabase.clear(entityManager);
        assertThat(claims.history("GR", "TR", null, null).isEmpty()).isTrue();
    }

    @Test
    void totalsStayExactWhenTransactionsStoreClaimsOfOnePairAtOnce() throws Exception {
        List<Callable<List<Written>>> writers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long seed = i;
            writers.add(() -> {
                List<Written> written = new ArrayList<>();
                Random random = new Random(seed);
                for (int n = 0; n < 8; n++) {
                    written.add(QuarkusTransaction.requiringNew()
                            .call(() -> write(randomClaim(random, LocalDate.of(2024, 1, 1)))));
                }
                return written;
            });
        }
        @SuppressWarnings("unchecked")
        List<List<Written>> results = Concurrently.run(writers.toArray(Callable[]::new));

        assertHistoryMatches(results.stream().flatMap(List::stream).toList());
    }

    private void assertHistoryMatches(List<Written> pair) {
        for (ClaimType type : new ClaimType[] {null, ClaimType.ALLEGATION, ClaimType.DENIAL}) {
            for (Topic topic : new Topic[] {null, Topic.INCURSION, Topic.ESPIONAGE}) {
                List<Written> counted = pair.stream()
                        .filter(w -> type == null || w.type == type)
                        .filter(w -> topic == null || w.topic == topic)
                        .toList();
                PairHistory expected = history(counted, "GR");
                assertThat(claims.history("GR", "TR", type, topic))
                        .as("type %s, topic %s", type, topic)
                        .isEqualTo(expected);
                PairHistory swapped = claims.history("TR", "GR", type, topic);
                assertThat(swapped.months())
                        .as("from the other side")
                        .isEqualTo(history(counted, "TR").months());
                assertThat(swapped.total()).isEqualTo((long) counted.size());
            }
        }
    }

    /** The history the claims make, counted here, {@code first}'s claims first. */
    private static PairHistory history(List<Written> claims, String first) {
        Map<YearMonth, PairMonth> months = new LinkedHashMap<>();
        PairMonth undated = new PairMonth(null, 0, 0, 0, 0);
        for (Written claim : claims.stream().sorted(TIMELINE_ORDER).toList()) {
            boolean mine = claim.claimant.equals(first);
            boolean allegation = claim.type == ClaimType.ALLEGATION;
            YearMonth month = claim.date == null ? null : YearMonth.from(claim.date);
            PairMonth one = new PairMonth(
                    month,
                    mine && allegation ? 1 : 0,
                    mine && !allegation ? 1 : 0,
                    !mine && allegation ? 1 : 0,
                    !mine && !allegation ? 1 : 0);
            if (month == null) {
                undated = undated.plus(one);
            } else {
                months.merge(month, one, PairMonth::plus);
            }
        }
        return new PairHistory(
                months.values().stream()
                        .sorted(Comparator.comparing(PairMonth::month))
                        .toList(),
                undated);
    }

    private static int firstIndex(List<Written> claims, java.util.function.Predicate<Written> condition) {
        for (int i = 0; i < claims.size(); i++) {
            if (condition.test(claims.get(i))) {
                return i;
            }
        }
        throw new IllegalStateException("no such claim");
    }

    private List<Long> walk(TimelineFilter filter, int limit) {
        List<Long> seen = new ArrayList<>();
        TimelineSlice slice = claims.timelineAfter("GR", "TR", filter, null, limit);
        seen.addAll(ids(slice));
        while (slice.later() != null) {
            slice = claims.timelineAfter("GR", "TR", filter, slice.later(), limit);
            seen.addAll(ids(slice));
        }
        return seen;
    }

    private static List<Long> ids(TimelineSlice slice) {
        return slice.claims().stream().map(StoredClaim::id).toList();
    }

    /**
     * {@code count} claims between Greece and Turkey in both directions, from January to June 2024: several on the same
     * days, some undated, some of each type and topic.
     */
    private List<Written> writeGreeceAndTurkey(int count) {
        Random random = new Random(count);
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Written> written = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                written.add(write(randomClaim(random, LocalDate.of(2024, 1, 1))));
            }
            return written;
        });
    }

    /** Claims of other pairs, which no timeline of Greece and Turkey shows. */
    private void writeNoise() {
        QuarkusTransaction.requiringNew().run(() -> {
            write(new Written(0, LocalDate.of(2024, 2, 1), ClaimType.ALLEGATION, "GR", Topic.INCURSION), "CY");
            write(new Written(0, LocalDate.of(2024, 2, 1), ClaimType.ALLEGATION, "TR", Topic.INCURSION), "CY");
            write(new Written(0, null, ClaimType.DENIAL, "CY", Topic.INCURSION), "TR");
        });
    }

    private static Written randomClaim(Random random, LocalDate start) {
        LocalDate date = random.nextInt(8) == 0 ? null : start.plusDays(random.nextInt(12) * 15L);
        return new Written(
                0,
                date,
                random.nextInt(3) == 0 ? ClaimType.DENIAL : ClaimType.ALLEGATION,
                random.nextBoolean() ? "GR" : "TR",
                random.nextBoolean() ? Topic.INCURSION : Topic.ESPIONAGE);
    }

    private Written write(Written claim) {
        return write(claim, claim.claimant.equals("GR") ? "TR" : "GR");
    }

    /**
     * Writes {@code claim} against {@code other} as the service stores them: an allegation accuses the other side, a
     * denial answers its accuser and defends its claimant.
     */
    private Written write(Written claim, String other) {
        boolean denial = claim.type == ClaimType.DENIAL;
        long id = ((Number) entityManager
                        .createNativeQuery(
                                """
                                insert into claim (article_id, type, claimant_code, claimant_name, claimant_mention,
                                                   accuser_code, accuser_name, statement_date, date_precision,
                                                   evidence_text, evidence_start, evidence_end, confidence, topic,
                                                   accused_key)
                                values (:article, :type, :claimant, :claimant, :claimant, :accuser, :accuser,
                                        cast(:date as date), :precision, 'Generated', 0, 9, 0.9, :topic, :accused)
                                returning id
                                """)
                        .setParameter("article", article)
                        .setParameter("type", claim.type.name())
                        .setParameter("claimant", claim.claimant)
                        .setParameter("accuser", denial ? other : null)
                        .setParameter("date", claim.date == null ? null : claim.date.toString())
                        .setParameter("precision", claim.date == null ? null : "DAY")
                        .setParameter("topic", claim.topic.name())
                        .setParameter("accused", denial ? claim.claimant : other)
                        .getSingleResult())
                .longValue();
        entityManager
                .createNativeQuery(
                        "insert into claim_accused (claim_id, position, code, name) values (:id, 0, :code," + " :code)")
                .setParameter("id", id)
                .setParameter("code", denial ? claim.claimant : other)
                .executeUpdate();
        return new Written(id, claim.date, claim.type, claim.claimant, claim.topic);
    }
}
