package dev.careers.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LookaheadTest {

    @Test
    void aWorkerGivesEveryItemInOrder() {
        try (var squares = Lookahead.onWorker(1000, i -> i * i, 64, "test-worker")) {
            var read = new ArrayList<Integer>();
            while (!squares.done()) {
                read.add(squares.next());
            }
            assertThat(read).hasSize(1000);
            for (int i = 0; i < 1000; i++) {
                assertThat(read.get(i)).isEqualTo(i * i);
            }
        }
    }

    @Test
    void inlineItemsAreComputedByTheReaderWhenAsked() {
        var computedOn = new ArrayList<String>();
        try (var items = Lookahead.inline(3, i -> {
            computedOn.add(Thread.currentThread().getName());
            return i;
        })) {
            assertThat(computedOn).isEmpty();
            assertThat(items.next()).isZero();
            assertThat(computedOn).containsExactly(Thread.currentThread().getName());
            assertThat(items.next()).isEqualTo(1);
            assertThat(items.next()).isEqualTo(2);
            assertThat(items.done()).isTrue();
            assertThatThrownBy(items::next).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void theWorkerRunsOnItsOwnThreadAndStaysABoundedNumberAhead() throws Exception {
        var computed = new AtomicInteger();
        var thread = new AtomicReference<String>();
        try (var items = Lookahead.onWorker(10_000, i -> {
            thread.set(Thread.currentThread().getName());
            return computed.incrementAndGet();
        }, 16, "bounded-worker")) {
            items.next();
            Thread.sleep(200);
            // 16 ahead in batches of 2: the queue's 8 batches, the one being read, the one waiting to be put.
            assertThat(computed.get()).isBetween(2, 2 + 16 + 2);
            assertThat(thread.get()).isEqualTo("bounded-worker");
        }
    }

    @Test
    void aFailureIsThrownForItsItemAfterTheItemsBeforeIt() {
        var failure = new IllegalArgumentException("career 5 cannot be typeset");
        try (var items = Lookahead.onWorker(10, i -> {
            if (i == 5) {
                throw failure;
            }
            return i;
        }, 64, "failing-worker")) {
            for (int i = 0; i < 5; i++) {
                assertThat(items.next()).isEqualTo(i);
            }
            assertThatThrownBy(items::next).isSameAs(failure);
        }
    }

    @Test
    void closingStopsTheWorker() throws Exception {
        var started = new CountDownLatch(1);
        var workers = new ArrayList<Thread>();
        Lookahead<Integer> items = Lookahead.onWorker(1_000_000, i -> {
            if (i == 0) {
                workers.add(Thread.currentThread());
                started.countDown();
            }
            return i;
        }, 8, "closed-worker");
        assertThat(items.next()).isZero();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        items.close();
        Thread worker = workers.get(0);
        worker.join(5_000);
        assertThat(worker.isAlive()).isFalse();
    }

    @Test
    void aReaderThatAsksForMoreThanThereAreIsTold() {
        try (var items = Lookahead.onWorker(2, List.of("a", "b")::get, 4, "short-worker")) {
            assertThat(items.next()).isEqualTo("a");
            assertThat(items.next()).isEqualTo("b");
            assertThatThrownBy(items::next).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("all 2 items were read");
        }
    }
}
