package com.numberinventory.adapters.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of the operator commands that take a reason (suspend, resume, retire). */
@Schema(name = "Reason")
public record ReasonRequest(
        @Schema(example = "fraud investigation #4411", required = true) String reason) {
}
