package com.numberinventory.adapters.rest;

import com.numberinventory.adapters.rest.model.UpstreamDisconnectView;
import com.numberinventory.adapters.rest.support.PathId;
import com.numberinventory.application.port.in.numbers.UpstreamDisconnectUseCase;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.shared.ErrorCode;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** A retired number's disconnect at its provider: its state, and a retry when it failed. */
@Path("/v1/numbers/{id}/disconnect")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Numbers", description = "Phone numbers (DIDs): search, provision, release, history")
public class NumberDisconnectsResource {

    @Inject
    UpstreamDisconnectUseCase disconnects;

    @GET
    @Operation(operationId = "getNumberDisconnect", summary = "The number's disconnect at its provider",
            description = "Asked for by retiring the number with disconnect_upstream: true")
    @APIResponse(responseCode = "200", description = "The disconnect",
            content = @Content(schema = @Schema(implementation = UpstreamDisconnectView.class)))
    @APIResponse(responseCode = "404", description = "numbers.disconnect_not_found (or numbers.not_found)")
    public UpstreamDisconnectView get(@PathParam("id") @PathId(ErrorCode.DISCONNECT_NOT_FOUND) UUID id) {
        return UpstreamDisconnectView.of(disconnects.disconnectOf(new NumberId(id)));
    }

    @POST
    @Path("/retry")
    @Operation(operationId = "retryNumberDisconnect", summary = "Try a pending or failed disconnect again",
            description = "Calls the provider now; the answer is the disconnect after the attempt (done, pending "
                    + "until the provider's webhook, or failed again with the provider's code)")
    @APIResponse(responseCode = "200", description = "The disconnect after the attempt",
            content = @Content(schema = @Schema(implementation = UpstreamDisconnectView.class)))
    @APIResponse(responseCode = "404", description = "numbers.disconnect_not_found")
    @APIResponse(responseCode = "409", description = "numbers.disconnect_not_retryable: it is done")
    public UpstreamDisconnectView retry(@PathParam("id") @PathId(ErrorCode.DISCONNECT_NOT_FOUND) UUID id) {
        return UpstreamDisconnectView.of(disconnects.retry(new NumberId(id)));
    }
}
