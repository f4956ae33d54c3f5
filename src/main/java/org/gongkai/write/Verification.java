package org.gongkai.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A copy of a portal checked against its manifest: which listed files are missing, which files are
 * there but not listed, which differ in size or content; folders no listed path needs; links and
 * special files (never followed); and what is inconsistent in the manifest itself. The directory is
 * scanned first and the two lists compared, so a manifest never makes the check open a path outside
 * the directory. {@code SHA256SUMS} is checked too: it must be what the manifest says it should be.
 */
public record Verification(int listed, long listedBytes, List<String> missing, List<String> extra, List<Change> changed,
        List<String> extraDirs, List<String> links, List<String> specials, List<String> problems) {

    /** A file whose bytes differ from the manifest's; sizes in bytes. */
    public record Change(String path, long expectedSize, long actualSize) {
    }

    public Verification {
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
        changed = List.copyOf(changed);
        extraDirs = List.copyOf(extraDirs);
        links = List.copyOf(links);
        specials = List.copyOf(specials);
        problems = List.copyOf(problems);
    }

    public boolean matches() {
        return missing.isEmpty() && extra.isEmpty() && changed.isEmpty() && extraDirs.isEmpty() && links.isEmpty()
                && specials.isEmpty() && problems.isEmpty();
    }

    /**
     * Checks {@code root} against its own manifest.json.
     *
     * @throws Manifest.InvalidManifest when there is no manifest, or it is not JSON or not a manifest
     */
    public static Verification of(Path dir) throws IOException, Manifest.InvalidManifest {
        Path root = dir.toRealPath(); // the folder named may be a link; nothing below it is followed
        Path json = root.resolve(Manifest.JSON);
        if (Files.isSymbolicLink(json)) {
            throw new Manifest.InvalidManifest(Manifest.JSON + " 是符号链接，没有跟随");
        }
        String text;
        try {
            text = Files.readString(json, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new Manifest.InvalidManifest("缺少文件清单 " + Manifest.JSON + "，无法校验");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new Manifest.InvalidManifest(Manifest.JSON + " 不是 UTF-8 文本");
        }
        Manifest.Reading reading = Manifest.read(text);
        Tree tree = Tree.scan(root);
        return compare(reading, tree).withSums(root, reading.manifest(), tree);
    }

    /** What is below a portal, nothing followed: regular files with size and hash, and the rest by kind. */
    private record Tree(Map<String, Manifest.Entry> files, List<String> dirs, List<String> links, List<String> specials) {

        static Tree scan(Path root) throws IOException {
            Map<String, Manifest.Entry> files = new TreeMap<>();
            List<String> dirs = new ArrayList<>();
            List<String> links = new ArrayList<>();
            List<String> specials = new ArrayList<>();
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root)) {
                        dirs.add(OutputGuard.relative(root, dir));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    String path = OutputGuard.relative(root, file);
                    if (attrs.isSymbolicLink()) {
                        links.add(path);
                    } else if (!attrs.isRegularFile()) {
                        specials.add(path);
                    } else if (!Manifest.OWN_FILES.contains(path)) {
                        files.put(path, new Manifest.Entry(path, attrs.size(), Sha256.of(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            dirs.sort(null);
            links.sort(null);
            specials.sort(null);
            return new Tree(files, dirs, links, specials);
        }
    }

    private static Verification compare(Manifest.Reading reading, Tree tree) {
        List<String> missing = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        Set<String> usable = reading.manifest().paths();
        for (Manifest.Entry e : reading.manifest().entries()) {
            Manifest.Entry a = tree.files().get(e.path());
            if (a == null) {
                missing.add(e.path());
            } else if (a.size() != e.size() || !a.sha256().equals(e.sha256())) {
                changed.add(new Change(e.path(), e.size(), a.size()));
            }
        }
        // A listed entry with an unusable size or hash is reported as a problem, not its file as missing.
        for (String p : reading.listed()) {
            if (!usable.contains(p) && !tree.files().containsKey(p)) {
                missing.add(p);
            }
        }
        List<String> extra = tree.files().keySet().stream().filter(p -> !reading.listed().contains(p)).toList();
        Set<String> implied = Manifest.directoriesOf(reading.listed());
        // Outermost only: the files inside an extra folder are reported as extra files.
        List<String> extraDirs = tree.dirs().stream()
                .filter(d -> !implied.contains(d))
                .filter(d -> d.indexOf('/') < 0 || implied.contains(d.substring(0, d.lastIndexOf('/'))))
                .map(d -> d + "/")
                .toList();
        Manifest m = reading.manifest();
        return new Verification(reading.listed().size(), m.totalBytes(), missing, extra, changed, extraDirs, tree.links(),
                tree.specials(), reading.problems());
    }

    private Verification withSums(Path root, Manifest expected, Tree tree) throws IOException {
        Path sums = root.resolve(Manifest.SUMS);
        List<String> missing = new ArrayList<>(this.missing);
        List<Change> changed = new ArrayList<>(this.changed);
        if (Files.isSymbolicLink(sums) || !Files.isRegularFile(sums, LinkOption.NOFOLLOW_LINKS)) {
            if (!tree.links().contains(Manifest.SUMS) && !tree.specials().contains(Manifest.SUMS)) {
                missing.add(Manifest.SUMS);
            }
        } else {
            byte[] want = expected.toSha256Sums();
            byte[] have = Files.readAllBytes(sums);
            if (!Arrays.equals(want, have)) {
                changed.add(new Change(Manifest.SUMS, want.length, have.length));
            }
        }
        missing.sort(null);
        changed.sort((a, b) -> a.path().compareTo(b.path()));
        return new Verification(listed, listedBytes, missing, extra, changed, extraDirs, links, specials, problems);
    }
}
