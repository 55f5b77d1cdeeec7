package com.applicationmanager.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The worker's batching on its own: gathering by size or linger, and never stopping on a failure. */
class BatcherTest {

    @Test
    void aFullBatchStartsAtOnceAndAPartialOneAfterTheLinger() {
        Set<List<Integer>> batches = ConcurrentHashMap.newKeySet();
        try (Batcher<Integer> batcher = new Batcher<>("test-batches", 3, Duration.ofMillis(50), 1, batches::add)) {
            List.of(1, 2, 3, 4).forEach(batcher::add);
            await().atMost(Duration.ofSeconds(5)).until(() -> batches.size() == 2);
            assertThat(batches).containsExactlyInAnyOrder(List.of(1, 2, 3), List.of(4));
        }
    }

    @Test
    void batchesArrivingWhileEverySlotIsBusyWaitAndThenRun() {
        CountDownLatch release = new CountDownLatch(1);
        Set<Integer> handled = ConcurrentHashMap.newKeySet();
        try (Batcher<Integer> batcher = new Batcher<>("test-batches", 2, Duration.ofMillis(5), 1, batch -> {
            if (batch.contains(1)) {
                waitFor(release);
            }
            handled.addAll(batch);
        })) {
            for (int i = 1; i <= 21; i++) {
                batcher.add(i); // the last one lingers while the only slot is busy
            }
            release.countDown();
            await().atMost(Duration.ofSeconds(5)).until(() -> handled.size() == 21);
        }
    }

    @Test
    void aHandlerThatThrowsDoesNotStopTheNextBatches() {
        Set<Integer> handled = ConcurrentHashMap.newKeySet();
        try (Batcher<Integer> batcher = new Batcher<>("test-batches", 1, Duration.ofMillis(1), 2, batch -> {
            if (batch.contains(1)) {
                throw new IllegalStateException("a defect escaping the consumer");
            }
            handled.addAll(batch);
        })) {
            List.of(1, 2, 3).forEach(batcher::add);
            await().atMost(Duration.ofSeconds(5)).until(() -> handled.equals(Set.of(2, 3)));
        }
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
