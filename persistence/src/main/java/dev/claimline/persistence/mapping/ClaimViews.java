package dev.claimline.persistence.mapping;

import dev.claimline.persistence.entity.ClaimEntity;
import dev.claimline.persistence.entity.ClaimMentionEntity;
import dev.claimline.persistence.repository.ClaimLinkRepository;
import dev.claimline.persistence.repository.ClaimMentionRepository;
import dev.claimline.persistence.view.StoredClaim;
import dev.claimline.persistence.view.StoredMention;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds claim views with their reports and links: one query for the reports and one for the links of all claims
 * given, whatever their number.
 */
@ApplicationScoped
public class ClaimViews {
    /** The order of an article's reports: {@link ClaimMentionRepository#inArticle}'s. */
    private static final Comparator<ClaimMentionEntity> EVIDENCE_ORDER =
            Comparator.comparingInt((ClaimMentionEntity m) -> m.evidenceStart).thenComparing(m -> m.id);

    /** The order of {@link ClaimLinkRepository#touching}: by denial, then allegation. */
    private static final Comparator<ClaimLinkRepository.Link> LINK_ORDER = Comparator.comparingLong(
                    ClaimLinkRepository.Link::denialId)
            .thenComparingLong(ClaimLinkRepository.Link::allegationId);

    private final ClaimMentionRepository mentions;
    private final ClaimLinkRepository links;

    public ClaimViews(ClaimMentionRepository mentions, ClaimLinkRepository links) {
        this.mentions = mentions;
        this.links = links;
    }

    /** The claims as their first reports show them, in the order given. */
    public List<StoredClaim> of(List<ClaimEntity> claims) {
        return views(claims, Collections.nCopies(claims.size(), null));
    }

    public StoredClaim of(ClaimEntity claim) {
        return of(List.of(claim)).get(0);
    }

    /** The claims an article reports, as it reports them, in the order of their evidence in its body. */
    public List<StoredClaim> inArticle(long articleId) {
        List<ClaimMentionEntity> reports = mentions.inArticle(articleId);
        return views(reports.stream().map(m -> m.claim).toList(), reports);
    }

    /**
     * The claims an article just stored reports, when it is the first report of each: built from {@code reports} and
     * the {@code links} just made, without a query. In the order of their evidence in the body, as {@link #inArticle}.
     */
    public List<StoredClaim> ofNewReports(List<ClaimMentionEntity> reports, List<ClaimLinkRepository.Link> links) {
        Map<Long, List<Long>> respondsTo = new HashMap<>();
        Map<Long, List<Long>> answeredBy = new HashMap<>();
        for (ClaimLinkRepository.Link link : links.stream().sorted(LINK_ORDER).toList()) {
            respondsTo.computeIfAbsent(link.denialId(), id -> new ArrayList<>()).add(link.allegationId());
            answeredBy
                    .computeIfAbsent(link.allegationId(), id -> new ArrayList<>())
                    .add(link.denialId());
        }
        List<StoredClaim> views = new ArrayList<>(reports.size());
        for (ClaimMentionEntity report : reports.stream().sorted(EVIDENCE_ORDER).toList()) {
            ClaimEntity claim = report.claim;
            views.add(EntityViews.claim(
                    claim,
                    report,
                    List.of(EntityViews.mention(report)),
                    respondsTo.getOrDefault(claim.id, List.of()),
                    answeredBy.getOrDefault(claim.id, List.of())));
        }
        return views;
    }

    private List<StoredClaim> views(List<ClaimEntity> claims, List<ClaimMentionEntity> shown) {
        List<Long> ids = claims.stream().map(c -> c.id).toList();
        Map<Long, List<StoredMention>> mentionsByClaim = new HashMap<>();
        for (ClaimMentionEntity mention : mentions.ofClaims(ids)) {
            mentionsByClaim
                    .computeIfAbsent(mention.claim.id, id -> new ArrayList<>())
                    .add(EntityViews.mention(mention));
        }
        Map<Long, List<Long>> respondsTo = new HashMap<>();
        Map<Long, List<Long>> answeredBy = new HashMap<>();
        for (ClaimLinkRepository.Link link : links.touching(ids)) {
            respondsTo.computeIfAbsent(link.denialId(), id -> new ArrayList<>()).add(link.allegationId());
            answeredBy
                    .computeIfAbsent(link.allegationId(), id -> new ArrayList<>())
                    .add(link.denialId());
        }
        List<StoredClaim> views = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            ClaimEntity claim = claims.get(i);
            views.add(EntityViews.claim(
                    claim,
                    shown.get(i),
                    mentionsByClaim.getOrDefault(claim.id, List.of()),
                    respondsTo.getOrDefault(claim.id, List.of()),
                    answeredBy.getOrDefault(claim.id, List.of())));
        }
        return views;
    }
}
