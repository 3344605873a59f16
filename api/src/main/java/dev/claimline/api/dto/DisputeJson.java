package dev.claimline.api.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(
        description = "An allegation with the denials that answer it and the counter-allegations made with them;"
                + " the id is the allegation's")
public record DisputeJson(
        long id,
        @Schema(description = "The accuser, those accused, then any other denier", examples = "[\"US\", \"KP\"]")
                List<String> parties,
        @Schema(examples = "ARMS_TRANSFERS") String topic,
        @Schema(description = "The allegation's date", nullable = true, examples = "2022-09") String opened,
        @Schema(description = "The latest date of any of its claims", nullable = true, examples = "2022-09-22")
                String lastActivity,
        @Schema(enumeration = {"ANSWERED", "UNANSWERED"}) String status,
        @Schema(description = "The allegation first, then denials and counter-allegations by date")
                List<ClaimJson> claims) {}
