package org.gongkai.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The tool's own data files (forms, catalogue, assets), whether run from classes or the jar. */
public final class Resources {

    private Resources() {
    }

    /** The directory of bundled resources named {@code dir}, as a readable path. */
    public static Path directory(String dir) {
        URL url = Resources.class.getClassLoader().getResource(dir);
        if (url == null) {
            throw new IllegalStateException("bundled resource missing: " + dir);
        }
        try {
            if (url.getProtocol().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(url.toURI(), Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(url.toURI());
                }
                return fs.getPath(dir);
            }
            return Path.of(url.toURI());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Regular files directly in {@code dir} ending in {@code suffix}, sorted by name. */
    public static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
