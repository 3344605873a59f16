package dev.claimline.dashboard.page;

import dev.claimline.dashboard.chart.TimelineChart;
import dev.claimline.extraction.Actor;
import dev.claimline.extraction.Gazetteer;
import dev.claimline.persistence.service.ClaimQueryService;
import dev.claimline.persistence.service.TimelineCursor;
import dev.claimline.persistence.service.TimelineFilter;
import dev.claimline.persistence.view.ActorRef;
import dev.claimline.persistence.view.PairHistory;
import dev.claimline.persistence.view.PairMonth;
import dev.claimline.persistence.view.StoredClaim;
import dev.claimline.persistence.view.TimelineSlice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The page of a pair of actors: their timeline drawn as SVG, then their claims in date order, grouped by month, a page
 * at a time. Period, type and topic narrow both; the address works in either order ({@code /dyads/GR/TR} or {@code
 * /dyads/TR/GR}) and puts the first actor's claims above the axis.
 *
 * <p>A pair with up to {@value PairPeriods#CLAIMS} claims (of the type and topic chosen) is shown whole. A larger one
 * opens on its latest period ({@link PairPeriods}), under a chart of its whole history drawn from the totals the
 * database keeps by month, with links to the periods before and after, to every period ({@code period=all}) and to
 * the undated claims ({@code period=undated}). So every read is bounded: a page of a pair with 30,000 claims reads what
 * a page of a pair with 500 does.
 */
@Path("/dyads/{a}/{b}")
@Produces(MediaType.TEXT_HTML)
public class PairResource {
    /** Claims listed per page. */
    static final int PAGE_SIZE = 100;

    private static final String ALL = "all";
    private static final String UNDATED = "undated";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pair(PairPage page);
    }

    /**
     * Everything the pair page shows.
     *
     * @param total every claim between the two, whatever the filter
     * @param shown how many claims the period, type and topic leave: the claims the chart and the list show
     * @param history the whole history by month, when the page shows only part of it; otherwise null
     * @param chart the claims shown, or null when there are none
     * @param periods links to other periods, or null when the page shows the whole of a small pair
     * @param months the claims of this page of the list, by month; undated ones last
     */
    public record PairPage(
            ActorRef first,
            ActorRef second,
            PageFilter filter,
            String path,
            String swappedHref,
            long total,
            long shown,
            TimelineChart history,
            TimelineChart chart,
            Periods periods,
            List<MonthGroup> months,
            String previousHref,
            String nextHref) {}

    /**
     * Where the page is in the pair's history, and links to the rest of it.
     *
     * @param label what is shown, in words: "the claims from March 2025 to May 2025", "every claim", "the undated
     *     claims"
     * @param earlierHref the period before this one, or null
     * @param laterHref the period after this one, or null
     * @param latestHref the period the page opens on, when another is shown; otherwise null
     * @param allHref every claim, when only part is shown; otherwise null
     * @param undatedHref the undated claims, when there are any and others are shown; otherwise null
     */
    public record Periods(
            String label,
            String earlierHref,
            String earlierLabel,
            String laterHref,
            String laterLabel,
            String latestHref,
            String allHref,
            String undatedHref,
            long undated) {}

    /** The claims of one month (or the undated ones) in the list. */
    public record MonthGroup(String id, String label, List<ClaimItem> claims) {}

    /** What the page shows: every claim, the undated ones, or a period. */
    private enum Scope {
        ALL,
        UNDATED,
        PERIOD
    }

    private final ClaimQueryService claims;
    private final Gazetteer gazetteer;

    public PairResource(ClaimQueryService claims, Gazetteer gazetteer) {
        this.claims = claims;
        this.gazetteer = gazetteer;
    }

    @GET
    public TemplateInstance pair(
            @PathParam("a") String a,
            @PathParam("b") String b,
            @RestQuery String from,
            @RestQuery String to,
            @RestQuery String type,
            @RestQuery String topic,
            @RestQuery String period,
            @RestQuery String after,
            @RestQuery String before) {
        Actor firstActor = actor(a);
        Actor secondActor = actor(b);
        if (firstActor.code().equals(secondActor.code())) {
            throw new PageNotFoundException("A country pair needs two different countries.");
        }
        ActorRef first = new ActorRef(firstActor.code(), firstActor.name());
        ActorRef second = new ActorRef(secondActor.code(), secondActor.name());
        PageFilter filter = PageFilter.read(from, to, type, topic);
        String path = Links.pair(first.code(), second.code());

        PairHistory everything = claims.history(first.code(), second.code(), null, null);
        PairHistory history = filter.claimType() == null && filter.topicValue() == null
                ? everything
                : claims.history(first.code(), second.code(), filter.claimType(), filter.topicValue());
        boolean large = history.total() > PairPeriods.CLAIMS;

        // What the page shows: the period asked for, or every claim (or the undated ones) when asked, or else every
        // claim of a small pair and the latest period of a large one.
        String scopeParameter = period == null ? "" : period.strip();
        Scope scope;
        PairPeriods.Period months = null;
        boolean latest = false;
        LocalDate fromDay = filter.fromDay();
        LocalDate toDay = filter.toDay();
        if (fromDay != null || toDay != null) {
            scope = Scope.PERIOD;
            months = chosenMonths(history, fromDay, toDay);
        } else if (scopeParameter.equals(UNDATED)) {
            scope = Scope.UNDATED;
        } else if (scopeParameter.equals(ALL) || !large) {
            scope = Scope.ALL;
        } else {
            months = PairPeriods.latest(history);
            scope = months == null ? Scope.UNDATED : Scope.PERIOD;
            latest = months != null;
            if (latest) {
                fromDay = months.first().atDay(1);
                toDay = months.last().atEndOfMonth();
            }
        }
        TimelineFilter timelineFilter =
                switch (scope) {
                    case ALL -> new TimelineFilter(null, null, filter.claimType(), filter.topicValue());
                    case UNDATED -> TimelineFilter.undated(filter.claimType(), filter.topicValue());
                    case PERIOD -> new TimelineFilter(fromDay, toDay, filter.claimType(), filter.topicValue());
                };
        long shown =
                switch (scope) {
                    case ALL -> history.total();
                    case UNDATED -> history.undated().total();
                    case PERIOD -> count(first, second, history, timelineFilter);
                };

        // The links of the page keep what it shows; those of the list also where the list is.
        Links.Query kind = Links.query().with("type", filter.type()).with("topic", filter.topic());
        Links.Query view =
                switch (scope) {
                    case ALL -> large ? kind.with("period", ALL) : kind;
                    case UNDATED -> kind.with("period", UNDATED);
                    case PERIOD -> latest ? kind : filter.query();
                };

        // Up to 500 claims are drawn one by one, and the list's page is taken from them; more are drawn from the totals
        // by month and the list reads its page alone.
        List<StoredClaim> drawn = null;
        boolean complete = false;
        if (shown > 0 && shown <= PairPeriods.CLAIMS) {
            List<StoredClaim> read = claims.timelineAfter(
                            first.code(), second.code(), timelineFilter, null, PairPeriods.CLAIMS + 1)
                    .claims();
            // More than counted when claims arrived in between: the chart draws the first 500, the list reads alone.
            complete = read.size() <= PairPeriods.CLAIMS;
            drawn = complete ? read : read.subList(0, PairPeriods.CLAIMS);
        }
        TimelineCursor start =
                after == null ? null : TimelineCursor.parse(after.strip()).orElse(null);
        TimelineCursor end =
                before == null ? null : TimelineCursor.parse(before.strip()).orElse(null);
        TimelineSlice slice = complete ? slice(drawn, start, end) : list(first, second, timelineFilter, start, end);
        Set<Long> onPage = new HashSet<>();
        slice.claims().forEach(c -> onPage.add(c.id()));
        boolean undatedOnPage = slice.claims().stream().anyMatch(c -> c.date() == null);
        TimelineChart.Hrefs hrefs = new TimelineChart.Hrefs() {
            @Override
            public String claim(StoredClaim claim) {
                return onPage.contains(claim.id()) ? "#claim-" + claim.id() : Links.claim(claim.id());
            }

            @Override
            public String period(YearMonth start, YearMonth end) {
                return PageFilter.read(start.toString(), end.toString(), filter.type(), filter.topic())
                                .query()
                                .on(path)
                        + "#timeline";
            }

            @Override
            public String undated() {
                return undatedOnPage ? "#undated" : kind.with("period", UNDATED).on(path) + "#claims";
            }
        };

        Map<Long, StoredClaim> known = new HashMap<>();
        TimelineChart chart = null;
        if (drawn != null) {
            drawn.forEach(c -> known.put(c.id(), c));
            chart = TimelineChart.layout(first, second, drawn, hrefs);
        } else if (shown > 0 && scope != Scope.UNDATED) {
            chart = TimelineChart.totals(
                    "tl",
                    "Timeline of " + first.name() + " and " + second.name(),
                    first,
                    second,
                    scope == Scope.ALL ? history.months() : within(history, months),
                    scope == Scope.ALL ? history.undated() : null,
                    null,
                    null,
                    hrefs);
        }
        TimelineChart whole = null;
        if (large && scope != Scope.ALL) {
            whole = TimelineChart.totals(
                    "hist",
                    "Every claim between " + first.name() + " and " + second.name() + ", by period",
                    first,
                    second,
                    history.months(),
                    history.undated(),
                    months == null ? null : months.first(),
                    months == null ? null : months.last(),
                    hrefs);
        }
        slice.claims().forEach(c -> known.put(c.id(), c));

        Periods periods = null;
        if (large || scope != Scope.ALL) {
            periods = periods(
                    path,
                    kind,
                    history,
                    scope,
                    months,
                    latest,
                    filter,
                    large,
                    history.undated().total(),
                    shown);
        }
        return Templates.pair(new PairPage(
                first,
                second,
                filter,
                path,
                view.on(Links.pair(second.code(), first.code())),
                everything.total(),
                shown,
                whole,
                chart,
                periods,
                months(ClaimItem.of(slice.claims(), known, onPage, 0)),
                slice.earlier() == null
                        ? null
                        : view.with("before", slice.earlier().token()).on(path) + "#claims",
                slice.later() == null
                        ? null
                        : view.with("after", slice.later().token()).on(path) + "#claims"));
    }

    /**
     * Where the page of a pair shows {@code claim}: the period of its month (or the undated claims) when the pair is
     * too large to show whole, and the list starting with it when the claim may not be on the list's first page.
     */
    static Links.Query locate(StoredClaim claim, PairHistory history) {
        Links.Query query = Links.query();
        if (history.total() > PairPeriods.CLAIMS) {
            query = claim.date() == null
                    ? query.with("period", UNDATED)
                    : query.with("from", YearMonth.from(claim.date().day()).toString())
                            .with("to", YearMonth.from(claim.date().day()).toString());
        }
        if (history.total() > PAGE_SIZE) {
            query = query.with("after", TimelineCursor.justBefore(claim).token());
        }
        return query;
    }

    private TimelineSlice list(
            ActorRef first, ActorRef second, TimelineFilter filter, TimelineCursor start, TimelineCursor end) {
        return end != null
                ? claims.timelineBefore(first.code(), second.code(), filter, end, PAGE_SIZE)
                : claims.timelineAfter(first.code(), second.code(), filter, start, PAGE_SIZE);
    }

    /**
     * The page of the list that {@link #list} would read, taken from {@code all}: every claim the page shows, in
     * timeline order.
     */
    static TimelineSlice slice(List<StoredClaim> all, TimelineCursor start, TimelineCursor end) {
        int from;
        int to;
        if (end != null) {
            to = 0;
            while (to < all.size() && before(TimelineCursor.at(all.get(to)), end)) {
                to++;
            }
            from = Math.max(0, to - PAGE_SIZE);
        } else {
            from = 0;
            while (start != null && from < all.size() && !before(start, TimelineCursor.at(all.get(from)))) {
                from++;
            }
            to = Math.min(all.size(), from + PAGE_SIZE);
        }
        List<StoredClaim> page = all.subList(from, to);
        TimelineCursor cursor = end != null ? end : start;
        TimelineCursor earlier = from > 0 ? (page.isEmpty() ? cursor : TimelineCursor.at(page.get(0))) : null;
        TimelineCursor later =
                to < all.size() ? (page.isEmpty() ? cursor : TimelineCursor.at(page.get(page.size() - 1))) : null;
        return new TimelineSlice(page, earlier, later);
    }

    /** Whether place {@code a} comes before place {@code b} in a timeline: by date, undated last, then by id. */
    private static boolean before(TimelineCursor a, TimelineCursor b) {
        if (a.undated() != b.undated()) {
            return b.undated();
        }
        int byDate = a.undated() ? 0 : a.date().compareTo(b.date());
        return byDate != 0 ? byDate < 0 : a.id() < b.id();
    }

    /** How many claims a period holds: whole months from the totals, the days of a partial month counted. */
    private long count(ActorRef first, ActorRef second, PairHistory history, TimelineFilter filter) {
        LocalDate start = filter.from();
        LocalDate end = filter.to();
        if (start != null && end != null && YearMonth.from(start).equals(YearMonth.from(end))) {
            return wholeMonth(start, end)
                    ? history.between(YearMonth.from(start), YearMonth.from(start))
                    : claims.timelineCount(first.code(), second.code(), filter);
        }
        long total = 0;
        YearMonth firstWhole = null;
        YearMonth lastWhole = null;
        if (start != null) {
            YearMonth month = YearMonth.from(start);
            if (start.getDayOfMonth() == 1) {
                firstWhole = month;
            } else {
                firstWhole = month.plusMonths(1);
                total += claims.timelineCount(
                        first.code(), second.code(), narrowed(filter, start, month.atEndOfMonth()));
            }
        }
        if (end != null) {
            YearMonth month = YearMonth.from(end);
            if (end.equals(month.atEndOfMonth())) {
                lastWhole = month;
            } else {
                lastWhole = month.minusMonths(1);
                total += claims.timelineCount(first.code(), second.code(), narrowed(filter, month.atDay(1), end));
            }
        }
        for (PairMonth month : history.months()) {
            if ((firstWhole == null || !month.month().isBefore(firstWhole))
                    && (lastWhole == null || !month.month().isAfter(lastWhole))) {
                total += month.total();
            }
        }
        return total;
    }

    private static boolean wholeMonth(LocalDate start, LocalDate end) {
        return start.getDayOfMonth() == 1 && end.equals(YearMonth.from(end).atEndOfMonth());
    }

    private static TimelineFilter narrowed(TimelineFilter filter, LocalDate from, LocalDate to) {
        return new TimelineFilter(from, to, filter.type(), filter.topic());
    }

    /** The months a chosen period touches; an open end stops at the pair's first or last month with claims. */
    private static PairPeriods.Period chosenMonths(PairHistory history, LocalDate from, LocalDate to) {
        List<PairMonth> months = history.months();
        YearMonth first = from != null
                ? YearMonth.from(from)
                : months.isEmpty() ? YearMonth.from(to) : min(months.get(0).month(), YearMonth.from(to));
        YearMonth last = to != null
                ? YearMonth.from(to)
                : months.isEmpty() ? first : max(months.get(months.size() - 1).month(), first);
        return new PairPeriods.Period(first, last);
    }

    private static List<PairMonth> within(PairHistory history, PairPeriods.Period period) {
        return history.months().stream()
                .filter(m -> !m.month().isBefore(period.first()) && !m.month().isAfter(period.last()))
                .toList();
    }

    private static Periods periods(
            String path,
            Links.Query kind,
            PairHistory history,
            Scope scope,
            PairPeriods.Period months,
            boolean latest,
            PageFilter filter,
            boolean large,
            long undated,
            long shown) {
        String label =
                switch (scope) {
                    case ALL -> "every claim";
                    case UNDATED -> "the undated claims";
                    case PERIOD -> latest
                            ? "the latest claims, " + monthsLabel(months)
                            : "the claims " + filter.periodLabel();
                };
        String earlierHref = null;
        String earlierLabel = null;
        String laterHref = null;
        String laterLabel = null;
        if (scope == Scope.PERIOD) {
            PairPeriods.Period earlier = PairPeriods.before(history, months.first());
            if (earlier != null) {
                earlierHref = periodHref(path, kind, earlier);
                earlierLabel = shortLabel(earlier);
            }
            PairPeriods.Period later = PairPeriods.after(history, months.last());
            if (later != null) {
                laterHref = periodHref(path, kind, later);
                laterLabel = shortLabel(later);
            }
        }
        boolean opensHere = large ? latest : scope == Scope.ALL;
        return new Periods(
                label + ": " + Formats.count(shown, "claim", "claims"),
                earlierHref,
                earlierLabel,
                laterHref,
                laterLabel,
                opensHere ? null : kind.on(path) + "#timeline",
                scope == Scope.ALL ? null : (large ? kind.with("period", ALL) : kind).on(path) + "#timeline",
                undated > 0 && scope != Scope.UNDATED
                        ? kind.with("period", UNDATED).on(path) + "#timeline"
                        : null,
                undated);
    }

    private static String periodHref(String path, Links.Query kind, PairPeriods.Period period) {
        return kind.with("from", period.first().toString())
                        .with("to", period.last().toString())
                        .on(path)
                + "#timeline";
    }

    /** "from March 2025 to May 2025", or "in March 2025". */
    private static String monthsLabel(PairPeriods.Period period) {
        return period.first().equals(period.last())
                ? "in " + Formats.longMonth(period.first())
                : "from " + Formats.longMonth(period.first()) + " to " + Formats.longMonth(period.last());
    }

    /** "Mar 2025 – May 2025", or "Mar 2025". */
    private static String shortLabel(PairPeriods.Period period) {
        return period.first().equals(period.last())
                ? Formats.month(period.first())
                : Formats.month(period.first()) + " – " + Formats.month(period.last());
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }

    private static YearMonth max(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }

    private static List<MonthGroup> months(List<ClaimItem> items) {
        Map<String, List<ClaimItem>> byMonth = new LinkedHashMap<>();
        for (ClaimItem item : items) {
            String key = item.claim().date() == null
                    ? "undated"
                    : YearMonth.from(item.claim().date().day()).toString();
            byMonth.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
        }
        List<MonthGroup> groups = new ArrayList<>();
        byMonth.forEach((key, group) -> groups.add(new MonthGroup(
                key.equals("undated") ? "undated" : "month-" + key,
                key.equals("undated") ? "Undated" : Formats.longMonth(YearMonth.parse(key)),
                group)));
        return groups;
    }

    private Actor actor(String code) {
        return gazetteer
                .byCode(code)
                .orElseThrow(() -> new PageNotFoundException("No country or organisation has the code " + code + "."));
    }
}
