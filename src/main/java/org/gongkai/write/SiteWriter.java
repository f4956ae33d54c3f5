package org.gongkai.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The write stage. Everything goes into a fresh directory beside the target; only a complete
 * build is swapped in, so a failed build never leaves a half-written or emptied site.
 */
public final class SiteWriter implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private final AtomicInteger files = new AtomicInteger();
    private boolean committed;

    public SiteWriter(Path target) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        this.staging = this.target.resolveSibling(this.target.getFileName() + ".building");
        deleteTree(staging);
        Files.createDirectories(staging);
    }

    /** Writes one output file; {@code path} is relative to the site root, '/'-separated. */
    public void write(String path, byte[] bytes) {
        Path file = staging.resolve(path).normalize();
        if (!file.startsWith(staging)) {
            throw new IllegalArgumentException("output path escapes the site: " + path);
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            files.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int fileCount() {
        return files.get();
    }

    /** Swaps the finished site in: old site aside, new site in place, old site deleted. */
    public void commit() throws IOException {
        Path old = target.resolveSibling(target.getFileName() + ".old");
        deleteTree(old);
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        deleteTree(old);
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
