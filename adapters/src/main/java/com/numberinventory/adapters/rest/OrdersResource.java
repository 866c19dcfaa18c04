package com.numberinventory.adapters.rest;

import com.numberinventory.adapters.rest.model.OrderRequest;
import com.numberinventory.adapters.rest.model.OrderView;
import com.numberinventory.adapters.rest.support.Cursors;
import com.numberinventory.adapters.rest.support.Params;
import com.numberinventory.adapters.rest.support.PathId;
import com.numberinventory.application.port.in.orders.OrderUseCase;
import com.numberinventory.application.shared.Page;
import com.numberinventory.domain.number.Capability;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.order.NumberOrder;
import com.numberinventory.domain.order.OrderId;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.Uuids;
import com.numberinventory.domain.shared.WorkspaceId;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Orders of numbers from a provider, with per-number results. */
@Path("/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders", description = "Ordering numbers from a provider (claim, number order, line provisioning)")
public class OrdersResource {

    static final String LIST = "orders";

    @Inject
    OrderUseCase orders;
    @Inject
    Cursors cursors;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createOrder", summary = "Order numbers from a provider",
            description = "The numbers enter the inventory pending in the series; the provider is called with the "
                    + "order id as its idempotency key / customer reference. Its answer (Sautikit's claim) or its "
                    + "webhook (Telnyx number_order.complete, Zipwhip provision/add) makes each number available, or "
                    + "provisions it to workspace_id. A provider that did not answer leaves the order pending "
                    + "(last_error): POST .../retry sends the same reference again. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "The order (pending, completed or failed)",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "400", description = "validation.bad_request naming the field")
    @APIResponse(responseCode = "404", description = "provider.not_found")
    @APIResponse(responseCode = "422", description = "orders.invalid (e164 and quantity both or neither, a series "
            + "of another provider), orders.nothing_available, provider.search_unsupported (quantity on Zipwhip)")
    @APIResponse(responseCode = "502", description = "provider.rejected or provider.unavailable (the offer search)")
    @APIResponse(responseCode = "503", description = "provider.unavailable: the provider's circuit is open")
    @APIResponse(responseCode = "504", description = "provider.unavailable: the offer search timed out")
    public Response create(OrderRequest body) {
        Params.required("body", body);
        ProviderId providerId = new ProviderId(Uuids.parse("provider_id", body.providerId()));
        SeriesId seriesId = new SeriesId(Uuids.parse("series_id", body.seriesId()));
        List<E164> e164s = new ArrayList<>();
        if (body.e164() != null) {
            for (String raw : body.e164()) {
                e164s.add(E164.parse("e164", raw == null ? null : raw.strip()));
            }
        }
        if (body.e164() != null && body.quantity() != null) {
            throw invalid("quantity", "give either e164 or quantity, not both");
        }
        if ((body.e164() == null || e164s.isEmpty()) && body.quantity() == null) {
            throw invalid("e164", "give the numbers (e164) or a quantity");
        }
        if (e164s.size() > 100) {
            throw DomainException.invalidField("e164", "at most 100 numbers per order");
        }
        if (body.quantity() != null && (body.quantity() < 1 || body.quantity() > 100)) {
            throw DomainException.invalidField("quantity", "must be between 1 and 100");
        }
        if (!e164s.isEmpty() && (body.startsWith() != null || body.contains() != null || body.endsWith() != null
                || body.capability() != null)) {
            throw invalid("e164", "criteria (starts_with, contains, ends_with, capability) go with quantity");
        }
        Optional<Capability> capability = Params.text(body.capability()).map(c -> Capability.fromWire(c)
                .orElseThrow(() -> DomainException.invalidField("capability", "must be voice, sms, mms or fax")));
        Optional<WorkspaceId> workspace = Params.uuid("workspace_id", body.workspaceId()).map(WorkspaceId::new);
        Optional<String> campaign = Params.text(body.campaignId()).map(String::strip);
        if (campaign.isPresent() && campaign.get().length() > 64) {
            throw DomainException.invalidField("campaign_id", "at most 64 characters");
        }
        NumberOrder order = orders.place(new OrderUseCase.PlaceOrderCommand(providerId, seriesId, e164s,
                Optional.ofNullable(body.quantity()), Params.patterns(body.startsWith(), body.contains(),
                body.endsWith()), capability, workspace, campaign));
        return Response.created(URI.create("/v1/orders/" + order.id())).entity(OrderView.of(order)).build();
    }

    @GET
    @Operation(operationId = "listOrders", summary = "List orders", description = "Oldest first, keyset-paged")
    @APIResponse(responseCode = "200", description = "A page of orders",
            content = @Content(schema = @Schema(implementation = OrderView.ListView.class)))
    @APIResponse(responseCode = "400", description = "validation.bad_request, validation.invalid_cursor")
    public OrderView.ListView list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Page<NumberOrder> page = orders.list(cursors.request(LIST, limit, cursor));
        return cursors.answer(LIST, page, OrderView::of, OrderView.ListView::new);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrder", summary = "Get an order with its per-number results")
    @APIResponse(responseCode = "200", description = "The order",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "404", description = "orders.not_found")
    public OrderView get(@PathParam("id") @PathId(ErrorCode.ORDER_NOT_FOUND) UUID id) {
        return OrderView.of(orders.get(new OrderId(id)));
    }

    @POST
    @Path("/{id}/retry")
    @Operation(operationId = "retryOrder", summary = "Send a pending order to the provider again",
            description = "With the same reference, so a provider that acted before timing out does not order twice")
    @APIResponse(responseCode = "200", description = "The order after the attempt",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "404", description = "orders.not_found")
    @APIResponse(responseCode = "409", description = "orders.not_retryable: every number is settled")
    public OrderView retry(@PathParam("id") @PathId(ErrorCode.ORDER_NOT_FOUND) UUID id) {
        return OrderView.of(orders.retry(new OrderId(id)));
    }

    private static DomainException invalid(String field, String message) {
        return new DomainException(ErrorCode.ORDER_INVALID, field + ": " + message,
                List.of(new DomainException.FieldError(field, message)));
    }
}
