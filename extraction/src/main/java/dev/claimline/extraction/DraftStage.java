package dev.claimline.extraction;

import java.util.List;

/**
 * One article-level step after the sentences are read: takes the article's draft claims in reading order and returns
 * them, changed or reduced, in the same order. Implementations are stateless and thread-safe.
 */
interface DraftStage {
    List<Draft> apply(List<Draft> drafts);
}
