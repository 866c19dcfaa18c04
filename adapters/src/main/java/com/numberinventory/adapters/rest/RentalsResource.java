package com.numberinventory.adapters.rest;

import com.numberinventory.application.port.in.rentals.RentalFilter;
import com.numberinventory.adapters.rest.support.PathId;
import com.numberinventory.adapters.rest.model.RentalView;
import com.numberinventory.adapters.rest.security.CurrentCaller;
import com.numberinventory.adapters.rest.support.Cursors;
import com.numberinventory.adapters.rest.support.Params;
import com.numberinventory.adapters.rest.support.Times;
import com.numberinventory.application.port.in.rentals.ConvertRentalUseCase;
import com.numberinventory.application.port.in.rentals.RentalQueries;
import com.numberinventory.application.shared.Page;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.rental.RentalId;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.WorkspaceId;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.UUID;
import java.util.Optional;

/** The rental ledger: every rental ever, for billing. */
@Path("/v1/rentals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rentals", description = "The rental ledger: what a billing backend charges from")
public class RentalsResource {

    static final String LIST = "rentals";

    @Inject
    RentalQueries queries;
    @Inject
    ConvertRentalUseCase convert;
    @Inject
    Cursors cursors;
    @Inject
    CurrentCaller callers;

    @GET
    @Operation(operationId = "listRentals", summary = "List rentals",
            description = "active_at: rentals open at that instant; from/to: rentals overlapping [from, to). "
                    + "Keyset-paged, oldest first.")
    public RentalView.ListView list(@QueryParam("workspace_id") String workspaceId,
                                    @QueryParam("number_id") String numberId,
                                    @Parameter(example = "2026-07-01T00:00:00.000Z") @QueryParam("active_at") String activeAt,
                                    @Parameter(example = "2026-07-01T00:00:00.000Z") @QueryParam("from") String from,
                                    @Parameter(example = "2026-08-01T00:00:00.000Z") @QueryParam("to") String to,
                                    @QueryParam("limit") String limit,
                                    @QueryParam("cursor") String cursor) {
        RentalFilter filter = new RentalFilter(
                callers.get().workspaceFilter("workspace_id",
                        Params.uuid("workspace_id", workspaceId).map(WorkspaceId::new)),
                Params.uuid("number_id", numberId).map(NumberId::new),
                instant("active_at", activeAt), instant("from", from), instant("to", to));
        Page<RentalQueries.RentalEntry> page = queries.search(filter,
                cursors.request(LIST, limit, cursor));
        return cursors.answer(LIST, page, RentalView::of, RentalView.ListView::new);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRental", summary = "Get a rental")
    @APIResponse(responseCode = "200", description = "The rental")
    @APIResponse(responseCode = "404", description = "rentals.not_found")
    public RentalView get(@PathParam("id") @PathId(ErrorCode.RENTAL_NOT_FOUND) UUID id) {
        return RentalView.of(visible(queries.get(new RentalId(id))));
    }

    @POST
    @Path("/{id}/convert")
    @Operation(operationId = "convertRental", summary = "Convert a trial rental into a paid rental", description = "It no longer expires")
    @APIResponse(responseCode = "200", description = "The rental, with converted_at")
    @APIResponse(responseCode = "404", description = "rentals.not_found")
    @APIResponse(responseCode = "409", description = "rentals.not_trial, rentals.ended")
    public RentalView convert(@PathParam("id") @PathId(ErrorCode.RENTAL_NOT_FOUND) UUID id) {
        RentalId rentalId = new RentalId(id);
        visible(queries.get(rentalId));
        return RentalView.of(convert.convert(rentalId));
    }

    /** Another workspace's rental is "not found" for a workspace-bound caller. */
    private RentalQueries.RentalEntry visible(RentalQueries.RentalEntry entry) {
        if (!callers.get().maySee(Optional.of(entry.rental().workspaceId()))) {
            throw new DomainException(ErrorCode.RENTAL_NOT_FOUND, "no rental " + entry.rental().id());
        }
        return entry;
    }

    private static Optional<Instant> instant(String field, String raw) {
        return Times.parse(field, raw);
    }

}
