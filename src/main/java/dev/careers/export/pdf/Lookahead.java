package dev.careers.export.pdf;

import dev.careers.export.ExportException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.IntFunction;

/**
 * The items of a sequence, read in order with {@link #next()}, computed either by the reading
 * thread when it asks ({@link #inline}) or on a worker thread that stays at most a bounded number
 * of items ahead ({@link #onWorker}). Either way the reader gets the same items in the same
 * order; a failure while computing an item is thrown from {@code next()} for that item.
 *
 * <p>Used to typeset a brochure's careers on one core while the document writer lays out the
 * previous ones on another. The worker hands items over in batches, so that the threads wake
 * each other once per batch rather than once per item. Items are never null. Closing stops the
 * worker. One reader thread.
 */
final class Lookahead<T> implements AutoCloseable {
    /** How many batches the items computed ahead are handed over in. */
    private static final int BATCHES = 8;

    private final IntFunction<T> compute;
    private final int count;
    private final int batch;
    private final BlockingQueue<Object> queue;
    private final Thread worker;
    private Iterator<?> current;
    private volatile boolean closed;
    private int read;

    private Lookahead(int count, IntFunction<T> compute, int ahead, String name) {
        this.count = count;
        this.compute = compute;
        this.batch = Math.max(1, ahead / BATCHES);
        if (ahead <= 0) {
            this.queue = null;
            this.worker = null;
        } else {
            this.queue = new ArrayBlockingQueue<>(Math.max(1, ahead / batch));
            this.worker = new Thread(this::work, name);
            worker.setDaemon(true);
            worker.start();
        }
    }

    /** Items 0 to count-1, each computed by the reader when it asks for it. */
    static <T> Lookahead<T> inline(int count, IntFunction<T> compute) {
        return new Lookahead<>(count, compute, 0, null);
    }

    /** Items 0 to count-1, computed on a new thread of that name, up to about {@code ahead} unread. */
    static <T> Lookahead<T> onWorker(int count, IntFunction<T> compute, int ahead, String name) {
        if (ahead <= 0) {
            throw new IllegalArgumentException("ahead must be positive: " + ahead);
        }
        return new Lookahead<>(count, compute, ahead, name);
    }

    /** Whether every item was read. */
    boolean done() {
        return read == count;
    }

    /** The next item; throws what computing it threw. */
    T next() {
        if (done()) {
            throw new IllegalStateException("all " + count + " items were read");
        }
        read++;
        if (worker == null) {
            return compute.apply(read - 1);
        }
        Object item = current != null && current.hasNext() ? current.next() : nextBatch();
        if (item instanceof Failure failure) {
            throw failure.rethrown();
        }
        @SuppressWarnings("unchecked")
        T value = (T) item;
        return value;
    }

    private Object nextBatch() {
        Object taken;
        try {
            taken = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException("interrupted while writing the brochure", e);
        }
        current = ((List<?>) taken).iterator();
        return current.next();
    }

    // A failure ends the batch it occurred in, which is handed over at once.
    private void work() {
        try {
            var items = new ArrayList<Object>(batch);
            for (int i = 0; i < count && !closed; i++) {
                try {
                    items.add(Objects.requireNonNull(compute.apply(i), "item " + i));
                } catch (RuntimeException | Error e) {
                    items.add(new Failure(e));
                    queue.put(items);
                    return;
                }
                if (items.size() == batch || i == count - 1) {
                    queue.put(items);
                    items = new ArrayList<>(batch);
                }
            }
        } catch (InterruptedException e) {
            // Closed by the reader: nothing will read what is left.
        }
    }

    /** Stops the worker, if any, and drops what it computed and nobody read. */
    @Override
    public void close() {
        closed = true;
        if (worker != null) {
            worker.interrupt();
            queue.clear();
        }
    }

    // What an item's computation threw, passed to the reader in the item's place.
    private record Failure(Throwable thrown) {
        RuntimeException rethrown() {
            if (thrown instanceof Error error) {
                throw error;
            }
            return (RuntimeException) thrown;
        }
    }
}
