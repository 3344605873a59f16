package dev.claimline.dashboard.page;

import dev.claimline.dashboard.chart.TimelineChart;
import dev.claimline.extraction.Actor;
import dev.claimline.extraction.Gazetteer;
import dev.claimline.persistence.service.ClaimQueryService;
import dev.claimline.persistence.view.ActorRef;
import dev.claimline.persistence.view.StoredClaim;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The page of a pair of actors: their timeline drawn as SVG, then every claim between them in date order, grouped by
 * month. Period, type and topic narrow both; the address works in either order ({@code /dyads/GR/TR} or {@code
 * /dyads/TR/GR}) and puts the first actor's claims above the axis.
 */
@Path("/dyads/{a}/{b}")
@Produces(MediaType.TEXT_HTML)
public class PairResource {
    /** Claims listed per page; a timeline drawn claim by claim never needs a second page. */
    static final int PAGE_SIZE = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pair(PairPage page);
    }

    /**
     * Everything the pair page shows.
     *
     * @param total every claim between the two, whatever the filter
     * @param shown how many claims the filter leaves
     * @param months the claims of this page of the list, by month; undated ones last
     */
    public record PairPage(
            ActorRef first,
            ActorRef second,
            PageFilter filter,
            String path,
            String swappedHref,
            int total,
            int shown,
            TimelineChart chart,
            List<MonthGroup> months,
            String previousHref,
            String nextHref,
            int page,
            int pages) {}

    /** The claims of one month (or the undated ones) in the list. */
    public record MonthGroup(String id, String label, List<ClaimItem> claims) {}

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
            @RestQuery String page) {
        Actor firstActor = actor(a);
        Actor secondActor = actor(b);
        if (firstActor.code().equals(secondActor.code())) {
            throw new PageNotFoundException("A country pair needs two different countries.");
        }
        ActorRef first = new ActorRef(firstActor.code(), firstActor.name());
        ActorRef second = new ActorRef(secondActor.code(), secondActor.name());
        PageFilter filter = PageFilter.read(from, to, type, topic);
        String path = Links.pair(first.code(), second.code());

        List<StoredClaim> all = claims.timeline(first.code(), second.code());
        List<StoredClaim> shown = all.stream()
                .filter(c -> filter.admits(
                        c.type(), c.topic(), c.date() == null ? null : c.date().day()))
                .toList();
        int pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(OverviewResource.pageNumber(page), pages - 1);
        List<StoredClaim> onPage =
                shown.subList(current * PAGE_SIZE, Math.min(shown.size(), (current + 1) * PAGE_SIZE));

        Links.Query query = filter.query();
        TimelineChart chart = TimelineChart.layout(first, second, shown, new TimelineChart.Hrefs() {
            @Override
            public String claim(StoredClaim claim) {
                return "#claim-" + claim.id();
            }

            @Override
            public String period(YearMonth start, YearMonth end) {
                return PageFilter.read(start.toString(), end.toString(), filter.type(), filter.topic())
                                .query()
                                .on(path)
                        + "#claims";
            }

            @Override
            public String undated() {
                return query.with("page", pages - 1 == 0 ? null : Integer.toString(pages - 1))
                                .on(path) + "#undated";
            }
        });

        Map<Long, StoredClaim> known = all.stream().collect(Collectors.toMap(StoredClaim::id, Function.identity()));
        Set<Long> ids = new HashSet<>();
        onPage.forEach(c -> ids.add(c.id()));
        return Templates.pair(new PairPage(
                first,
                second,
                filter,
                path,
                query.on(Links.pair(second.code(), first.code())),
                all.size(),
                shown.size(),
                chart,
                months(ClaimItem.of(onPage, known, ids, 0)),
                current == 0
                        ? null
                        : query.with("page", current - 1 == 0 ? null : Integer.toString(current - 1))
                                        .on(path) + "#claims",
                current + 1 < pages ? query.with("page", current + 1).on(path) + "#claims" : null,
                current + 1,
                pages));
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
