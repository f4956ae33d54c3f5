package org.gongkai.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The folder a build writes into before switching: {@code <parent>/.<name>.gongkai-staging-<unique>},
 * holding a marker file that says it is ours, the new site in {@code site/}, and, while or after the
 * sites are switched, the old one. Every build first clears what killed builds left: only folders
 * whose name fits the pattern and that hold the marker, and of those only what Gongkai wrote.
 *
 * <p>Inside: {@code .gongkai-staging} (marker), {@code site/} (the new site; after an exchange, the old
 * one), {@code old/} (the old site, when the switch is two renames), {@code switch-journal} (present
 * only between those two renames), {@code replaced} (names the folder holding the old site once the
 * switch is done).
 */
final class Staging {

    static final String INFIX = ".gongkai-staging-";
    static final String MARKER = ".gongkai-staging";
    static final String MARKER_TEXT = "Gongkai 生成门户时的临时目录（gongkai staging）。\n";
    static final String SITE = "site";
    static final String OLD = "old";
    static final String JOURNAL = "switch-journal";
    static final String REPLACED = "replaced";
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
    private static final SecureRandom RANDOM = new SecureRandom();

    final Path dir;

    private Staging(Path dir) {
        this.dir = dir;
    }

    /** A new, empty staging folder for {@code target}; its name is unique to this build. */
    static Staging create(Path target) throws IOException {
        String unique = Long.toString(ProcessHandle.current().pid(), 36) + "-"
                + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        Path dir = Files.createDirectory(target.resolveSibling("." + target.getFileName() + INFIX + unique));
        Files.writeString(dir.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
        Files.createDirectory(dir.resolve(SITE));
        return new Staging(dir);
    }

    /** Staging folders of {@code target} left by earlier builds: name and marker both ours. */
    static List<Staging> leftovers(Path target) throws IOException {
        Pattern name = Pattern.compile(Pattern.quote("." + target.getFileName() + INFIX) + "[0-9a-z]+-[0-9a-z]+");
        List<Staging> found = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(target.getParent())) {
            for (Path p : s) {
                if (name.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p, NOFOLLOW)
                        && (isMarked(p) || isStillborn(p))) {
                    found.add(new Staging(p));
                }
            }
        }
        found.sort((a, b) -> a.dir.compareTo(b.dir));
        return found;
    }

    private static boolean isMarked(Path dir) {
        Path marker = dir.resolve(MARKER);
        try {
            return Files.isRegularFile(marker, NOFOLLOW) && Files.size(marker) < 1024
                    && Files.readString(marker, StandardCharsets.UTF_8).equals(MARKER_TEXT);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A folder of ours killed before its marker was complete: empty, or holding nothing but the start
     * of the marker. Removing it loses nothing.
     */
    private static boolean isStillborn(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            List<Path> inside = new ArrayList<>();
            s.forEach(inside::add);
            if (inside.isEmpty()) {
                return true;
            }
            Path marker = dir.resolve(MARKER);
            byte[] full = MARKER_TEXT.getBytes(StandardCharsets.UTF_8);
            if (inside.size() != 1 || !inside.get(0).equals(marker) || !Files.isRegularFile(marker, NOFOLLOW)
                    || Files.size(marker) > full.length) {
                return false;
            }
            byte[] written = Files.readAllBytes(marker);
            return java.util.Arrays.equals(written, 0, written.length, full, 0, written.length);
        } catch (IOException e) {
            return false;
        }
    }

    Path site() {
        return dir.resolve(SITE);
    }

    Path old() {
        return dir.resolve(OLD);
    }

    Path journal() {
        return dir.resolve(JOURNAL);
    }

    /** Records, before the first of two renames, which folders are switched. */
    void writeJournal(Path target) throws IOException {
        Files.writeString(journal(), "target " + target + "\nold " + old() + "\nnew " + site() + "\n", StandardCharsets.UTF_8);
    }

    /** Records which folder now holds the replaced site, so that it is never removed as a whole. */
    void markReplaced(String folder) throws IOException {
        Files.writeString(dir.resolve(REPLACED), folder + "\n", StandardCharsets.UTF_8);
    }

    private boolean isReplaced(String folder) {
        try {
            Path p = dir.resolve(REPLACED);
            return Files.isRegularFile(p, NOFOLLOW) && Files.readString(p, StandardCharsets.UTF_8).equals(folder + "\n");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Completes a switch that a killed build left between its two renames: when the output is missing
     * and the old site is here, the old site goes back (the new one was never announced).
     *
     * @return a note for the user when something was put back
     */
    String recover(Path target) throws IOException {
        if (!Files.exists(journal(), NOFOLLOW)) {
            return null;
        }
        String note = null;
        if (!Files.exists(target, NOFOLLOW) && Files.isDirectory(old(), NOFOLLOW)) {
            Files.move(old(), target, StandardCopyOption.ATOMIC_MOVE);
            note = "上次生成在替换输出目录时中断，已把原来的门户放回 " + target;
        }
        if (Files.isDirectory(old(), NOFOLLOW)) {
            markReplaced(OLD);
        }
        Files.delete(journal());
        return note;
    }

    /**
     * Removes what is ours: a replaced site by its manifest, an unfinished new site whole (this build
     * family wrote every file of it), then the folder itself once nothing else is left.
     *
     * @return what could not be removed because Gongkai did not write it, as '/'-separated paths
     *         below this folder; empty when the folder is gone
     */
    List<String> clean() throws IOException {
        List<String> kept = new ArrayList<>();
        for (String folder : List.of(SITE, OLD)) {
            Path site = dir.resolve(folder);
            if (!Files.exists(site, NOFOLLOW)) {
                continue;
            }
            Manifest manifest = Files.isDirectory(site, NOFOLLOW) ? Removal.manifestOf(site) : null;
            if (manifest != null) {
                Removal.removeSite(site, manifest).forEach(p -> kept.add(folder + "/" + p));
                if (Files.exists(site, NOFOLLOW)) {
                    markReplaced(folder); // what is left is someone else's: never removed as a whole
                }
            } else if (folder.equals(SITE) && !isReplaced(SITE) && Files.isDirectory(site, NOFOLLOW)) {
                Removal.removeOurs(site);
            } else if (Files.isDirectory(site, NOFOLLOW)) {
                // A replaced site whose manifest is gone already: only its empty folders may go.
                Removal.removeEmptyFolders(site).forEach(p -> kept.add(folder + "/" + p));
            } else {
                kept.add(folder);
            }
        }
        if (!kept.isEmpty()) {
            return kept;
        }
        Files.deleteIfExists(journal());
        Files.deleteIfExists(dir.resolve(REPLACED));
        Files.deleteIfExists(dir.resolve(MARKER));
        try {
            Files.delete(dir);
        } catch (java.nio.file.DirectoryNotEmptyException e) {
            return Removal.contents(dir);
        }
        return List.of();
    }
}
