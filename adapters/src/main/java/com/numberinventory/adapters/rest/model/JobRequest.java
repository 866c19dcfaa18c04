package com.numberinventory.adapters.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Body of {@code POST /v1/jobs}: an action and its numbers, by {@code e164} or by {@code number_ids}. */
@Schema(name = "JobRequest", example = "{\"action\": \"release\", \"e164\": [\"+254700000101\", \"+254700000102\"], "
        + "\"reason\": \"admin_released\"}")
public record JobRequest(
        @Schema(required = true, example = "release", enumeration = {"release", "retire", "reserve", "suspend",
                "resume", "import"}, description = "The single-number command applied to each number") String action,
        @Schema(example = "[\"+254700000101\"]", description = "The numbers (1 to 1,000); or give number_ids")
        List<String> e164,
        @Schema(example = "[\"01900000-0000-7000-8000-000000000001\"]",
                description = "The numbers by id (1 to 1,000); or give e164") List<String> numberIds,
        @Schema(example = "admin_released", description = "release: the release reason (explicit, trial_expired, "
                + "admin_released; default admin_released); retire, suspend, resume: the reason recorded (default "
                + "'bulk job')") String reason,
        @Schema(example = "01900000-0000-7000-8000-000000000002",
                description = "reserve: the workspace the numbers are held for (required there)") String workspaceId,
        @Schema(example = "01900000-0000-7000-8000-0000000000a1",
                description = "import: the series the numbers enter (required there; numbers by e164)")
        String seriesId) {
}
