package org.gongkai.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Validates a BagIt bag as RFC 8493 §3 describes: the declaration, every payload file listed in
 * every payload manifest with a matching checksum and nothing unlisted, the Payload-Oxum, and the
 * tag manifests. Problems are returned in words, one per file, in path order.
 */
public final class BagCheck {

    private BagCheck() {
    }

    /** Whether {@code dir} looks like a bag (it has a bagit.txt), so {@code verify} can tell the two apart. */
    public static boolean isBag(Path dir) {
        return Files.isRegularFile(dir.resolve("bagit.txt"), LinkOption.NOFOLLOW_LINKS);
    }

    /** The problems found; empty when the bag is valid. */
    public static List<String> verify(Path bag) throws IOException {
        List<String> problems = new ArrayList<>();
        String declaration = Files.readString(bag.resolve("bagit.txt"), StandardCharsets.UTF_8);
        if (!declaration.matches("(?s)BagIt-Version: (1\\.0|0\\.97)\\r?\\nTag-File-Character-Encoding: UTF-8\\r?\\n?")) {
            problems.add("bagit.txt：不是 BagIt 1.0 的声明");
        }
        List<String> manifests = new ArrayList<>();
        try (var files = Files.list(bag)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.matches("manifest-[a-z0-9]+\\.txt")).sorted()
                    .forEach(manifests::add);
        }
        if (manifests.isEmpty()) {
            problems.add("缺少载荷清单 manifest-<算法>.txt");
            return problems;
        }
        TreeSet<String> payload = new TreeSet<>();
        Path data = bag.resolve("data");
        if (Files.isDirectory(data, LinkOption.NOFOLLOW_LINKS)) {
            Bag.files(data).forEach(f -> payload.add("data/" + f));
        } else {
            problems.add("缺少载荷目录 data/");
        }
        for (String manifest : manifests) {
            String algorithm = manifest.substring("manifest-".length(), manifest.length() - ".txt".length());
            Map<String, String> listed = read(bag.resolve(manifest), manifest, problems);
            checkFiles(bag, algorithm, listed, manifest, problems);
            for (String file : payload) {
                if (!listed.containsKey(file)) {
                    problems.add(file + "：多余（不在 " + manifest + " 中）");
                }
            }
        }
        oxum(bag, payload, problems);
        try (var files = Files.list(bag)) {
            for (String tagManifest : files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("tagmanifest-[a-z0-9]+\\.txt")).sorted().toList()) {
                String algorithm = tagManifest.substring("tagmanifest-".length(), tagManifest.length() - ".txt".length());
                checkFiles(bag, algorithm, read(bag.resolve(tagManifest), tagManifest, problems), tagManifest, problems);
            }
        }
        return problems;
    }

    private static Map<String, String> read(Path manifest, String name, List<String> problems) throws IOException {
        Map<String, String> listed = new TreeMap<>();
        int n = 0;
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            n++;
            String[] parts = line.strip().split("\\s+", 2);
            if (parts.length != 2 || !parts[0].matches("[0-9a-fA-F]+")) {
                problems.add(name + " 第 " + n + " 行：格式不对（应为“校验和 路径”）");
                continue;
            }
            String path = Bag.decodePath(parts[1].strip());
            if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
                problems.add(name + " 第 " + n + " 行：路径 " + path + " 不在包内");
                continue;
            }
            listed.put(path, parts[0].toLowerCase(java.util.Locale.ROOT));
        }
        return listed;
    }

    private static void checkFiles(Path bag, String algorithm, Map<String, String> listed, String manifest,
            List<String> problems) throws IOException {
        Optional<MessageDigest> digest = digest(algorithm);
        if (digest.isEmpty()) {
            problems.add(manifest + "：不支持的算法 " + algorithm);
            return;
        }
        for (Map.Entry<String, String> e : listed.entrySet()) {
            Path file = bag.resolve(e.getKey());
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(e.getKey() + "：缺少（" + manifest + " 列出了它）");
                continue;
            }
            MessageDigest d = digest.get();
            d.reset();
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buf = new byte[64 * 1024];
                for (int r; (r = in.read(buf)) > 0;) {
                    d.update(buf, 0, r);
                }
            }
            if (!HexFormat.of().formatHex(d.digest()).equals(e.getValue())) {
                problems.add(e.getKey() + "：内容已改动（" + algorithm + " 校验和不符）");
            }
        }
    }

    private static void oxum(Path bag, TreeSet<String> payload, List<String> problems) throws IOException {
        Path info = bag.resolve("bag-info.txt");
        if (!Files.isRegularFile(info)) {
            return;
        }
        for (String line : Files.readAllLines(info, StandardCharsets.UTF_8)) {
            if (line.startsWith("Payload-Oxum:")) {
                long bytes = 0;
                for (String f : payload) {
                    bytes += Files.size(bag.resolve(f));
                }
                String expected = bytes + "." + payload.size();
                if (!line.substring("Payload-Oxum:".length()).strip().equals(expected)) {
                    problems.add("bag-info.txt：Payload-Oxum 为 " + line.substring(13).strip() + "，实际为 " + expected);
                }
            }
        }
    }

    private static Optional<MessageDigest> digest(String algorithm) {
        String name = switch (algorithm) {
            case "md5" -> "MD5";
            case "sha1" -> "SHA-1";
            case "sha256" -> "SHA-256";
            case "sha512" -> "SHA-512";
            default -> null;
        };
        try {
            return name == null ? Optional.empty() : Optional.of(MessageDigest.getInstance(name));
        } catch (java.security.NoSuchAlgorithmException e) {
            return Optional.empty();
        }
    }
}
