package org.gongkai.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The write stage. Everything goes into a fresh directory beside the target; only a complete
 * build is swapped in, so a failed build never leaves a half-written or emptied site. Every file
 * written is recorded with its size and SHA-256, and the commit writes the {@link Manifest} last.
 */
public final class SiteWriter implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private final Map<String, Manifest.Entry> files = new ConcurrentSkipListMap<>();
    private boolean committed;

    public SiteWriter(Path target) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        this.staging = this.target.resolveSibling(this.target.getFileName() + ".building");
        deleteTree(staging);
        Files.createDirectories(staging);
    }

    /**
     * Writes one output file; {@code path} is relative to the site root, '/'-separated. Writing the
     * same path again replaces the file (site assets replace bundled ones this way).
     */
    public void write(String path, byte[] bytes) {
        Path file = staging.resolve(path).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IllegalArgumentException("output path escapes the site: " + path);
        }
        String key = staging.relativize(file).toString().replace('\\', '/');
        if (Manifest.OWN_FILES.contains(key)) {
            throw new IllegalArgumentException("reserved for the manifest: " + path);
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            files.put(key, new Manifest.Entry(key, bytes.length, Sha256.of(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files written so far, not counting the manifest. */
    public int fileCount() {
        return files.size();
    }

    /** Paths written so far, sorted. */
    public List<String> paths() {
        return List.copyOf(files.keySet());
    }

    /**
     * Writes the manifest of everything written, then swaps the finished site in: old site aside,
     * new site in place, old site deleted.
     */
    public void commit() throws IOException {
        Manifest manifest = new Manifest(List.copyOf(files.values()));
        Files.write(staging.resolve(Manifest.JSON), manifest.toJson());
        Files.write(staging.resolve(Manifest.SUMS), manifest.toSha256Sums());
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
