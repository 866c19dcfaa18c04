package com.numberinventory.adapters.rest;

import com.numberinventory.adapters.rest.model.JobRequest;
import com.numberinventory.adapters.rest.model.JobView;
import com.numberinventory.adapters.rest.support.Cursors;
import com.numberinventory.adapters.rest.support.Params;
import com.numberinventory.adapters.rest.support.PathId;
import com.numberinventory.application.port.in.jobs.BulkJobUseCase;
import com.numberinventory.application.shared.Page;
import com.numberinventory.domain.job.BulkJob;
import com.numberinventory.domain.job.JobAction;
import com.numberinventory.domain.job.JobId;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Bulk jobs: one action over many numbers, applied in the background. */
@Path("/v1/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs", description = "Bulk actions over many numbers, run in the background")
public class JobsResource {

    static final String CSV = "text/csv";

    static final String LIST = "jobs";
    static final String RESULTS = "job_results";

    @Inject
    BulkJobUseCase jobs;
    @Inject
    Cursors cursors;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createJob", summary = "Start a bulk job",
            description = "Stores the job queued with one item per number and answers at once; a background runner "
                    + "applies the action to each number through the ordinary single-number command (its own "
                    + "event, its own error code when it fails) and emits job.completed after the last. The "
                    + "numbers come as JSON (e164 or number_ids) or as a text/csv body with the action in the query. "
                    + "Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "The job, queued",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "400", description = "validation.bad_request naming the field")
    @APIResponse(responseCode = "422", description = "jobs.invalid: no or both of e164 and number_ids, more than "
            + "1,000 numbers, an unknown action, reserve without workspace_id, import without series_id or by "
            + "number_ids, a release reason the API does not take")
    @Parameter(name = "action", in = ParameterIn.QUERY, description = "text/csv bodies only: the action (release, "
            + "retire, reserve, suspend, resume)", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "reason", in = ParameterIn.QUERY, description = "text/csv bodies only: the reason",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "series_id", in = ParameterIn.QUERY, description = "text/csv bodies only: import's series",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    @Parameter(name = "workspace_id", in = ParameterIn.QUERY, description = "text/csv bodies only: reserve's "
            + "workspace", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobRequest.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "A header row naming an e164 or a number_id column (other columns are ignored), "
                            + "then one number a row; the action and reason in the query"),
                    example = "e164\n+254700000101\n+254700000102\n")})
    public Response create(JobRequest body) {
        return start(body);
    }

    /** {@code POST /v1/jobs} with a CSV body: the same operation as {@link #create} (hidden as its own). */
    @POST
    @Consumes(CSV)
    @Operation(hidden = true)
    public Response createFromCsv(String body, @QueryParam("action") String action,
                                  @QueryParam("reason") String reason,
                                  @QueryParam("workspace_id") String workspaceId,
                                  @QueryParam("series_id") String seriesId) {
        List<String> lines = body == null ? List.of() : body.lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            throw invalid("body", "a header row naming an e164 or number_id column, then the numbers");
        }
        List<String> header = cells(lines.getFirst().replace("\uFEFF", "")).stream()
                .map(h -> h.toLowerCase(java.util.Locale.ROOT)).toList();
        int e164 = header.indexOf("e164");
        int numberId = header.indexOf("number_id");
        if ((e164 < 0) == (numberId < 0)) {
            throw invalid("body", "the header row names exactly one of the columns e164 and number_id");
        }
        int column = e164 >= 0 ? e164 : numberId;
        if (lines.size() - 1 > BulkJobUseCase.MAX_NUMBERS) {
            throw invalid(e164 >= 0 ? "e164" : "number_ids",
                    "give between 1 and " + BulkJobUseCase.MAX_NUMBERS + " numbers");
        }
        List<String> values = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> row = cells(line);
            values.add(column < row.size() ? row.get(column) : null);
        }
        return start(new JobRequest(action, e164 >= 0 ? values : null, e164 >= 0 ? null : values, reason,
                workspaceId, seriesId));
    }

    /** A CSV row's cells, stripped, without surrounding double quotes. */
    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        for (String cell : line.split(",", -1)) {
            String c = cell.strip();
            if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
                c = c.substring(1, c.length() - 1).strip();
            }
            out.add(c);
        }
        return out;
    }

    private Response start(JobRequest body) {
        Params.required("body", body);
        JobAction action = JobAction.fromWire(Params.required("action", body.action()))
                .orElseThrow(() -> invalid("action", "must be release, retire, reserve, suspend, resume or import"));
        if ((body.e164() == null) == (body.numberIds() == null)) {
            throw invalid("e164", "give either e164 or number_ids");
        }
        List<String> raw = body.e164() != null ? body.e164() : body.numberIds();
        if (raw.isEmpty() || raw.size() > BulkJobUseCase.MAX_NUMBERS) {
            throw invalid(body.e164() != null ? "e164" : "number_ids",
                    "give between 1 and " + BulkJobUseCase.MAX_NUMBERS + " numbers");
        }
        List<E164> e164s = new ArrayList<>();
        List<NumberId> ids = new ArrayList<>();
        for (String value : raw) {
            if (body.e164() != null) {
                e164s.add(E164.parse("e164", value == null ? null : value.strip()));
            } else {
                ids.add(new NumberId(Uuids.parse("number_ids", value)));
            }
        }
        Optional<WorkspaceId> workspace = Params.uuid("workspace_id", body.workspaceId()).map(WorkspaceId::new);
        Optional<SeriesId> series = Params.uuid("series_id", body.seriesId()).map(SeriesId::new);
        BulkJob job = jobs.create(new BulkJobUseCase.CreateJobCommand(action, e164s, ids,
                Params.text(body.reason()).map(String::strip), workspace, series));
        return Response.created(URI.create("/v1/jobs/" + job.id())).entity(JobView.of(job)).build();
    }

    @GET
    @Operation(operationId = "listJobs", summary = "List bulk jobs", description = "Oldest first, keyset-paged")
    @APIResponse(responseCode = "200", description = "A page of jobs",
            content = @Content(schema = @Schema(implementation = JobView.ListView.class)))
    @APIResponse(responseCode = "400", description = "validation.bad_request, validation.invalid_cursor")
    public JobView.ListView list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Page<BulkJob> page = jobs.list(cursors.request(LIST, limit, cursor));
        return cursors.answer(LIST, page, JobView::of, JobView.ListView::new);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getJob", summary = "Get a bulk job with its progress")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "404", description = "jobs.not_found")
    public JobView get(@PathParam("id") @PathId(ErrorCode.JOB_NOT_FOUND) UUID id) {
        return JobView.of(jobs.get(new JobId(id)));
    }

    @GET
    @Path("/{id}/results")
    @Operation(operationId = "listJobResults", summary = "List a bulk job's per-number results",
            description = "In the job's order, keyset-paged; pending until the runner applied the number")
    @APIResponse(responseCode = "200", description = "A page of results",
            content = @Content(schema = @Schema(implementation = JobView.ResultList.class)))
    @APIResponse(responseCode = "400", description = "validation.bad_request, validation.invalid_cursor")
    @APIResponse(responseCode = "404", description = "jobs.not_found")
    public JobView.ResultList results(@PathParam("id") @PathId(ErrorCode.JOB_NOT_FOUND) UUID id,
                                      @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        String list = RESULTS + ":" + id;
        Page<BulkJob.Item> page = jobs.results(new JobId(id), cursors.request(list, limit, cursor));
        return cursors.answer(list, page, JobView.Result::of, JobView.ResultList::new);
    }

    private static DomainException invalid(String field, String message) {
        return new DomainException(ErrorCode.JOB_INVALID, field + ": " + message,
                List.of(new DomainException.FieldError(field, message)));
    }
}
