package org.gongkai.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches every folder below the content folder (links are not followed) and hands the changed
 * paths on in batches: after a change, events are gathered until the folder has been quiet for a
 * moment, since an editor's save is often several events. An empty batch means "anything may have
 * changed" (the system dropped events).
 */
final class Watcher implements AutoCloseable {

    /** Quiet time that ends a batch. */
    private static final long QUIET_MILLIS = 25;
    /** A batch ends after this long even while events keep coming. */
    private static final long LONGEST_MILLIS = 500;

    private final Path root;
    private final WatchService service;
    private final Consumer<Set<Path>> changed;
    private final Thread thread;

    Watcher(Path root, Consumer<Set<Path>> changed) throws IOException {
        this.root = root;
        this.service = root.getFileSystem().newWatchService();
        this.changed = changed;
        register(root);
        this.thread = new Thread(this::run, "gongkai-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void register(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                if (d.getFileName() != null && d.getFileName().toString().startsWith(".") && !d.equals(root)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                d.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void run() {
        try {
            while (true) {
                Set<Path> batch = new LinkedHashSet<>();
                boolean overflow = take(service.take(), batch);
                long end = System.currentTimeMillis() + LONGEST_MILLIS;
                WatchKey next;
                while (System.currentTimeMillis() < end && (next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    overflow |= take(next, batch);
                }
                if (overflow) {
                    batch.clear();
                } else if (batch.isEmpty()) {
                    continue;
                }
                changed.accept(batch);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    /** Adds a key's paths to the batch; true when events were lost. A new folder is watched too. */
    private boolean take(WatchKey key, Set<Path> batch) {
        boolean overflow = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                overflow = true;
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            batch.add(path);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    register(path);
                } catch (IOException e) {
                    overflow = true;
                }
            }
        }
        key.reset();
        return overflow;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing more to do
        }
        thread.interrupt();
    }
}
