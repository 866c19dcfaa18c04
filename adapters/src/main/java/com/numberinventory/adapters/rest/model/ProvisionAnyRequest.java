package com.numberinventory.adapters.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Body of {@code POST /v1/numbers/provision}: the workspace and what the number must match. */
// The whole-body example matches the make run demo data (+254700000042 in the Kenyan demo series).
@Schema(name = "ProvisionAnyNumber", example = "{\"workspace_id\": \"01900000-0000-7000-8000-000000000002\", "
        + "\"country_code\": \"KE\", \"capabilities\": [\"sms\"], \"starts_with\": \"2547000\", "
        + "\"ends_with\": \"42\"}")
public record ProvisionAnyRequest(
        @Schema(example = "01900000-0000-7000-8000-000000000002", required = true) String workspaceId,
        @Schema(example = "01900000-0000-7000-8000-000000000004") String seriesId,
        @Schema(example = "KE") String countryCode,
        @Schema(example = "[\"sms\"]") List<String> capabilities,
        @Schema(example = "2547000") String startsWith,
        @Schema(example = "00004") String contains,
        @Schema(example = "42") String endsWith,
        @Schema(example = "14", description = "Provision as a trial of this many days (1 to 365)") Integer trialDays,
        @Schema(example = "mobile", description = "The number's type (libphonenumber)", enumeration = {"fixed_line", "mobile", "fixed_line_or_mobile", "toll_free", "premium_rate", "shared_cost", "voip", "personal_number", "pager", "uan", "voicemail", "unknown"}) String numberType,
        @Schema(example = "*FLOWERS", description = "The whole number: digits, letters as keypad digits, * for any digits") String pattern,
        @Schema(example = "10", minimum = "1", maximum = "1000", description = "Provision this many numbers at once "
                + "(1 to 1,000); when given, the answer is a ProvisionedNumbers list instead of one Number")
        Integer quantity,
        @Schema(example = "false", defaultValue = "false", description = "With quantity: false (default) is all or "
                + "nothing (409 numbers.none_available when fewer match); true provisions as many as are available "
                + "(409 numbers.none_available only when none is)") Boolean partial) {
}
