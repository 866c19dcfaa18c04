package com.numberinventory.application.service.numbers;

import com.numberinventory.application.port.in.numbers.ImportNumbersUseCase;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How many numbers the imports running at once may hold. An import holds the numbers of its call (up to
 * {@value ImportNumbersUseCase#MAX_NUMBERS_PER_CALL}) while it builds and stores them a chunk at a time; without a
 * bound, enough concurrent full-size imports exhaust any heap and every request after them fails (four at once did,
 * at 128 MiB, when each built all its numbers before storing them). A call takes permits equal to its number of numbers, in arrival order; one that cannot start within the wait
 * is refused with {@link ErrorCode#IMPORTS_BUSY} (503, retry later) before it has changed anything.
 */
public final class ImportCapacity {

    private final Semaphore permits;
    private final int maxNumbers;
    private final Duration wait;

    /**
     * @param maxNumbers the numbers that may be in flight at once, at least one full-size call
     * @param wait       how long a call waits for its turn before it is refused
     */
    public ImportCapacity(int maxNumbers, Duration wait) {
        if (maxNumbers < ImportNumbersUseCase.MAX_NUMBERS_PER_CALL) {
            throw new IllegalArgumentException("the import capacity must hold at least one full-size call ("
                    + ImportNumbersUseCase.MAX_NUMBERS_PER_CALL + " numbers)");
        }
        this.permits = new Semaphore(maxNumbers, true);
        this.maxNumbers = maxNumbers;
        this.wait = wait;
    }

    /** Runs an import of about {@code numbers} numbers once the capacity holds them. */
    public <T> T run(long numbers, Supplier<T> work) {
        int wanted = (int) Math.max(1, Math.min(numbers, maxNumbers));
        boolean admitted;
        try {
            admitted = permits.tryAcquire(wanted, wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw new DomainException(ErrorCode.IMPORTS_BUSY, "other imports are using the import capacity ("
                    + maxNumbers + " numbers at once); nothing was imported, retry later");
        }
        try {
            return work.get();
        } finally {
            permits.release(wanted);
        }
    }

    /** The numbers free for imports now. */
    int available() {
        return permits.availablePermits();
    }
}
