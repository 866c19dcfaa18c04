package com.numberinventory.application.service.numbers;

import com.numberinventory.domain.shared.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.numberinventory.application.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportCapacityTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** A call that holds part of the capacity until released. */
    private record Held(CountDownLatch release, Future<String> call) {
        String end() throws Exception {
            release.countDown();
            return call.get(5, TimeUnit.SECONDS);
        }
    }

    /** Starts a call that holds {@code numbers} of the capacity, once it runs. */
    private Held holding(ImportCapacity capacity, long numbers) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> call = pool.submit(() -> capacity.run(numbers, () -> {
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "held";
        }));
        assertTrue(started.await(5, TimeUnit.SECONDS));
        return new Held(release, call);
    }

    @Test
    void a_call_that_does_not_fit_within_the_wait_is_refused_without_running() throws Exception {
        ImportCapacity capacity = new ImportCapacity(100_000, Duration.ofMillis(100));
        Held first = holding(capacity, 100_000);

        AtomicBoolean ran = new AtomicBoolean();
        assertRefused(ErrorCode.IMPORTS_BUSY, () -> capacity.run(10, () -> ran.getAndSet(true)));
        assertFalse(ran.get());

        assertEquals("held", first.end());
        assertEquals(100_000, capacity.available());
    }

    @Test
    void calls_that_fit_together_run_at_the_same_time() throws Exception {
        ImportCapacity capacity = new ImportCapacity(100_000, Duration.ofMillis(100));
        Held first = holding(capacity, 60_000);

        assertEquals(40_000, capacity.available());
        assertEquals("second", capacity.run(40_000, () -> "second"));

        first.end();
    }

    @Test
    void a_waiting_call_starts_when_the_running_one_ends() throws Exception {
        ImportCapacity capacity = new ImportCapacity(100_000, Duration.ofSeconds(10));
        Held first = holding(capacity, 100_000);

        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> capacity.run(100_000, () -> "second"));
        Thread.sleep(100);
        assertFalse(second.isDone());
        first.end();

        assertEquals("second", second.get(5, TimeUnit.SECONDS));
    }

    @Test
    void a_failed_call_gives_its_numbers_back() {
        ImportCapacity capacity = new ImportCapacity(100_000, Duration.ofMillis(100));

        assertThrows(IllegalStateException.class, () -> capacity.run(100_000, () -> {
            throw new IllegalStateException("the import failed");
        }));

        assertEquals(100_000, capacity.available());
    }

    @Test
    void a_capacity_below_one_full_size_call_is_refused_at_start() {
        assertThrows(IllegalArgumentException.class, () -> new ImportCapacity(99_999, Duration.ofSeconds(1)));
    }
}
