package org.gongkai.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A copy of a portal checked against its manifest: which listed files are missing, which files are
 * there but not listed, and which differ in size or content. The directory is scanned first and the
 * two lists compared, so a manifest never makes the check open a path outside the directory.
 * {@code SHA256SUMS} is checked too: it must be what the manifest says it should be.
 */
public record Verification(int listed, long listedBytes, List<String> missing, List<String> extra, List<Change> changed) {

    /** A file whose bytes differ from the manifest's; sizes in bytes. */
    public record Change(String path, long expectedSize, long actualSize) {
    }

    public Verification {
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
        changed = List.copyOf(changed);
    }

    public boolean matches() {
        return missing.isEmpty() && extra.isEmpty() && changed.isEmpty();
    }

    /**
     * Checks {@code root} against its own manifest.json.
     *
     * @throws Manifest.InvalidManifest when there is no readable manifest
     */
    public static Verification of(Path root) throws IOException, Manifest.InvalidManifest {
        String text;
        try {
            text = Files.readString(root.resolve(Manifest.JSON), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new Manifest.InvalidManifest("缺少文件清单 " + Manifest.JSON + "，无法校验");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new Manifest.InvalidManifest(Manifest.JSON + " 不是 UTF-8 文本");
        }
        Manifest expected = Manifest.parse(text);
        Verification v = compare(expected, Manifest.scan(root));
        return v.withSums(root, expected);
    }

    static Verification compare(Manifest expected, Manifest actual) {
        Map<String, Manifest.Entry> want = index(expected);
        Map<String, Manifest.Entry> have = index(actual);
        List<String> missing = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        for (Manifest.Entry e : want.values()) {
            Manifest.Entry a = have.get(e.path());
            if (a == null) {
                missing.add(e.path());
            } else if (a.size() != e.size() || !a.sha256().equals(e.sha256())) {
                changed.add(new Change(e.path(), e.size(), a.size()));
            }
        }
        List<String> extra = have.keySet().stream().filter(p -> !want.containsKey(p)).toList();
        return new Verification(expected.entries().size(), expected.totalBytes(), missing, extra, changed);
    }

    private Verification withSums(Path root, Manifest expected) throws IOException {
        Path sums = root.resolve(Manifest.SUMS);
        List<String> missing = new ArrayList<>(this.missing);
        List<Change> changed = new ArrayList<>(this.changed);
        if (!Files.isRegularFile(sums)) {
            missing.add(Manifest.SUMS);
        } else {
            byte[] want = expected.toSha256Sums();
            byte[] have = Files.readAllBytes(sums);
            if (!Arrays.equals(want, have)) {
                changed.add(new Change(Manifest.SUMS, want.length, have.length));
            }
        }
        missing.sort(null);
        changed.sort((a, b) -> a.path().compareTo(b.path()));
        return new Verification(listed, listedBytes, missing, extra, changed);
    }

    private static Map<String, Manifest.Entry> index(Manifest m) {
        return m.entries().stream().collect(Collectors.toMap(Manifest.Entry::path, Function.identity(), (a, b) -> a, TreeMap::new));
    }
}
