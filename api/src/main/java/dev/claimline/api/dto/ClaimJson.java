package dev.claimline.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A claim, always in this shape; {@code id} and {@code articleId} are left out for claims that are not stored. */
@RegisterForReflection
@Schema(description = "An allegation, denial or other statement of one actor about others")
public record ClaimJson(
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Absent when the claim is not stored") Long id,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Absent when the claim is not stored")
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
        @Schema(minimum = "0", maximum = "1") double confidence) {}
