package dev.claimline.api.export;

import dev.claimline.persistence.codes.EventCodes;
import dev.claimline.persistence.view.ActorRef;
import dev.claimline.persistence.view.StoredClaim;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The columns of {@code /api/export/claims.csv}: one row per claim. Lists are written with {@code ;} between items. */
public final class ClaimCsv {
    public static final List<String> HEADER = List.of(
            "id",
            "type",
            "date",
            "claimant",
            "claimant_name",
            "claimant_mention",
            "accused",
            "accuser",
            "topic",
            "cameo",
            "plover",
            "plover_context",
            "evidence",
            "evidence_start",
            "evidence_end",
            "confidence",
            "article_id",
            "article_published_at",
            "article_source",
            "article_url",
            "mention_count",
            "responds_to",
            "answered_by");

    private ClaimCsv() {}

    public static List<Object> row(StoredClaim claim) {
        EventCodes codes = claim.codes();
        return Arrays.asList(
                claim.id(),
                claim.type().name(),
                claim.date(),
                claim.claimant().code(),
                claim.claimant().name(),
                claim.claimantMention(),
                joined(claim.accused().stream().map(ActorRef::code).toList()),
                claim.accuser() == null ? null : claim.accuser().code(),
                claim.topic().name(),
                codes.cameo(),
                codes.plover(),
                codes.ploverContext(),
                claim.evidence().text(),
                claim.evidence().start(),
                claim.evidence().end(),
                claim.confidence(),
                claim.article().id(),
                claim.article().publishedAt(),
                claim.article().source(),
                claim.article().url(),
                claim.mentions().size(),
                joined(claim.respondsTo()),
                joined(claim.answeredBy()));
    }

    private static String joined(List<?> items) {
        return items.stream().map(Object::toString).collect(Collectors.joining(";"));
    }
}
