package dev.claimline.persistence.live;

import dev.claimline.persistence.view.StoredArticle;
import dev.claimline.persistence.view.StoredClaim;
import java.util.List;

/**
 * Fired inside the transaction that stores an article: the claims the article reports. {@link ClaimNotifier} turns it
 * into PostgreSQL notifications, which every replica's {@link LiveClaims} receives once the transaction commits.
 *
 * @param claimIds the ids of the claims the article reports, new ones and (where a statement was already known) old
 */
public record ClaimsStored(long articleId, List<Long> claimIds) {
    public ClaimsStored {
        claimIds = List.copyOf(claimIds);
    }

    /** The claims {@code article} reports. */
    public static ClaimsStored of(StoredArticle article) {
        return new ClaimsStored(
                article.id(), article.claims().stream().map(StoredClaim::id).toList());
    }
}
