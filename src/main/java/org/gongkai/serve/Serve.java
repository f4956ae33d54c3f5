package org.gongkai.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * A running preview: the site read and checked ({@link Preview}), served on 127.0.0.1
 * ({@link PreviewServer}), and kept up to date as content/ changes ({@link Watcher}), each change
 * telling open pages to reload. Nothing is written to disk.
 */
public final class Serve implements AutoCloseable {

    private final Preview preview;
    private final PreviewServer server;
    private final Watcher watcher;
    private final CountDownLatch closed = new CountDownLatch(1);

    private Serve(Preview preview, PreviewServer server, Watcher watcher) {
        this.preview = preview;
        this.server = server;
        this.watcher = watcher;
    }

    /** Hears what each refresh did. */
    public interface Listener {
        void refreshed(Preview.Outcome outcome);

        /** A refresh failed on a fault of Gongkai's own; the last site stays served. */
        void failed(RuntimeException e);
    }

    /**
     * Reads and checks {@code contentDir} (telling {@code listener}), then serves it at {@code port}
     * (0: any free port) and watches it; {@code listener} hears of every later refresh.
     */
    public static Serve start(Path contentDir, int port, Listener listener) throws IOException {
        Preview preview = new Preview(contentDir);
        listener.refreshed(preview.load());
        PreviewServer server = PreviewServer.start(preview, port);
        Watcher watcher;
        try {
            watcher = new Watcher(contentDir, (Set<Path> changed) -> {
                try {
                    Preview.Outcome outcome = preview.refresh(changed);
                    server.changed();
                    if (!outcome.ignored()) {
                        listener.refreshed(outcome);
                    }
                } catch (RuntimeException e) {
                    listener.failed(e);
                }
            });
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return new Serve(preview, server, watcher);
    }

    /** The site's address, e.g. http://127.0.0.1:8000/. */
    public URI address() {
        return server.address();
    }

    public Preview preview() {
        return preview;
    }

    /** Blocks until {@link #close()}. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** Stops watching and serving; open event streams end. */
    @Override
    public void close() {
        watcher.close();
        server.close();
        closed.countDown();
    }
}
