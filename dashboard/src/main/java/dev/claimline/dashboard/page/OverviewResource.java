package dev.claimline.dashboard.page;

import dev.claimline.dashboard.chart.Sparkline;
import dev.claimline.persistence.service.ActivityFilter;
import dev.claimline.persistence.service.ActivityQueryService;
import dev.claimline.persistence.service.PageRequest;
import dev.claimline.persistence.view.ActivitySummary;
import dev.claimline.persistence.view.Page;
import dev.claimline.persistence.view.PairActivity;
import dev.claimline.persistence.view.StoredClaim;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The overview: the most active pairs in the chosen period with their activity by month, the latest claims as a feed,
 * and a search for countries (by any name users type) and claim text. Every choice is a query parameter.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class OverviewResource {
    static final int PAIRS = 12;
    static final int FEED_SIZE = 15;
    private static final int PERIOD_YEARS = 5;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Overview page);
    }

    /**
     * Everything the overview shows.
     *
     * @param query the page's own filters and search, to build links that keep them
     * @param sparkFrom the first month of the activity charts, or null when no claim is dated
     */
    public record Overview(
            PageFilter filter,
            ActorSearch.Result search,
            Links.Query query,
            ActivitySummary summary,
            List<PairRow> pairs,
            Page<StoredClaim> feed,
            String newerHref,
            String olderHref,
            List<Choice> periods,
            YearMonth sparkFrom,
            YearMonth sparkTo,
            List<String> actorNames) {}

    /** A pair in the table of the most active. */
    public record PairRow(int rank, PairActivity pair, String href, Sparkline spark) {}

    /** A ready-made choice, as a link. */
    public record Choice(String label, String href, boolean current) {}

    private final ActivityQueryService activity;
    private final ActorSearch actors;

    public OverviewResource(ActivityQueryService activity, ActorSearch actors) {
        this.activity = activity;
        this.actors = actors;
    }

    @GET
    public TemplateInstance overview(
            @RestQuery String q,
            @RestQuery String from,
            @RestQuery String to,
            @RestQuery String type,
            @RestQuery String topic,
            @RestQuery String page) {
        PageFilter filter = PageFilter.read(from, to, type, topic);
        ActorSearch.Result search = actors.find(q);
        ActivityFilter activityFilter = filter.activity(search.codes(), search.query());
        Links.Query query = filter.query().with("q", search.query());
        ActivitySummary summary = activity.summary();

        YearMonth sparkFrom = month(filter.fromDay() != null ? filter.fromDay() : summary.firstStatement());
        YearMonth sparkTo = month(filter.toDay() != null ? filter.toDay() : summary.lastStatement());
        List<PairRow> pairs = new ArrayList<>();
        for (PairActivity pair : activity.activePairs(activityFilter, PAIRS)) {
            pairs.add(new PairRow(
                    pairs.size() + 1,
                    pair,
                    filter.query().on(Links.pair(pair.a().code(), pair.b().code())),
                    sparkFrom == null || sparkTo == null ? null : Sparkline.of(pair.months(), sparkFrom, sparkTo)));
        }

        int feedPage = pageNumber(page);
        Page<StoredClaim> feed = activity.latest(activityFilter, new PageRequest(feedPage, FEED_SIZE));
        String newer = feedPage == 0
                ? null
                : query.with("page", feedPage - 1 == 0 ? null : Integer.toString(feedPage - 1))
                                .on("/") + "#feed";
        String older = (long) (feedPage + 1) * FEED_SIZE < feed.total()
                ? query.with("page", feedPage + 1).on("/") + "#feed"
                : null;

        return Templates.overview(new Overview(
                filter,
                search,
                query,
                summary,
                pairs,
                feed,
                newer,
                older,
                periods(filter, search.query(), summary),
                sparkFrom,
                sparkTo,
                actors.names()));
    }

    /** All time, the last twelve months of the data, and its latest years. */
    private static List<Choice> periods(PageFilter filter, String q, ActivitySummary summary) {
        Links.Query keep = filter.query().without("from").without("to").with("q", q);
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("All time", keep.on("/"), filter.fromDay() == null && filter.toDay() == null));
        if (summary.lastStatement() == null) {
            return choices;
        }
        YearMonth last = YearMonth.from(summary.lastStatement());
        YearMonth yearBefore = last.minusMonths(11);
        choices.add(new Choice(
                "12 months to " + Formats.month(last),
                keep.with("from", yearBefore.toString())
                        .with("to", last.toString())
                        .on("/"),
                yearBefore.toString().equals(filter.from()) && last.toString().equals(filter.to())));
        int firstYear = summary.firstStatement().getYear();
        for (int year = last.getYear(); year >= Math.max(firstYear, last.getYear() - PERIOD_YEARS + 1); year--) {
            String start = year + "-01";
            String end = year + "-12";
            choices.add(new Choice(
                    Integer.toString(year),
                    keep.with("from", start).with("to", end).on("/"),
                    start.equals(filter.from()) && end.equals(filter.to())));
        }
        return choices;
    }

    private static YearMonth month(LocalDate day) {
        return day == null ? null : YearMonth.from(day);
    }

    static int pageNumber(String page) {
        if (page == null || page.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Math.min(Integer.parseInt(page.strip()), 10_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
