package com.numberinventory.adapters.rest;

import com.numberinventory.adapters.rest.model.ReconciliationView;
import com.numberinventory.adapters.rest.support.Cursors;
import com.numberinventory.adapters.rest.support.PathId;
import com.numberinventory.application.port.in.providers.ReconcileUseCase;
import com.numberinventory.application.shared.Page;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.reconciliation.Reconciliation;
import com.numberinventory.domain.shared.ErrorCode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

/** Reconciliation of a provider account's held numbers with the inventory: kept reports, applied on demand. */
@Path("/v1/providers/{id}/reconciliations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Providers", description = "Upstream carriers and their webhooks")
public class ReconciliationsResource {

    static final String LIST = "reconciliations";

    @Inject
    ReconcileUseCase reconcile;
    @Inject
    Cursors cursors;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createReconciliation", summary = "Compare the provider's held numbers with the inventory",
            description = "Reads the provider's whole list (paged) and keeps a report of missing_here, "
                    + "missing_upstream and state_mismatch per number; apply: true fixes the inventory at once")
    @APIResponse(responseCode = "201", description = "The report",
            content = @Content(schema = @Schema(implementation = ReconciliationView.class)))
    @APIResponse(responseCode = "404", description = "provider.not_found")
    @APIResponse(responseCode = "422", description = "provider.api_credentials_missing")
    @APIResponse(responseCode = "502", description = "provider.rejected or provider.unavailable")
    @APIResponse(responseCode = "503", description = "provider.unavailable: the provider's circuit is open")
    @APIResponse(responseCode = "504", description = "provider.unavailable: the provider did not answer in time")
    public Response create(@PathParam("id") @PathId(ErrorCode.PROVIDER_NOT_FOUND) UUID id,
                           ReconciliationView.Request body) {
        boolean apply = body != null && Boolean.TRUE.equals(body.apply());
        Reconciliation r = reconcile.reconcile(new ProviderId(id), apply);
        return Response.created(URI.create("/v1/providers/" + id + "/reconciliations/" + r.id()))
                .entity(ReconciliationView.of(r)).build();
    }

    @GET
    @Operation(operationId = "listReconciliations", summary = "The provider's kept reconciliation reports",
            description = "Oldest first, keyset-paged")
    @APIResponse(responseCode = "200", description = "A page of reports",
            content = @Content(schema = @Schema(implementation = ReconciliationView.ListView.class)))
    @APIResponse(responseCode = "404", description = "provider.not_found")
    public ReconciliationView.ListView list(@PathParam("id") @PathId(ErrorCode.PROVIDER_NOT_FOUND) UUID id,
                                            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Page<Reconciliation> page = reconcile.list(new ProviderId(id),
                cursors.request(LIST, limit, cursor));
        return cursors.answer(LIST, page, ReconciliationView::of, ReconciliationView.ListView::new);
    }

    @GET
    @Path("/{rid}")
    @Operation(operationId = "getReconciliation", summary = "A kept reconciliation report")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = ReconciliationView.class)))
    @APIResponse(responseCode = "404", description = "reconciliations.not_found")
    public ReconciliationView get(@PathParam("id") @PathId(ErrorCode.RECONCILIATION_NOT_FOUND) UUID id,
                                  @PathParam("rid") @PathId(ErrorCode.RECONCILIATION_NOT_FOUND) UUID rid) {
        return ReconciliationView.of(reconcile.get(new ProviderId(id), rid));
    }

    @POST
    @Path("/{rid}/apply")
    @Operation(operationId = "applyReconciliation", summary = "Fix the inventory as the report says",
            description = "missing_here: added as available in the provider's series for its country; "
                    + "missing_upstream: retired with the reason; a pending number the provider holds active: "
                    + "activated; other mismatches are left for an operator. Each difference gets its resolution.")
    @APIResponse(responseCode = "200", description = "The applied report",
            content = @Content(schema = @Schema(implementation = ReconciliationView.class)))
    @APIResponse(responseCode = "404", description = "reconciliations.not_found")
    @APIResponse(responseCode = "409", description = "reconciliations.already_applied")
    public ReconciliationView apply(@PathParam("id") @PathId(ErrorCode.RECONCILIATION_NOT_FOUND) UUID id,
                                    @PathParam("rid") @PathId(ErrorCode.RECONCILIATION_NOT_FOUND) UUID rid) {
        return ReconciliationView.of(reconcile.apply(new ProviderId(id), rid));
    }
}
