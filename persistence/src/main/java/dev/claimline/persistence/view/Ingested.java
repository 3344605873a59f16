package dev.claimline.persistence.view;

import java.util.List;
import java.util.Objects;

/**
 * What became of a submitted article: stored as new, or found stored already.
 *
 * @param article the new article, or the one stored before that it repeats
 * @param match {@link Match#NEW} when it was stored now; otherwise what it has in common with the stored one
 * @param notes remarks for the client: that extraction was skipped for the article's language, or that the article was
 *     stored before and nothing new was stored
 */
public record Ingested(StoredArticle article, Match match, List<String> notes) {
    /** How a submission relates to what was stored before. */
    public enum Match {
        /** Stored now. */
        NEW,
        /** An article with the same normalised address was stored before. */
        SAME_URL,
        /** An article with the same normalised title and text was stored before. */
        SAME_TEXT
    }

    public Ingested {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(match, "match");
        notes = List.copyOf(notes);
    }

    /** A submission stored now, with what extraction had to say about it. */
    public static Ingested created(StoredArticle article, List<String> notes) {
        return new Ingested(article, Match.NEW, notes);
    }

    /** A submission that repeats {@code stored}, which is answered instead. */
    public static Ingested repeated(StoredArticle stored, Match match) {
        String what = match == Match.SAME_URL ? "the same address" : "the same title and text";
        return new Ingested(
                stored,
                match,
                List.of("An article with " + what + " was stored before, as article " + stored.id()
                        + "; nothing new was stored."));
    }

    public boolean created() {
        return match == Match.NEW;
    }
}
