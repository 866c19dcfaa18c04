package com.numberinventory.adapters.rest.model;

import com.numberinventory.adapters.rest.support.Times;
import com.numberinventory.domain.job.BulkJob;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.shared.WorkspaceId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A bulk job with its progress. */
@Schema(name = "Job")
public record JobView(
        @Schema(example = "01900000-0000-7000-8000-0000000000e1") String id,
        @Schema(example = "release", enumeration = {"release", "retire", "reserve", "suspend", "resume", "import"})
        String action,
        @Schema(nullable = true, example = "admin_released") String reason,
        @Schema(nullable = true, example = "01900000-0000-7000-8000-000000000002") String workspaceId,
        @Schema(nullable = true, example = "01900000-0000-7000-8000-0000000000a1") String seriesId,
        @Schema(example = "running", enumeration = {"queued", "running", "completed"},
                description = "queued until the first number is applied; completed when every one is") String status,
        @Schema(example = "3", description = "Numbers in the job") int total,
        @Schema(example = "2", description = "Numbers the action succeeded on") int done,
        @Schema(example = "1", description = "Numbers the action failed on (see the results)") int failed,
        @Schema(example = "2026-09-01T10:00:00.000Z") String createdAt,
        @Schema(example = "2026-09-01T10:00:01.000Z") String updatedAt,
        @Schema(nullable = true, example = "2026-09-01T10:00:01.000Z") String completedAt) {

    @Schema(name = "JobList")
    public record ListView(List<JobView> data, @Schema(nullable = true) String nextCursor) {
    }

    /** One number's result. */
    @Schema(name = "JobResult")
    public record Result(
            @Schema(example = "0", description = "The number's place in the job, from 0") int position,
            @Schema(nullable = true, example = "+254700000101") String e164,
            @Schema(nullable = true, example = "01900000-0000-7000-8000-000000000001") String numberId,
            @Schema(example = "succeeded", enumeration = {"pending", "succeeded", "failed"},
                    description = "pending until the runner applied it") String status,
            @Schema(nullable = true, example = "numbers.invalid_transition",
                    description = "The stable error code of a failed number") String errorCode) {

        public static Result of(BulkJob.Item i) {
            return new Result(i.position(), i.e164().map(E164::value).orElse(null),
                    i.numberId().map(NumberId::toString).orElse(null),
                    i.outcome().map(BulkJob.Outcome::wireName).orElse("pending"), i.errorCode().orElse(null));
        }
    }

    @Schema(name = "JobResultList")
    public record ResultList(List<Result> data, @Schema(nullable = true) String nextCursor) {
    }

    public static JobView of(BulkJob j) {
        return new JobView(j.id().toString(), j.action().wireName(), j.reason().orElse(null),
                j.workspaceId().map(WorkspaceId::toString).orElse(null),
                j.seriesId().map(Object::toString).orElse(null), j.status().wireName(), j.total(), j.done(),
                j.failed(), Times.format(j.createdAt()), Times.format(j.updatedAt()),
                j.completedAt().map(Times::format).orElse(null));
    }
}
