package dev.claimline.persistence.service;

import dev.claimline.extraction.ClaimType;
import dev.claimline.persistence.entity.ClaimEntity;
import dev.claimline.persistence.mapping.ClaimViews;
import dev.claimline.persistence.repository.ClaimRepository;
import dev.claimline.persistence.repository.PairRepository;
import dev.claimline.persistence.topic.Topic;
import dev.claimline.persistence.view.Dyad;
import dev.claimline.persistence.view.Page;
import dev.claimline.persistence.view.PairHistory;
import dev.claimline.persistence.view.PairMonth;
import dev.claimline.persistence.view.StoredClaim;
import dev.claimline.persistence.view.TimelineSlice;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Reads stored claims: filtered lists, the pairs of actors they connect, and the timeline of one pair, a page at a time
 * and by month.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ClaimQueryService {
    /** The most claims one read of a timeline returns. */
    public static final int MAX_TIMELINE_LIMIT = 1_000;

    private final ClaimRepository claims;
    private final PairRepository pairs;
    private final ClaimViews views;

    public ClaimQueryService(ClaimRepository claims, PairRepository pairs, ClaimViews views) {
        this.claims = claims;
        this.pairs = pairs;
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
     * Up to {@code limit} claims between two actors, in either direction, that match {@code filter}, after {@code
     * cursor} (from the first when null). A timeline is ordered by statement date, undated claims last, then by claim
     * id (the order claims were stored in).
     */
    public TimelineSlice timelineAfter(
            String first, String second, TimelineFilter filter, TimelineCursor cursor, int limit) {
        checkLimit(limit);
        if (first.equals(second)) {
            return new TimelineSlice(List.of(), null, null);
        }
        String a = min(first, second);
        String b = max(first, second);
        List<PairRepository.Position> found = pairs.after(a, b, filter, cursor, limit + 1);
        List<PairRepository.Position> page = found.subList(0, Math.min(limit, found.size()));
        TimelineCursor later = found.size() > limit ? cursor(page.get(page.size() - 1)) : null;
        TimelineCursor start = page.isEmpty() ? cursor : cursor(page.get(0));
        TimelineCursor earlier =
                start != null && !pairs.before(a, b, filter, start, 1).isEmpty() ? start : null;
        return new TimelineSlice(claims(page), earlier, later);
    }

    /**
     * Up to {@code limit} claims between two actors that match {@code filter}, the last ones before {@code cursor} (the
     * last of all when null), in timeline order.
     */
    public TimelineSlice timelineBefore(
            String first, String second, TimelineFilter filter, TimelineCursor cursor, int limit) {
        checkLimit(limit);
        if (first.equals(second)) {
            return new TimelineSlice(List.of(), null, null);
        }
        String a = min(first, second);
        String b = max(first, second);
        List<PairRepository.Position> found = pairs.before(a, b, filter, cursor, limit + 1);
        List<PairRepository.Position> page = new ArrayList<>(found.subList(0, Math.min(limit, found.size())));
        Collections.reverse(page);
        TimelineCursor earlier = found.size() > limit ? cursor(page.get(0)) : null;
        TimelineCursor end = page.isEmpty() ? cursor : cursor(page.get(page.size() - 1));
        TimelineCursor later = end != null && !pairs.after(a, b, filter, end, 1).isEmpty() ? end : null;
        return new TimelineSlice(claims(page), earlier, later);
    }

    /**
     * How many claims between two actors match {@code filter}, counted one by one: for a short period. Over long ones
     * {@link #history} counts from stored totals.
     */
    public long timelineCount(String first, String second, TimelineFilter filter) {
        return first.equals(second) ? 0 : pairs.count(min(first, second), max(first, second), filter);
    }

    /**
     * The allegations and denials between two actors by month, {@code first}'s and {@code second}'s apart, read from
     * the totals stored per pair and month: of one type when {@code type} is set, of one topic when {@code topic} is.
     */
    public PairHistory history(String first, String second, ClaimType type, Topic topic) {
        if (first.equals(second)) {
            return PairHistory.EMPTY;
        }
        boolean firstIsA = first.compareTo(second) < 0;
        boolean allegations = type == null || type == ClaimType.ALLEGATION;
        boolean denials = type == null || type == ClaimType.DENIAL;
        List<PairMonth> months = new ArrayList<>();
        PairMonth undated = PairHistory.EMPTY.undated();
        for (PairRepository.MonthRow row : pairs.months(min(first, second), max(first, second), topic)) {
            long aAllegations = allegations ? row.aAllegations() : 0;
            long aDenials = denials ? row.aDenials() : 0;
            long bAllegations = allegations ? row.bAllegations() : 0;
            long bDenials = denials ? row.bDenials() : 0;
            PairMonth month = new PairMonth(
                    row.month() == null ? null : YearMonth.from(row.month()),
                    firstIsA ? aAllegations : bAllegations,
                    firstIsA ? aDenials : bDenials,
                    firstIsA ? bAllegations : aAllegations,
                    firstIsA ? bDenials : aDenials);
            if (month.total() == 0) {
                continue;
            }
            if (month.month() == null) {
                undated = month;
            } else {
                months.add(month);
            }
        }
        return new PairHistory(months, undated);
    }

    private List<StoredClaim> claims(List<PairRepository.Position> positions) {
        return views.of(claims.byIds(
                positions.stream().map(PairRepository.Position::claimId).toList()));
    }

    private static TimelineCursor cursor(PairRepository.Position position) {
        return new TimelineCursor(position.date(), position.claimId());
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_TIMELINE_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_TIMELINE_LIMIT + ": " + limit);
        }
    }

    private static String min(String first, String second) {
        return first.compareTo(second) < 0 ? first : second;
    }

    private static String max(String first, String second) {
        return first.compareTo(second) < 0 ? second : first;
    }
}
