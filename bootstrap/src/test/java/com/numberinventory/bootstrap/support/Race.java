package com.numberinventory.bootstrap.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Concurrent callers let go at the same instant, for the tests that prove callers never share or repeat work. */
public final class Race {

    /** One caller's call; {@code n} (0 to callers - 1) tells the callers apart. */
    @FunctionalInterface
    public interface Call<T> {
        T call(int n) throws Exception;
    }

    private Race() {
    }

    /** Runs the same call from {@code callers} threads at once; the answers in the callers' order. */
    public static <T> List<T> of(int callers, Callable<T> call) throws Exception {
        return indexed(callers, n -> call.call());
    }

    /** Runs caller {@code n}'s call from its own thread, all at once; the answers in the callers' order. */
    public static <T> List<T> indexed(int callers, Call<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call(n);
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
