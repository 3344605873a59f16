package dev.claimline.dashboard.page;

import dev.claimline.persistence.view.StoredClaim;
import dev.claimline.persistence.view.StoredMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A claim as a page lists it: with the claims it answers or that answer it, and the articles that report it.
 *
 * @param answers for a denial, the allegations it answers
 * @param answeredBy for an allegation, the denials that answer it
 * @param sources every article that reports the claim, the earliest first
 */
public record ClaimItem(StoredClaim claim, List<Related> answers, List<Related> answeredBy, List<Source> sources) {
    public ClaimItem {
        answers = List.copyOf(answers);
        answeredBy = List.copyOf(answeredBy);
        sources = List.copyOf(sources);
    }

    /** Another claim, linked: on the same page where it is there, by its permanent address otherwise. */
    public record Related(String href, String label) {}

    /** An article that reports the claim, linked to the claim's place in it. */
    public record Source(String href, String title, String source, String date, boolean current) {}

    /**
     * The items of {@code claims}.
     *
     * @param known claims that can be named in relations, by id; others are named by number
     * @param onPage ids of the claims shown on the same page, linked by anchor
     * @param currentArticle the article the page shows, or 0
     */
    public static List<ClaimItem> of(
            List<StoredClaim> claims, Map<Long, StoredClaim> known, Set<Long> onPage, long currentArticle) {
        List<ClaimItem> items = new ArrayList<>(claims.size());
        for (StoredClaim claim : claims) {
            items.add(new ClaimItem(
                    claim,
                    related(claim.respondsTo(), known, onPage),
                    related(claim.answeredBy(), known, onPage),
                    sources(claim, currentArticle)));
        }
        return items;
    }

    public static List<ClaimItem> of(List<StoredClaim> claims) {
        return of(claims, Map.of(), Set.of(), 0);
    }

    private static List<Related> related(List<Long> ids, Map<Long, StoredClaim> known, Set<Long> onPage) {
        List<Related> related = new ArrayList<>();
        for (long id : ids) {
            String href = onPage.contains(id) ? "#claim-" + id : Links.claim(id);
            StoredClaim other = known.get(id);
            String label = other == null
                    ? "claim " + id
                    : other.claimant().name() + "’s "
                            + TemplateExtensions.label(other.type()).toLowerCase()
                            + (other.date() == null ? " (undated)" : " of " + Formats.date(other.date()));
            related.add(new Related(href, label));
        }
        return related;
    }

    private static List<Source> sources(StoredClaim claim, long currentArticle) {
        List<Source> sources = new ArrayList<>();
        List<StoredMention> mentions = claim.mentions();
        if (mentions.isEmpty()) {
            sources.add(new Source(
                    Links.article(claim.article().id()) + "#claim-" + claim.id(),
                    claim.article().title(),
                    claim.article().source(),
                    Formats.day(claim.article().publishedAt()),
                    claim.article().id() == currentArticle));
        }
        for (StoredMention mention : mentions) {
            sources.add(new Source(
                    Links.article(mention.article().id()) + "#claim-" + claim.id(),
                    mention.article().title(),
                    mention.article().source(),
                    Formats.day(mention.article().publishedAt()),
                    mention.article().id() == currentArticle));
        }
        return sources;
    }
}
