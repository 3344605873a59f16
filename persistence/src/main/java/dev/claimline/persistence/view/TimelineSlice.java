package dev.claimline.persistence.view;

import dev.claimline.persistence.service.TimelineCursor;
import java.util.List;

/**
 * Consecutive claims of a pair's timeline, in its order (by statement date, undated last, then by id).
 *
 * @param earlier where to read the claims before these from, or null when there are none
 * @param later where to read the claims after these from, or null when there are none
 */
public record TimelineSlice(List<StoredClaim> claims, TimelineCursor earlier, TimelineCursor later) {
    public TimelineSlice {
        claims = List.copyOf(claims);
    }
}
