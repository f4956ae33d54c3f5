package org.gongkai.write;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.json.JsonReader;
import org.gongkai.json.JsonWriter;
import org.gongkai.render.site.Addresses;

/**
 * The list of every file of a built portal with its size and SHA-256, sorted by path. It is written
 * twice at the portal root: {@code manifest.json} (read by {@code gongkai verify}) and
 * {@code SHA256SUMS} in the format of coreutils' sha256sum, so that a copy can also be checked with
 * {@code sha256sum -c SHA256SUMS} where Java is not at hand. Neither lists itself or the other.
 */
public record Manifest(List<Entry> entries, Optional<ArchiveInfo> about) {

    public static final String JSON = Addresses.MANIFEST;
    public static final String SUMS = Addresses.SUMS;
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

    public Manifest(List<Entry> entries) {
        this(entries, Optional.empty());
    }

    public long totalBytes() {
        return entries.stream().mapToLong(Entry::size).sum();
    }

    public byte[] toJson() {
        JsonWriter json = new JsonWriter().beginObject();
        json.member("format", FORMAT);
        about.ifPresent(a -> json.member("generator", a.generator()));
        json.member("algorithm", "SHA-256");
        json.member("files_count", entries.size());
        json.member("total_bytes", totalBytes());
        about.ifPresent(a -> a.write(json.name("about")));
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

    /** The listed paths. */
    public Set<String> paths() {
        Set<String> paths = new HashSet<>();
        entries.forEach(e -> paths.add(e.path()));
        return paths;
    }

    /** The folders the listed paths imply ("a" and "a/b" for "a/b/c.html"), without a trailing '/'. */
    public Set<String> directories() {
        return directoriesOf(paths());
    }

    static Set<String> directoriesOf(Set<String> paths) {
        Set<String> dirs = new HashSet<>();
        for (String p : paths) {
            for (int i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1)) {
                dirs.add(p.substring(0, i));
            }
        }
        return dirs;
    }

    /**
     * A path that stays inside the portal: relative, '/'-separated, no empty, "." or ".." segment.
     * A manifest is read from a folder anyone may have edited; its paths are never trusted further.
     */
    public static boolean isSafePath(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.indexOf('\0') >= 0) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A manifest.json as read: the usable entries, every listed path (also of entries whose size or hash
     * is unusable, so that their files do not count as foreign), and each inconsistency in its own fields.
     */
    public record Reading(Manifest manifest, Set<String> listed, List<String> problems) {
        public Reading {
            listed = Set.copyOf(listed);
            problems = List.copyOf(problems);
        }
    }

    /** Reads a manifest that must be entirely consistent (the writer relies on it to delete files). */
    public static Manifest parse(String text) throws InvalidManifest {
        Reading r = read(text);
        if (!r.problems().isEmpty()) {
            throw new InvalidManifest(JSON + " 有误：" + r.problems().get(0));
        }
        return r.manifest();
    }

    /**
     * Reads a manifest, collecting what is inconsistent rather than stopping at it.
     *
     * @throws InvalidManifest when it is not JSON or not a Gongkai manifest at all
     */
    public static Reading read(String text) throws InvalidManifest {
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
        List<String> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        String previous = null;
        boolean unsorted = false;
        int n = 0;
        for (Object item : files) {
            n++;
            if (!(item instanceof Map<?, ?> m) || !(m.get("path") instanceof String path)) {
                problems.add("第 " + n + " 个文件条目没有路径 path");
                continue;
            }
            if (!isSafePath(path)) {
                problems.add("第 " + n + " 个文件条目的路径“" + path + "”越出了门户目录（绝对路径，或含有 ..、. 或空的一段）");
                continue;
            }
            if (OWN_FILES.contains(path)) {
                problems.add("第 " + n + " 个文件条目列出了清单自己的文件 " + path);
                continue;
            }
            if (!listed.add(path)) {
                problems.add("重复列出了 " + path);
                continue;
            }
            if (previous != null && path.compareTo(previous) < 0 && !unsorted) {
                unsorted = true;
                problems.add("文件条目没有按路径排序（“" + path + "”排在“" + previous + "”后面）");
            }
            previous = path;
            Long size = count(m.get("size"));
            if (size == null) {
                problems.add(path + " 的大小 size 不是非负整数（" + shown(m.get("size")) + "）");
            }
            boolean hashOk = m.get("sha256") instanceof String hash && HEX64.matcher(hash).matches();
            if (!hashOk) {
                problems.add(path + " 的 sha256 不是 64 位小写十六进制数（" + shown(m.get("sha256")) + "）");
            }
            if (size != null && hashOk) {
                entries.add(new Entry(path, size, (String) m.get("sha256")));
            }
        }
        if (!"SHA-256".equals(map.get("algorithm"))) {
            problems.add("algorithm 应为 \"SHA-256\"（" + shown(map.get("algorithm")) + "）");
        }
        Long count = count(map.get("files_count"));
        if (count == null || count != n) {
            problems.add("files_count 为 " + shown(map.get("files_count")) + "，但 files 列了 " + n + " 个文件");
        }
        Long total = count(map.get("total_bytes"));
        long sum = entries.stream().mapToLong(Entry::size).sum();
        if (total == null || problems.isEmpty() && total != sum) {
            problems.add("total_bytes 为 " + shown(map.get("total_bytes")) + "，但各文件大小之和为 " + sum);
        }
        return new Reading(new Manifest(entries, ArchiveInfo.read(map.get("about"), map.get("generator"))), listed, problems);
    }

    /** A non-negative whole number that fits a long, or null. */
    private static Long count(Object value) {
        if (!(value instanceof BigDecimal d) || d.signum() < 0) {
            return null;
        }
        try {
            return d.longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** A JSON value as it is quoted in a message. */
    private static String shown(Object value) {
        if (value == null) {
            return "缺少或为 null";
        }
        String s = value instanceof BigDecimal d ? d.toString() : value instanceof String t ? "\"" + t + "\"" : "类型不对";
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
