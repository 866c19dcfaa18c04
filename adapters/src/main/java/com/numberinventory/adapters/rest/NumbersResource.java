package com.numberinventory.adapters.rest;

import com.numberinventory.application.port.in.numbers.NumberDetails;
import com.numberinventory.application.port.in.numbers.NumberFilter;
import com.numberinventory.application.port.in.numbers.ProvisionCriteria;
import com.numberinventory.adapters.rest.support.PathId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.numberinventory.adapters.rest.model.EventListView;
import com.numberinventory.adapters.rest.model.NumberView;
import com.numberinventory.adapters.rest.model.ProvisionAnyRequest;
import com.numberinventory.adapters.rest.model.ProvisionRequest;
import com.numberinventory.adapters.rest.model.ProvisionedNumbersView;
import com.numberinventory.adapters.rest.model.ReleaseRequest;
import com.numberinventory.adapters.rest.model.TransferRequest;
import com.numberinventory.adapters.rest.security.Caller;
import com.numberinventory.adapters.rest.security.CurrentCaller;
import com.numberinventory.adapters.rest.support.Cursors;
import com.numberinventory.adapters.rest.support.Params;
import com.numberinventory.application.port.in.numbers.NumberQueries;
import com.numberinventory.application.port.in.numbers.ProvisionAnyNumberUseCase;
import com.numberinventory.application.port.in.numbers.ProvisionNumberUseCase;
import com.numberinventory.application.port.in.numbers.ReleaseNumberUseCase;
import com.numberinventory.application.port.in.numbers.ReserveNumberUseCase;
import com.numberinventory.application.port.in.numbers.TransferNumberUseCase;
import com.numberinventory.application.port.in.numbers.ChangeNumberStateUseCase;
import com.numberinventory.adapters.rest.model.ReasonRequest;
import com.numberinventory.adapters.rest.model.ReserveRequest;
import com.numberinventory.application.port.in.numbers.StoredEvent;
import com.numberinventory.application.shared.Page;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.NumberStatus;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.number.ReleaseReason;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.WorkspaceId;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/** Numbers (DIDs): search, lookup, provision, release and history. */
@Path("/v1/numbers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Numbers", description = "Phone numbers (DIDs): search, provision, release, history")
public class NumbersResource {

    static final String LIST = "numbers";
    static final String EVENTS = "events";

    @Inject
    NumberQueries queries;
    @Inject
    ProvisionNumberUseCase provision;
    @Inject
    ProvisionAnyNumberUseCase provisionAny;
    @Inject
    ReleaseNumberUseCase release;
    @Inject
    ReserveNumberUseCase reserve;
    @Inject
    TransferNumberUseCase transfer;
    @Inject
    ChangeNumberStateUseCase state;
    @Inject
    Cursors cursors;
    @Inject
    com.numberinventory.application.port.in.campaigns.NumberMessagingQueries messaging;
    @Inject
    ObjectMapper mapper;
    @Inject
    CurrentCaller callers;
    @Inject
    com.numberinventory.application.port.in.numbers.UpstreamDisconnectUseCase disconnects;

    @GET
    @Operation(operationId = "listNumbers", summary = "Search numbers",
            description = "All filters combine; starts_with, contains and ends_with match the digits of the E.164 "
                    + "without '+'; pattern matches the whole of them, with * wildcards and vanity letters "
                    + "(*FLOWERS). Keyset-paged: follow next_cursor until it is null.")
    @APIResponse(responseCode = "200", description = "A page of numbers")
    @APIResponse(responseCode = "422", description = "numbers.invalid_pattern")
    public CompletionStage<NumberView.ListView> list(
            @Parameter(example = "available", schema = @Schema(type = SchemaType.STRING, enumeration = {"pending",
                    "available", "reserved", "assigned", "quarantined", "retired"})) @QueryParam("status") String status,
            @QueryParam("series_id") String seriesId,
            @QueryParam("provider_id") String providerId,
            @QueryParam("workspace_id") String workspaceId,
            @Parameter(example = "KE") @QueryParam("country_code") String country,
            @Parameter(example = "sms") @QueryParam("capability") List<String> capability,
            @Parameter(example = "2547") @QueryParam("starts_with") String startsWith,
            @Parameter(example = "000") @QueryParam("contains") String contains,
            @Parameter(example = "42") @QueryParam("ends_with") String endsWith,
            @Parameter(example = "*FLOWERS", description = "The whole number: digits, letters as keypad digits "
                    + "(vanity), * for any run of digits; e.g. 2547*, *FLOWERS, *000*")
            @QueryParam("pattern") String pattern,
            @Parameter(example = "mobile", schema = @Schema(type = SchemaType.STRING, enumeration = {"fixed_line", "mobile", "fixed_line_or_mobile", "toll_free", "premium_rate", "shared_cost", "voip", "personal_number", "pager", "uan", "voicemail", "unknown"}))
            @QueryParam("number_type") String numberType,
            @Parameter(example = "50") @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        Optional<NumberStatus> statusFilter = Params.text(status).map(s -> NumberStatus.fromWire(s).orElseThrow(
                () -> DomainException.invalidField(
                        "status", "must be pending, available, reserved, assigned, quarantined or retired")));
        // A workspace-bound key lists its own numbers, or the free inventory when it asks for status=available.
        Optional<WorkspaceId> workspaceFilter = callers.get().listFilter("workspace_id",
                Params.uuid("workspace_id", workspaceId).map(WorkspaceId::new), statusFilter);
        NumberFilter filter = new NumberFilter(
                statusFilter,
                Params.uuid("series_id", seriesId).map(SeriesId::new),
                Params.uuid("provider_id", providerId).map(ProviderId::new),
                workspaceFilter,
                Params.country("country_code", country),
                Params.capabilities("capability", capability),
                Params.patterns(startsWith, contains, endsWith, pattern),
                Params.numberType("number_type", numberType));
        Caller caller = callers.get();
        // Runs on the event loop, as the lookup: the page comes from the reactive client.
        return queries.search(filter, cursors.request(LIST, limit, cursor))
                .thenApply(page -> new NumberView.ListView(page.items().stream()
                        .filter(d -> caller.maySee(d.number())).map(NumberView::of).toList(),
                        cursors.next(LIST, page)));
    }

    @GET
    @Path("/lookup")
    @Operation(operationId = "lookupNumber", summary = "Find the number holding an E.164", description = "For routing: which workspace holds it")
    @APIResponse(responseCode = "200", description = "The number")
    @APIResponse(responseCode = "400", description = "validation.bad_request")
    @APIResponse(responseCode = "404", description = "numbers.not_found")
    public CompletionStage<NumberView> lookup(
            @Parameter(example = "+254700000001", required = true) @QueryParam("e164") String e164) {
        // Runs on the event loop: the row comes from the reactive client, no worker thread waits for it.
        String raw = e164;
        if (raw != null && raw.startsWith(" ")) {
            // An unencoded '+' in a query string arrives as a space.
            raw = "+" + raw.substring(1);
        }
        E164 wanted = E164.parse("e164", raw == null ? null : raw.strip());
        Caller caller = callers.get();
        return queries.lookup(wanted).handle((found, failure) -> {
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            // Another workspace's number answers exactly as a number not in the inventory: the same code and
            // detail, written here for both, so a workspace-bound key cannot tell "exists elsewhere" from "does not
            // exist".
            boolean notFound = cause instanceof DomainException d && d.errorCode() == ErrorCode.NUMBER_NOT_FOUND;
            if (cause != null && !notFound) {
                throw cause instanceof RuntimeException r ? r : new CompletionException(cause);
            }
            if (notFound || !caller.maySee(found.number())) {
                throw new DomainException(ErrorCode.NUMBER_NOT_FOUND, "no number with that E.164 in the inventory");
            }
            return NumberView.of(found);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getNumber", summary = "Get a number")
    @APIResponse(responseCode = "200", description = "The number")
    @APIResponse(responseCode = "404", description = "numbers.not_found")
    public NumberView get(@PathParam("id") @PathId(ErrorCode.NUMBER_NOT_FOUND) UUID id) {
        NumberDetails found = queries.details(new NumberId(id));
        callers.get().requireVisible(found.number());
        return NumberView.of(found);
    }

    /** Every number the API shows carries its 10DLC messaging state. */
    private NumberView withMessaging(com.numberinventory.domain.number.PhoneNumber n) {
        return NumberView.of(n).withMessaging(NumberView.Messaging.of(messaging.messagingOf(n.id())));
    }

    @POST
    @Path("/{id}/provision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "provisionNumber", summary = "Provision this number to a workspace", description = "Starts a rental at the series' price")
    @APIResponse(responseCode = "200", description = "The number, assigned")
    @APIResponse(responseCode = "404", description = "numbers.not_found")
    @APIResponse(responseCode = "409", description = "numbers.already_claimed, numbers.not_available, numbers.retired, numbers.series_not_active")
    @APIResponse(responseCode = "422", description = "numbers.price_missing")
    public NumberView provision(@PathParam("id") @PathId(ErrorCode.NUMBER_NOT_FOUND) UUID id, ProvisionRequest body) {
        NumberId numberId = new NumberId(id);
        return withMessaging(provision.provision(command(numberId, body, caller ->
                new ProvisionNumberUseCase.ProvisionNumberCommand(numberId,
                        caller.workspaceFor("workspace_id", body.workspaceId()),
                        Optional.ofNullable(body.trialDays()), caller.workspace()))));
    }

    @POST
    @Path("/provision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "provisionAnyNumber", summary = "Provision any available number matching criteria",
            description = "Concurrent callers never receive the same number and never wait on each other. Without "
                    + "quantity the answer is the one Number; with quantity (1 to 1,000) it is a ProvisionedNumbers "
                    + "list (201), claimed in one transaction")
    @APIResponse(responseCode = "200", description = "Without quantity: the number, assigned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NumberView.class)))
    @APIResponse(responseCode = "201", description = "With quantity: the numbers provisioned, each assigned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProvisionedNumbersView.class)))
    @APIResponse(responseCode = "409", description = "numbers.none_available")
    @APIResponse(responseCode = "422", description = "numbers.invalid_pattern")
    public Object provisionAny(ProvisionAnyRequest body) {
        Params.required("body", body);
        WorkspaceId workspace = callers.get().workspaceFor("workspace_id", body.workspaceId());
        ProvisionCriteria criteria = new ProvisionCriteria(
                Params.uuid("series_id", body.seriesId()).map(SeriesId::new),
                Params.country("country_code", body.countryCode()),
                Params.capabilities("capabilities", body.capabilities()),
                Params.patterns(body.startsWith(), body.contains(), body.endsWith(), body.pattern()),
                Params.numberType("number_type", body.numberType()));
        ProvisionAnyNumberUseCase.ProvisionAnyNumberCommand each =
                new ProvisionAnyNumberUseCase.ProvisionAnyNumberCommand(workspace, criteria,
                        Optional.ofNullable(body.trialDays()));
        if (body.quantity() == null) {
            // partial only qualifies a quantity (generated clients send its default); alone it changes nothing.
            return NumberView.of(provisionAny.provisionAny(each));
        }
        ProvisionAnyNumberUseCase.ProvisionedNumbers provisioned = provisionAny.provisionMany(
                new ProvisionAnyNumberUseCase.ProvisionManyCommand(each, body.quantity(),
                        Boolean.TRUE.equals(body.partial())));
        var messagingStates = messaging.messagingOf(provisioned.numbers().stream()
                .map(com.numberinventory.domain.number.PhoneNumber::id).toList());
        List<NumberView> data = provisioned.numbers().stream()
                .map(n -> NumberView.of(n).withMessaging(NumberView.Messaging.of(messagingStates.get(n.id()))))
                .toList();
        return jakarta.ws.rs.core.Response.status(jakarta.ws.rs.core.Response.Status.CREATED)
                .entity(new ProvisionedNumbersView(data, provisioned.requested(), data.size())).build();
    }

    @POST
    @Path("/{id}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "releaseNumber", summary = "Release a number", description = "Ends the rental; the number goes to quarantine, "
            + "or back to available when the series' quarantine period is zero")
    @APIResponse(responseCode = "200", description = "The number, quarantined or available")
    @APIResponse(responseCode = "404", description = "numbers.not_found")
    @APIResponse(responseCode = "409", description = "numbers.not_assigned")
    public NumberView release(@PathParam("id") @PathId(ErrorCode.NUMBER_NOT_FOUND) UUID id, ReleaseRequest body) {
        NumberId numberId = new NumberId(id);
        return withMessaging(release.release(command(numberId, body, caller -> {
            ReleaseReason reason = ReleaseReason.fromWire(Params.required("reason", body.reason()))
                    .filter(r -> r != ReleaseReason.PROVIDER_RELEASED)
                    .orElseThrow(() -> DomainException.invalidField("reason",
                            "must be explicit, trial_expired or admin_released"));
            Optional<WorkspaceId> holder = caller.optionalWorkspaceFor("workspace_id", body.workspaceId());
            return new ReleaseNumberUseCase.ReleaseNumberCommand(numberId, reason, holder, caller.workspace());
        })));
    }

    @POST
    @Path("/{id}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "transferNumber", summary = "Transfer an assigned number to another workspace",
            description = "Ends the holder's rental with release reason transferred and opens the new workspace's "
                    + "rental at the same instant at the series' current price, with no quarantine; emits one "
                    + "number.transferred event naming both workspaces")
    @APIResponse(responseCode = "200", description = "The number, assigned to the new workspace")
    @APIResponse(responseCode = "404", description = "numbers.not_found")
    @APIResponse(responseCode = "409", description = "numbers.not_assigned, numbers.holder_mismatch, numbers.retired")
    @APIResponse(responseCode = "422", description = "numbers.same_workspace, numbers.price_missing")
    public NumberView transfer(@PathParam("id") @PathId(ErrorCode.NUMBER_NOT_FOUND) UUID id, TransferRequest body) {
        NumberId numberId = new NumberId(id);
        return withMessaging(transfer.transfer(command(numberId, body, caller -> {
            WorkspaceId to = WorkspaceId.parse("to_workspace_id", Params.required("to_workspace_id",
                    body.toWorkspaceId()));
            Optional<WorkspaceId> from = caller.optionalWorkspaceFor("from_workspace_id", body.fromWorkspaceId());
            return new TransferNumberUseCase.TransferNumberCommand(numberId, to, from, caller.workspace());
        })));
    }

    @POST
    @Path("/{id}/reserve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reserveNumber", summary = "Reserve a number for a workspace",
            description = "Holds an available number for ttl_seconds (default 900, at most 86400); only that "
                    + "workspace may provision it meanwhile. The same workspace may extend its own reservation.")
    @APIResponse(responseCode = "200", description = "The number, reserved, with reserved_until")
    @APIResponse(responseCode = "404", description = "numbers.not_found")
    @APIResponse(responseCode = "409", description = "numbers.already_claimed, numbers.not_available, numbers.retired")
    public NumberView reserve(@PathParam("id") @PathId(ErrorCode.NUMBER_NOT_FOUND) UUID id, ReserveRequest body) {
        NumberId numberId = new NumberId(id);
        Caller caller = visibleTo(numberId);
        Params.required("body", body);
        WorkspaceId workspace = caller.workspaceFor("workspace_id", body.workspaceId());
        int ttl = body.ttlSeconds() == null ? ReserveNumberUseCase.DEFAULT_TTL_SECONDS : body.ttlSeconds();
        return withMessaging(reserve.reserve(new ReserveNumberUseCase.ReserveNumberCommand(numberId, workspace, ttl)));
    }

    @DELETE
    @Path("/{id}/reservation")
    @Operation(operationId = "cancelReservation", summary = "Cancel a reservation", description = "The number returns to available")
    @APIResponse(responseCode = "200", description = "The number, available")
    @APIResponse(responseCode = "404", description = "numbers.not_found")
    @APIResponse(responseCode = "409", description = "numbers.not_reserved")
    public NumberView cancelReservation(@PathParam("id") @PathId(ErrorCode.NUMBER_NOT_FOUND) UUID id,
                                        @Parameter(description = "When given, must be the reserving workspace")
                                        @QueryParam("workspace_id") String workspaceId) {
        NumberId numberId = new NumberId(id);
        Caller caller = visibleTo(numberId);
        return withMessaging(reserve.cancelReservation(numberId,
                caller.optionalWorkspaceFor("workspace_id", workspaceId)));
    }

    @POST
    @Path("/{id}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "suspendNumber", summary = "Suspend an assigned number", description = "The rental stays open; the number shows "
            + "suspended: true so routing backends stop routing it")
    @APIResponse(responseCode = "200", description = "The number, suspended")
    @APIResponse(responseCode = "404", description = "numbers.not_found")
    @APIResponse(responseCode = "409", description = "numbers.not_assigned, numbers.retired")
    public NumberView suspend(@PathParam("id") @PathId(ErrorCode.NUMBER_NOT_FOUND) UUID id, ReasonRequest body) {
        NumberId numberId = new NumberId(id);
        visibleTo(numberId);
        return withMessaging(state.suspend(numberId, reason(body)));
    }

    @POST
    @Path("/{id}/resume")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resumeNumber", summary = "Resume routing of a suspended number")
    @APIResponse(responseCode = "200", description = "The number, suspended: false")
    @APIResponse(responseCode = "404", description = "numbers.not_found")
    @APIResponse(responseCode = "409", description = "numbers.not_assigned, numbers.retired")
    public NumberView resume(@PathParam("id") @PathId(ErrorCode.NUMBER_NOT_FOUND) UUID id, ReasonRequest body) {
        NumberId numberId = new NumberId(id);
        visibleTo(numberId);
        return withMessaging(state.resume(numberId, optionalReason(body)));
    }

    @POST
    @Path("/{id}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "retireNumber", summary = "Retire a number for good", description = "Refused while the number is assigned; "
            + "a retired number is kept for history and refuses every command. With disconnect_upstream: true the "
            + "number is also given back to its provider after the retire commits (Sautikit release, Telnyx "
            + "delete, Zipwhip de-provision); the retire stands whatever the provider answers, and the disconnect "
            + "is followed (and retried when it failed) at /v1/numbers/{id}/disconnect.")
    @APIResponse(responseCode = "200", description = "The number, retired")
    @APIResponse(responseCode = "404", description = "numbers.not_found")
    @APIResponse(responseCode = "409", description = "numbers.assigned, numbers.retired")
    public NumberView retire(@PathParam("id") @PathId(ErrorCode.NUMBER_NOT_FOUND) UUID id,
                             com.numberinventory.adapters.rest.model.RetireRequest body) {
        NumberId numberId = new NumberId(id);
        Params.required("body", body);
        String reason = reason(new ReasonRequest(body.reason()));
        if (Boolean.TRUE.equals(body.disconnectUpstream())) {
            return withMessaging(disconnects.retireAndDisconnect(numberId, reason));
        }
        return withMessaging(state.retire(numberId, reason));
    }

    @POST
    @Path("/{id}/activate")
    @Operation(operationId = "activateNumber", summary = "Activate a pending number", description = "Once its provider-side checks are met")
    @APIResponse(responseCode = "200", description = "The number, available")
    @APIResponse(responseCode = "404", description = "numbers.not_found")
    @APIResponse(responseCode = "409", description = "numbers.not_pending, numbers.retired")
    public NumberView activate(@PathParam("id") @PathId(ErrorCode.NUMBER_NOT_FOUND) UUID id) {
        return withMessaging(state.activate(new NumberId(id)));
    }

    /** The caller, after checking a workspace-bound caller may see the number (else 404 numbers.not_found). */
    private Caller visibleTo(NumberId numberId) {
        Caller caller = callers.get();
        if (caller.workspaceBound()) {
            caller.requireVisible(queries.get(numberId));
        }
        return caller;
    }

    /**
     * The command a request body asks for, built for the caller. A refused body: another workspace's number is
     * "not found" before anything else is said about the request, so only then is the number read to tell which
     * answer comes first. Otherwise the service checks that a workspace-bound caller may see the number under
     * its row lock.
     */
    private <C> C command(NumberId numberId, Object body, java.util.function.Function<Caller, C> build) {
        Caller caller = callers.get();
        try {
            Params.required("body", body);
            return build.apply(caller);
        } catch (DomainException refused) {
            visibleTo(numberId);
            throw refused;
        }
    }

    private static String reason(ReasonRequest body) {
        Params.required("body", body);
        String reason = optionalReason(body);
        if (reason == null) {
            throw DomainException.invalidField("reason", "is required");
        }
        return reason;
    }

    /** Resuming needs no reason; one that is given is kept in the event. */
    private static String optionalReason(ReasonRequest body) {
        String reason = body == null ? null : Params.text(body.reason()).orElse(null);
        if (reason != null && reason.length() > 500) {
            throw DomainException.invalidField("reason", "must be at most 500 characters");
        }
        return reason;
    }

    @GET
    @Path("/{id}/events")
    @Operation(operationId = "listNumberEvents", summary = "A number's domain events, oldest first")
    @APIResponse(responseCode = "200", description = "The events")
    @APIResponse(responseCode = "404", description = "numbers.not_found")
    public EventListView events(@PathParam("id") @PathId(ErrorCode.NUMBER_NOT_FOUND) UUID id, @QueryParam("limit") String limit,
                                @QueryParam("cursor") String cursor) {
        NumberId numberId = new NumberId(id);
        Caller caller = visibleTo(numberId);
        Page<StoredEvent> page = queries.events(numberId,
                cursors.request(EVENTS, limit, cursor));
        List<JsonNode> data = new ArrayList<>();
        for (StoredEvent e : page.items()) {
            JsonNode envelope;
            try {
                envelope = mapper.readTree(e.envelopeJson());
            } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                throw new IllegalStateException("stored event " + e.eventId() + " is not JSON", ex);
            }
            // A workspace-bound key never sees another workspace's events (nor so its id).
            JsonNode owner = envelope.get("workspace_id");
            if (owner == null || owner.isNull() || caller.maySee(Optional.of(WorkspaceId.parse("workspace_id",
                    owner.asText())))) {
                data.add(envelope);
            }
        }
        return new EventListView(data, cursors.next(EVENTS, page));
    }

}
