package org.gongkai.write;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongkai.json.JsonReader;
import org.gongkai.json.JsonWriter;

/**
 * The list of every file of a built portal with its size and SHA-256, sorted by path. It is written
 * twice at the portal root: {@code manifest.json} (read by {@code gongkai verify}) and
 * {@code SHA256SUMS} in the format of coreutils' sha256sum, so that a copy can also be checked with
 * {@code sha256sum -c SHA256SUMS} where Java is not at hand. Neither lists itself or the other.
 */
public record Manifest(List<Entry> entries) {

    public static final String JSON = "manifest.json";
    public static final String SUMS = "SHA256SUMS";
    /** The manifest's own files, which it does not list. */
    public static final Set<String> OWN_FILES = Set.of(JSON, SUMS);

    static final String FORMAT = "gongkai-manifest/1";
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    /** One file: its '/'-separated path below the root, size in bytes, SHA-256 in lower-case hex. */
    public record Entry(String path, long size, String sha256) {
    }

    /** The manifest cannot be read: missing, not JSON, or not a manifest. */
    public static final class InvalidManifest extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidManifest(String message) {
            super(message);
        }
    }

    public Manifest {
        entries = entries.stream().sorted(Comparator.comparing(Entry::path)).toList();
    }

    public long totalBytes() {
        return entries.stream().mapToLong(Entry::size).sum();
    }

    /** Reads every regular file below {@code root} except the manifest's own files. */
    public static Manifest scan(Path root) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String path = root.relativize(f).toString().replace('\\', '/');
                if (!OWN_FILES.contains(path)) {
                    entries.add(new Entry(path, Files.size(f), Sha256.of(f)));
                }
            }
        }
        return new Manifest(entries);
    }

    public byte[] toJson() {
        JsonWriter json = new JsonWriter().beginObject();
        json.member("format", FORMAT);
        json.member("algorithm", "SHA-256");
        json.member("files_count", entries.size());
        json.member("total_bytes", totalBytes());
        json.name("files").beginArray();
        for (Entry e : entries) {
            json.beginObject().member("path", e.path()).member("size", e.size()).member("sha256", e.sha256()).endObject();
        }
        json.endArray();
        return json.endObject().toBytes();
    }

    /**
     * sha256sum's text format: hash, two spaces, path, LF. A name holding a backslash or a line break
     * is escaped the way coreutils does it, with a leading backslash on the line.
     */
    public byte[] toSha256Sums() {
        StringBuilder b = new StringBuilder();
        for (Entry e : entries) {
            String p = e.path();
            boolean escape = p.indexOf('\\') >= 0 || p.indexOf('\n') >= 0 || p.indexOf('\r') >= 0;
            if (escape) {
                p = p.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
                b.append('\\');
            }
            b.append(e.sha256()).append("  ").append(p).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static Manifest parse(String text) throws InvalidManifest {
        Object root;
        try {
            root = JsonReader.parse(text);
        } catch (JsonReader.JsonException e) {
            throw new InvalidManifest(JSON + " 不是有效的 JSON（" + e.getMessage() + "）");
        }
        if (!(root instanceof Map<?, ?> map) || !FORMAT.equals(map.get("format"))) {
            throw new InvalidManifest(JSON + " 不是 Gongkai 的文件清单（缺少 \"format\": \"" + FORMAT + "\"）");
        }
        if (!(map.get("files") instanceof List<?> files)) {
            throw new InvalidManifest(JSON + " 缺少文件列表 files");
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object item : files) {
            Entry e = entry(item, entries.size() + 1);
            if (!seen.add(e.path())) {
                throw new InvalidManifest(JSON + " 重复列出了 " + e.path());
            }
            entries.add(e);
        }
        return new Manifest(entries);
    }

    private static Entry entry(Object item, int n) throws InvalidManifest {
        if (item instanceof Map<?, ?> m && m.get("path") instanceof String path && !path.isEmpty()
                && m.get("size") instanceof BigDecimal size && size.signum() >= 0 && size.scale() <= 0
                && m.get("sha256") instanceof String hash && HEX64.matcher(hash).matches()) {
            return new Entry(path, size.longValueExact(), hash);
        }
        throw new InvalidManifest(JSON + " 的第 " + n + " 个文件条目不完整（应有 path、size、sha256）");
    }
}
