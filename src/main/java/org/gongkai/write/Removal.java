package org.gongkai.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Deleting what Gongkai wrote and nothing else. A replaced site goes file by file as its own manifest
 * lists them (never through a link), then the folders those paths imply once they are empty; whatever
 * else is there stays and is reported. Only a folder Gongkai made itself for staging is removed whole.
 */
final class Removal {

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private Removal() {
    }

    /** The manifest of a site folder, or null when it has none that is entirely valid. */
    static Manifest manifestOf(Path site) {
        Path json = site.resolve(Manifest.JSON);
        try {
            if (!Files.isRegularFile(json, NOFOLLOW)) {
                return null;
            }
            return Manifest.parse(Files.readString(json, StandardCharsets.UTF_8));
        } catch (IOException | Manifest.InvalidManifest e) {
            return null;
        }
    }

    /**
     * Removes the files {@code manifest} lists below {@code site}, the manifest's own files, then the
     * implied folders that became empty and {@code site} itself if empty.
     *
     * @return what is left below {@code site} ('/'-separated, folders ending in '/'), sorted; empty
     *         when {@code site} is gone
     */
    static List<String> removeSite(Path site, Manifest manifest) throws IOException {
        for (Manifest.Entry e : manifest.entries()) {
            deleteListedFile(site, e.path());
        }
        List<String> dirs = new ArrayList<>(manifest.directories());
        dirs.sort(Comparator.comparingInt(String::length).reversed());
        for (String d : dirs) {
            deleteIfEmptyDirectory(site, d);
        }
        // The manifest goes last: a removal cut short is taken up again by the next build.
        for (String own : Manifest.OWN_FILES) {
            deleteListedFile(site, own);
        }
        deleteIfEmptyDirectory(site, "");
        return Files.exists(site, NOFOLLOW) ? contents(site) : List.of();
    }

    /** Deletes {@code site/path} if it is a regular file reached through real folders only. */
    private static void deleteListedFile(Path site, String path) throws IOException {
        if (!Manifest.isSafePath(path)) {
            return;
        }
        Path p = site;
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            p = p.resolve(segments[i]);
            if (!Files.isDirectory(p, NOFOLLOW)) {
                return;
            }
        }
        Path file = p.resolve(segments[segments.length - 1]);
        if (file.normalize().startsWith(site) && Files.isRegularFile(file, NOFOLLOW)) {
            Files.deleteIfExists(file);
        }
    }

    private static void deleteIfEmptyDirectory(Path site, String path) throws IOException {
        Path dir = path.isEmpty() ? site : site.resolve(path);
        if (!Files.isDirectory(dir, NOFOLLOW)) {
            return;
        }
        try {
            Files.delete(dir);
        } catch (DirectoryNotEmptyException | NoSuchFileException e) {
            // something that is not ours is inside: it stays
        }
    }

    /**
     * Deletes the empty folders below and including {@code dir}, deepest first: what is left of a
     * replaced site whose removal was cut short after its manifest went. Nothing else is touched.
     *
     * @return what is left, as {@link #contents}
     */
    static List<String> removeEmptyFolders(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                try {
                    Files.delete(d);
                } catch (DirectoryNotEmptyException e) {
                    // holds something: stays
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return Files.exists(dir, NOFOLLOW) ? contents(dir) : List.of();
    }

    /** Deletes {@code dir} and everything below it without following links: only for folders we made. */
    static void removeOurs(Path dir) throws IOException {
        if (!Files.exists(dir, NOFOLLOW)) {
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
                if (exc != null) {
                    throw exc;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * What is below {@code dir}, nothing followed: files, links and empty folders (ending in '/'),
     * '/'-separated and sorted; a folder that holds something is not named itself.
     */
    static List<String> contents(Path dir) throws IOException {
        List<String> found = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                String rel = OutputGuard.relative(dir, d) + "/";
                if (!d.equals(dir) && found.stream().noneMatch(f -> f.startsWith(rel))) {
                    found.add(rel);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                found.add(OutputGuard.relative(dir, file));
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }
}
