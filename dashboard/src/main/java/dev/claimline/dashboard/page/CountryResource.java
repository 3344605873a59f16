package dev.claimline.dashboard.page;

import dev.claimline.extraction.Actor;
import dev.claimline.extraction.Gazetteer;
import dev.claimline.persistence.service.ActivityFilter;
import dev.claimline.persistence.service.ActivityQueryService;
import dev.claimline.persistence.service.CountryRole;
import dev.claimline.persistence.service.PageRequest;
import dev.claimline.persistence.view.Counterpart;
import dev.claimline.persistence.view.CountryActivity;
import dev.claimline.persistence.view.Page;
import dev.claimline.persistence.view.StoredClaim;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The page of one country or organisation: how many allegations it made and received, how many denials it made and
 * received, the actors it has most claims with, and the latest claims of each kind; {@code show} lists one kind in
 * full, page by page.
 */
@Path("/countries/{code}")
@Produces(MediaType.TEXT_HTML)
public class CountryResource {
    static final int COUNTERPARTS = 10;
    static final int LATEST = 5;
    static final int FULL_PAGE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance country(CountryPage page);
    }

    /**
     * Everything the country page shows.
     *
     * @param sections the four kinds of claim, each with its latest claims, or only the one asked for in full
     * @param full whether {@code sections} holds one kind in full
     */
    public record CountryPage(
            Actor actor,
            PageFilter filter,
            String path,
            CountryActivity activity,
            List<Stat> stats,
            List<CounterpartRow> counterparts,
            List<Section> sections,
            boolean full) {}

    /** One of the four numbers at the top, linking to its list. */
    public record Stat(String label, long count, String href, String kind) {}

    /** An actor the country has claims with, linked to both pages. */
    public record CounterpartRow(Counterpart counterpart, String countryHref, String pairHref) {}

    /** One kind of claim with its claims. */
    public record Section(
            String id,
            String title,
            String empty,
            long count,
            List<ClaimItem> claims,
            String allHref,
            String newerHref,
            String olderHref) {}

    private final ActivityQueryService activity;
    private final Gazetteer gazetteer;

    public CountryResource(ActivityQueryService activity, Gazetteer gazetteer) {
        this.activity = activity;
        this.gazetteer = gazetteer;
    }

    @GET
    public TemplateInstance country(
            @PathParam("code") String code,
            @RestQuery String from,
            @RestQuery String to,
            @RestQuery String topic,
            @RestQuery String show,
            @RestQuery String page) {
        Actor actor = gazetteer
                .byCode(code)
                .orElseThrow(() -> new PageNotFoundException("No country or organisation has the code " + code + "."));
        PageFilter filter = PageFilter.read(from, to, null, topic);
        ActivityFilter activityFilter = filter.activity();
        String path = Links.country(actor.code());
        Links.Query query = filter.query();
        CountryActivity counts = activity.country(actor.code(), activityFilter, COUNTERPARTS);

        List<Stat> stats = new ArrayList<>();
        for (CountryRole role : CountryRole.values()) {
            stats.add(new Stat(
                    label(role),
                    count(counts, role),
                    query.with("show", slug(role)).on(path) + "#claims",
                    kind(role)));
        }
        List<CounterpartRow> counterparts = counts.counterparts().stream()
                .map(c -> new CounterpartRow(
                        c,
                        Links.country(c.actor().code()),
                        query.on(Links.pair(actor.code(), c.actor().code()))))
                .toList();

        CountryRole chosen = role(show);
        List<Section> sections = new ArrayList<>();
        if (chosen != null) {
            int current = OverviewResource.pageNumber(page);
            Page<StoredClaim> claims =
                    activity.inRole(actor.code(), chosen, activityFilter, new PageRequest(current, FULL_PAGE));
            Links.Query kept = query.with("show", slug(chosen));
            sections.add(new Section(
                    "claims",
                    label(chosen),
                    empty(chosen, actor),
                    claims.total(),
                    ClaimItem.of(claims.items()),
                    null,
                    current == 0
                            ? null
                            : kept.with("page", current - 1 == 0 ? null : Integer.toString(current - 1))
                                            .on(path) + "#claims",
                    (long) (current + 1) * FULL_PAGE < claims.total()
                            ? kept.with("page", current + 1).on(path) + "#claims"
                            : null));
        } else {
            for (CountryRole role : CountryRole.values()) {
                Page<StoredClaim> claims =
                        activity.inRole(actor.code(), role, activityFilter, new PageRequest(0, LATEST));
                sections.add(new Section(
                        slug(role),
                        label(role),
                        empty(role, actor),
                        claims.total(),
                        ClaimItem.of(claims.items()),
                        claims.total() > LATEST ? query.with("show", slug(role)).on(path) + "#claims" : null,
                        null,
                        null));
            }
        }
        return Templates.country(
                new CountryPage(actor, filter, path, counts, stats, counterparts, sections, chosen != null));
    }

    private static CountryRole role(String show) {
        if (show == null) {
            return null;
        }
        return Arrays.stream(CountryRole.values())
                .filter(role -> slug(role).equals(show.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElse(null);
    }

    static String slug(CountryRole role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String label(CountryRole role) {
        return switch (role) {
            case ALLEGATIONS_MADE -> "Allegations made";
            case ALLEGATIONS_RECEIVED -> "Allegations received";
            case DENIALS_MADE -> "Denials made";
            case DENIALS_RECEIVED -> "Denials received";
        };
    }

    private static String kind(CountryRole role) {
        return role == CountryRole.ALLEGATIONS_MADE || role == CountryRole.ALLEGATIONS_RECEIVED
                ? "allegation"
                : "denial";
    }

    private static String empty(CountryRole role, Actor actor) {
        return switch (role) {
            case ALLEGATIONS_MADE -> actor.name() + " has accused no one here.";
            case ALLEGATIONS_RECEIVED -> "No one has accused " + actor.name() + " here.";
            case DENIALS_MADE -> actor.name() + " has denied nothing here.";
            case DENIALS_RECEIVED -> "No one has denied an allegation of " + actor.name() + " here.";
        };
    }

    private static long count(CountryActivity activity, CountryRole role) {
        return switch (role) {
            case ALLEGATIONS_MADE -> activity.allegationsMade();
            case ALLEGATIONS_RECEIVED -> activity.allegationsReceived();
            case DENIALS_MADE -> activity.denialsMade();
            case DENIALS_RECEIVED -> activity.denialsReceived();
        };
    }
}
