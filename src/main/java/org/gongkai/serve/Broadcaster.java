package org.gongkai.serve;

/**
 * Tells waiting event streams that the served site changed: each waits for a generation other than
 * the one its page was served at. Closing wakes them all to end.
 */
final class Broadcaster {

    private long generation;
    private boolean closed;

    synchronized void publish(long generation) {
        this.generation = generation;
        notifyAll();
    }

    /**
     * The current generation as soon as it differs from {@code seen}, or {@code seen} after
     * {@code timeoutMillis} (time for a keep-alive), or -1 once closed.
     */
    synchronized long await(long seen, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (!closed && generation == seen) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                return seen;
            }
            wait(left);
        }
        return closed ? -1 : generation;
    }

    synchronized void close() {
        closed = true;
        notifyAll();
    }
}
