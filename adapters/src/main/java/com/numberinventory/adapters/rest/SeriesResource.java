package com.numberinventory.adapters.rest;

import com.numberinventory.application.port.in.series.SeriesFilter;
import com.numberinventory.adapters.rest.support.PathId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.numberinventory.adapters.rest.model.ImportRequest;
import com.numberinventory.adapters.rest.model.MoneyView;
import com.numberinventory.adapters.rest.model.SeriesPatch;
import com.numberinventory.adapters.rest.model.SeriesRequest;
import com.numberinventory.adapters.rest.model.SeriesView;
import com.numberinventory.adapters.rest.support.Cursors;
import com.numberinventory.adapters.rest.support.Params;
import com.numberinventory.application.port.in.numbers.ImportNumbersUseCase;
import com.numberinventory.application.port.in.series.ChangeSeriesStatusUseCase;
import com.numberinventory.application.port.in.series.CreateSeriesUseCase;
import com.numberinventory.application.port.in.series.SeriesQueries;
import com.numberinventory.application.port.in.series.UpdateSeriesUseCase;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.Patch;
import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.series.QuarantinePeriod;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.series.SeriesStatus;
import com.numberinventory.domain.shared.CountryCode;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.Money;
import com.numberinventory.domain.shared.Uuids;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Number series: blocks from one provider, one country, one price. */
@Path("/v1/series")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Series", description = "Number blocks from one provider in one country at one price")
public class SeriesResource {

    static final String LIST = "series";

    @Inject
    CreateSeriesUseCase create;
    @Inject
    UpdateSeriesUseCase update;
    @Inject
    ChangeSeriesStatusUseCase status;
    @Inject
    SeriesQueries queries;
    @Inject
    ImportNumbersUseCase imports;
    @Inject
    Cursors cursors;
    @Inject
    ObjectMapper mapper;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSeries", summary = "Create a series", description = "A new series is inactive until activated")
    @APIResponse(responseCode = "201", description = "The series", content = @Content(schema = @Schema(implementation = SeriesView.class)))
    @APIResponse(responseCode = "400", description = "validation.bad_request")
    @APIResponse(responseCode = "404", description = "provider.not_found")
    public Response create(SeriesRequest body) {
        Params.required("body", body);
        ProviderId providerId = new ProviderId(Uuids.parse("provider_id", body.providerId()));
        CountryCode country = CountryCode.parse("country_code", body.countryCode());
        Capabilities capabilities = Capabilities.parse("capabilities", body.capabilities());
        Optional<Money> price = Optional.ofNullable(body.monthlyPrice()).map(m -> m.toMoney("monthly_price"));
        Optional<QuarantinePeriod> quarantine = Params.text(body.quarantinePeriod())
                .map(q -> QuarantinePeriod.parse("quarantine_period", q));
        Series series = create.create(new CreateSeriesUseCase.CreateSeriesCommand(providerId, body.name(), country,
                capabilities, price, Params.text(body.externalRef()), quarantine));
        return Response.created(URI.create("/v1/series/" + series.id())).entity(SeriesView.of(series)).build();
    }

    @GET
    @Operation(operationId = "listSeries", summary = "List series", description = "Filter by provider, country and status; keyset-paged")
    public SeriesView.ListView list(@QueryParam("provider_id") String providerId,
                                    @QueryParam("country_code") String country,
                                    @QueryParam("status") String status,
                                    @QueryParam("limit") String limit,
                                    @QueryParam("cursor") String cursor) {
        SeriesFilter filter = new SeriesFilter(
                Params.uuid("provider_id", providerId).map(ProviderId::new),
                Params.country("country_code", country),
                Params.text(status).map(s -> SeriesStatus.fromWire(s)
                        .orElseThrow(() -> DomainException.invalidField("status", "must be active or inactive"))));
        Page<Series> page = queries.list(filter, cursors.request(LIST, limit, cursor));
        return cursors.answer(LIST, page, SeriesView::of, SeriesView.ListView::new);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSeries", summary = "Get a series with its number counts per status")
    @APIResponse(responseCode = "200", description = "The series with counts")
    @APIResponse(responseCode = "404", description = "numbers.series_not_found")
    public SeriesView get(@PathParam("id") @PathId(ErrorCode.SERIES_NOT_FOUND) UUID id) {
        SeriesQueries.SeriesWithCounts found = queries.get(new SeriesId(id));
        return SeriesView.of(found.series(), found.counts());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateSeries", summary = "Change a series' name, price, capabilities or quarantine period")
    @RequestBody(content = @Content(schema = @Schema(implementation = SeriesPatch.class)))
    @APIResponse(responseCode = "200", description = "The series")
    @APIResponse(responseCode = "404", description = "numbers.series_not_found")
    public SeriesView patch(@PathParam("id") @PathId(ErrorCode.SERIES_NOT_FOUND) UUID id, JsonNode body) {
        SeriesId seriesId = new SeriesId(id);
        if (body == null || !body.isObject()) {
            throw DomainException.invalidField("body", "must be a JSON object");
        }
        Patch<String> name = body.has("name") ? Patch.set(textOrNull(body.get("name"))) : Patch.unchanged();
        Patch<Money> price = Patch.unchanged();
        if (body.has("monthly_price")) {
            JsonNode node = body.get("monthly_price");
            price = node.isNull() ? Patch.set(null) : Patch.set(convert(node, MoneyView.class, "monthly_price")
                    .toMoney("monthly_price"));
        }
        Patch<Capabilities> caps = Patch.unchanged();
        if (body.has("capabilities")) {
            JsonNode node = body.get("capabilities");
            if (!node.isArray()) {
                throw DomainException.invalidField("capabilities", "must be a list such as [\"voice\", \"sms\"]");
            }
            List<String> raw = new ArrayList<>();
            node.forEach(n -> raw.add(n.asText()));
            caps = Patch.set(Capabilities.parse("capabilities", raw));
        }
        Patch<QuarantinePeriod> quarantine = body.has("quarantine_period")
                ? Patch.set(QuarantinePeriod.parse("quarantine_period", textOrNull(body.get("quarantine_period"))))
                : Patch.unchanged();
        return SeriesView.of(update.update(new UpdateSeriesUseCase.UpdateSeriesCommand(seriesId, name, price, caps,
                quarantine)));
    }

    @POST
    @Path("/{id}/activate")
    @Operation(operationId = "activateSeries", summary = "Open a series for provisioning")
    @APIResponse(responseCode = "200", description = "The series")
    @APIResponse(responseCode = "404", description = "numbers.series_not_found")
    public SeriesView activate(@PathParam("id") @PathId(ErrorCode.SERIES_NOT_FOUND) UUID id) {
        return SeriesView.of(status.activate(new SeriesId(id)));
    }

    @POST
    @Path("/{id}/deactivate")
    @Operation(operationId = "deactivateSeries", summary = "Close a series for provisioning")
    @APIResponse(responseCode = "200", description = "The series")
    @APIResponse(responseCode = "404", description = "numbers.series_not_found")
    public SeriesView deactivate(@PathParam("id") @PathId(ErrorCode.SERIES_NOT_FOUND) UUID id) {
        return SeriesView.of(status.deactivate(new SeriesId(id)));
    }

    @POST
    @Path("/{id}/numbers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importNumbers", summary = "Import numbers into a series",
            description = "Either {\"e164\": [...]} or {\"range\": {\"first\", \"last\"}}; at most 100,000 numbers a call. "
                    + "Numbers the inventory already holds are skipped and listed.")
    @APIResponse(responseCode = "201", description = "What was added and what was skipped", content = @Content(schema = @Schema(implementation = ImportRequest.ResultView.class)))
    @APIResponse(responseCode = "400", description = "numbers.series_invalid or validation.bad_request")
    @APIResponse(responseCode = "404", description = "numbers.series_not_found")
    @APIResponse(responseCode = "503", description = "numbers.imports_busy: other imports hold the numbers the service "
            + "builds at once (numbers.imports.max-numbers-in-flight) for longer than numbers.imports.queue-timeout; nothing was "
            + "imported, retry after Retry-After. service_unavailable: the database cannot be reached")
    public Response importNumbers(@PathParam("id") @PathId(ErrorCode.SERIES_NOT_FOUND) UUID id, ImportRequest body) {
        SeriesId seriesId = new SeriesId(id);
        Params.required("body", body);
        ImportNumbersUseCase.Selection selection;
        if (body.e164() != null && body.range() != null) {
            throw DomainException.invalidField("body", "give either e164 or range, not both");
        } else if (body.e164() != null) {
            selection = new ImportNumbersUseCase.Listed(body.e164());
        } else if (body.range() != null) {
            selection = new ImportNumbersUseCase.Range(
                    rangeEnd("range.first", body.range().first()), rangeEnd("range.last", body.range().last()));
        } else {
            throw DomainException.invalidField("body", "give either e164 or range");
        }
        ImportNumbersUseCase.ImportResult result = imports.importNumbers(
                new ImportNumbersUseCase.ImportNumbersCommand(seriesId, selection));
        return Response.status(201).entity(new ImportRequest.ResultView(result.added(), result.skipped().stream()
                .map(s -> new ImportRequest.SkippedView(s.e164(), s.reason())).toList())).build();
    }

    private static E164 rangeEnd(String field, String raw) {
        // An end that is not E.164 is invalid input (Conventions); a range whose ends do not fit together is
        // a malformed range (numbers.series_invalid, decided by the import).
        return E164.parse(field, raw == null ? null : raw.strip());
    }

    private <T> T convert(JsonNode node, Class<T> type, String field) {
        try {
            return mapper.treeToValue(node, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw DomainException.invalidField(field, "has the wrong shape");
        }
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

}
