package com.numberinventory.application.service.jobs;

import com.numberinventory.application.port.in.numbers.ChangeNumberStateUseCase;
import com.numberinventory.application.port.in.numbers.ImportNumbersUseCase;
import com.numberinventory.application.port.in.numbers.ReleaseNumberUseCase;
import com.numberinventory.application.port.in.numbers.ReserveNumberUseCase;
import com.numberinventory.application.port.out.numbers.PhoneNumbers;
import com.numberinventory.domain.job.BulkJob;
import com.numberinventory.domain.job.JobAction;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.number.ReleaseReason;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;

import java.util.List;
import java.util.Optional;

/** The ordinary single-number command of a job's action, joining the caller's transaction. */
public record JobItemCommands(PhoneNumbers numbers, ReleaseNumberUseCase release, ChangeNumberStateUseCase state,
                              ReserveNumberUseCase reserve, ImportNumbersUseCase imports) {

    /** The reason recorded by suspend, resume and retire when the job gives none. */
    public static final String DEFAULT_REASON = "bulk job";

    /** The item's number, when it names one or its E.164 is in the inventory (for a failure's record). */
    public Optional<NumberId> numberOf(BulkJob.Item item) {
        return item.numberId().or(() -> item.e164().flatMap(numbers::findByE164).map(PhoneNumber::id));
    }

    /** Applies the item through the job action's own use case. */
    public PhoneNumber apply(BulkJob job, BulkJob.Item item) {
        if (job.action() == JobAction.IMPORT) {
            return importOne(job, item.e164().orElseThrow());
        }
        NumberId id = item.numberId().orElseGet(() -> numbers.findByE164(item.e164().orElseThrow())
                .map(PhoneNumber::id).orElseThrow(() -> new DomainException(ErrorCode.NUMBER_NOT_FOUND,
                        "no number " + item.e164().orElseThrow().value())));
        String reason = job.reason().orElse(DEFAULT_REASON);
        return switch (job.action()) {
            case RELEASE -> release.release(new ReleaseNumberUseCase.ReleaseNumberCommand(id,
                    releaseReason(job.reason()), Optional.empty()));
            case RETIRE -> state.retire(id, reason);
            case SUSPEND -> state.suspend(id, reason);
            case RESUME -> state.resume(id, job.reason().orElse(null));
            case RESERVE -> reserve.reserve(new ReserveNumberUseCase.ReserveNumberCommand(id,
                    job.workspaceId().orElseThrow(), ReserveNumberUseCase.DEFAULT_TTL_SECONDS));
            case IMPORT -> throw new IllegalStateException("import is applied by e164");
        };
    }

    /** Imports one number through the ordinary import (its own {@code number.added}); a skip is a failure. */
    private PhoneNumber importOne(BulkJob job, E164 e164) {
        ImportNumbersUseCase.ImportResult result = imports.importNumbers(new ImportNumbersUseCase.ImportNumbersCommand(
                job.seriesId().orElseThrow(), new ImportNumbersUseCase.Listed(List.of(e164.value()))));
        if (result.added() == 1) {
            return numbers.findByE164(e164).orElseThrow();
        }
        String reason = result.skipped().isEmpty() ? "" : result.skipped().getFirst().reason();
        if (reason.equals(ImportNumbersUseCase.Skipped.ALREADY_IN_INVENTORY)) {
            throw new DomainException(ErrorCode.ALREADY_IN_INVENTORY, e164.value() + " is in the inventory already");
        }
        throw new DomainException(ErrorCode.INVALID_NUMBER, e164.value() + " cannot enter this series");
    }

    /** A release job's reason: a release reason the API takes (default {@code admin_released}). */
    static ReleaseReason releaseReason(Optional<String> raw) {
        if (raw.isEmpty()) {
            return ReleaseReason.ADMIN_RELEASED;
        }
        return ReleaseReason.fromWire(raw.get())
                .filter(r -> r != ReleaseReason.PROVIDER_RELEASED && r != ReleaseReason.TRANSFERRED)
                .orElseThrow(() -> BulkJobService.invalid("reason", "a release job's reason is explicit, trial_expired or "
                        + "admin_released"));
    }

}
