package dev.claimline.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A claim, always in this shape; {@code id}, {@code articleId}, the reports and the links are left out for claims that
 * are not stored.
 */
@RegisterForReflection
@Schema(description = "An allegation, denial or other statement of one actor about others")
public record ClaimJson(
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Absent when the claim is not stored") Long id,
        @JsonInclude(JsonInclude.Include.NON_NULL)
                @Schema(
                        description = "The article of the report shown: the first report, or in an article the"
                                + " article's own. Absent when the claim is not stored")
                Long articleId,
        @Schema(enumeration = {"ALLEGATION", "DENIAL", "OTHER"}) String type,
        ClaimantJson claimant,
        @Schema(description = "For an allegation those accused; for a denial those defended") List<ActorJson> accused,
        @Schema(description = "For a denial, whose allegation it rejects; otherwise null", nullable = true)
                ActorJson accuser,
        @Schema(
                        description =
                                "When the statement was made: YYYY-MM-DD, or YYYY-MM when only the month is known",
                        nullable = true,
                        examples = "2022-09-22")
                String date,
        EvidenceJson evidence,
        @Schema(minimum = "0", maximum = "1") double confidence,
        @Schema(
                        description = "What the claim is about",
                        enumeration = {
                            "ARMS_TRANSFERS",
                            "CYBERATTACK",
                            "ESPIONAGE",
                            "ELECTION_INTERFERENCE",
                            "HUMAN_RIGHTS",
                            "INCURSION",
                            "CEASEFIRE_VIOLATION",
                            "CHEMICAL_WEAPONS",
                            "SABOTAGE",
                            "TROOP_DEPLOYMENT",
                            "DETENTION",
                            "TRADE",
                            "OTHER"
                        })
                String topic,
        @Schema(description = "CAMEO event code, as GDELT and ICEWS write it", examples = "112") String cameo,
        @Schema(
                        description = "PLOVER event type; null for OTHER claims (PLOVER has no statement types)",
                        nullable = true,
                        examples = "ACCUSE")
                String plover,
        @Schema(description = "PLOVER context of the topic", nullable = true, examples = "military")
                String ploverContext,
        @JsonInclude(JsonInclude.Include.NON_NULL)
                @Schema(description = "How many articles report the statement; absent when the claim is not stored")
                Integer mentionCount,
        @JsonInclude(JsonInclude.Include.NON_NULL)
                @Schema(description = "Every report of the statement, the earliest published first")
                List<MentionJson> mentions,
        @JsonInclude(JsonInclude.Include.NON_NULL)
                @Schema(description = "For a denial, the ids of the allegations it answers")
                List<Long> respondsTo,
        @JsonInclude(JsonInclude.Include.NON_NULL)
                @Schema(description = "For an allegation, the ids of the denials that answer it")
                List<Long> answeredBy) {}
