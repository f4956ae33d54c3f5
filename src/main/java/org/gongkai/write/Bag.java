package org.gongkai.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A BagIt 1.0 bag (RFC 8493, the Library of Congress packaging format that preservation
 * repositories ingest) of a built portal: the portal as the payload under {@code data/}, payload
 * manifests in SHA-256 and SHA-512, a tag manifest, and {@code bag-info.txt}. Every byte comes from
 * the portal and {@link ArchiveInfo}, never from the clock, so the same content gives the same bag.
 */
public final class Bag {

    static final String BAGIT_TXT = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";
    static final List<String> ALGORITHMS = List.of("sha256", "sha512");

    private Bag() {
    }

    /**
     * Writes the bag of {@code site} at {@code bag}, which must not exist yet: it is assembled in a
     * sibling folder and moved into place only when complete.
     */
    public static void write(Path site, Path bag, ArchiveInfo info) throws IOException {
        Path target = bag.toAbsolutePath().normalize();
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("BagIt 目录 " + bag + " 已存在；请指定一个不存在的目录（不会覆盖或删除已有文件）");
        }
        Files.createDirectories(target.getParent());
        Path staging = target.resolveSibling("." + target.getFileName() + ".gongkai-bag-" + UUID.randomUUID());
        try {
            Map<String, Map<String, String>> payload = copyPayload(site, staging.resolve("data"));
            long bytes = 0;
            for (String path : payload.keySet()) {
                bytes += Files.size(staging.resolve("data").resolve(path));
            }
            Map<String, byte[]> tags = new LinkedHashMap<>();
            tags.put("bagit.txt", BAGIT_TXT.getBytes(StandardCharsets.UTF_8));
            tags.put("bag-info.txt", bagInfo(info, bytes, payload.size()).getBytes(StandardCharsets.UTF_8));
            for (String algorithm : ALGORITHMS) {
                StringBuilder manifest = new StringBuilder();
                payload.forEach((path, sums) -> manifest.append(sums.get(algorithm)).append("  data/")
                        .append(encodePath(path)).append('\n'));
                tags.put("manifest-" + algorithm + ".txt", manifest.toString().getBytes(StandardCharsets.UTF_8));
            }
            StringBuilder tagManifest = new StringBuilder();
            for (Map.Entry<String, byte[]> tag : new TreeMap<>(tags).entrySet()) {
                Files.write(staging.resolve(tag.getKey()), tag.getValue());
                tagManifest.append(hex("SHA-256", tag.getValue())).append("  ").append(tag.getKey()).append('\n');
            }
            Files.writeString(staging.resolve("tagmanifest-sha256.txt"), tagManifest, StandardCharsets.UTF_8);
            Files.move(staging, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Removal.removeOurs(staging);
        }
    }

    /** bag-info.txt: reserved elements in a fixed order, values on one line each. */
    static String bagInfo(ArchiveInfo info, long bytes, int files) {
        StringBuilder b = new StringBuilder();
        element(b, "Source-Organization", info.organization());
        element(b, "Contact-Name", info.contact());
        element(b, "External-Description", info.description());
        element(b, "External-Identifier", info.baseUrl().orElse(""));
        element(b, "Bagging-Date", info.date().toString());
        element(b, "Payload-Oxum", bytes + "." + files);
        element(b, "Bag-Software-Agent", info.generator());
        for (String source : info.sources()) {
            element(b, "Source-Document", source);
        }
        return b.toString();
    }

    private static void element(StringBuilder b, String label, String value) {
        String v = value.replaceAll("[\\r\\n]+", " ").strip();
        if (!v.isEmpty()) {
            b.append(label).append(": ").append(v).append('\n');
        }
    }

    /** Copies every regular file below {@code site}; returns path → algorithm → hex digest, sorted. */
    private static Map<String, Map<String, String>> copyPayload(Path site, Path data) throws IOException {
        Map<String, Map<String, String>> sums = new TreeMap<>();
        for (String path : files(site)) {
            Path to = data.resolve(path);
            Files.createDirectories(to.getParent());
            List<MessageDigest> digests = new ArrayList<>();
            for (String a : ALGORITHMS) {
                digests.add(digest(a));
            }
            try (InputStream in = Files.newInputStream(site.resolve(path));
                    OutputStream out = chain(Files.newOutputStream(to), digests)) {
                in.transferTo(out);
            }
            Map<String, String> hex = new LinkedHashMap<>();
            for (int i = 0; i < ALGORITHMS.size(); i++) {
                hex.put(ALGORITHMS.get(i), HexFormat.of().formatHex(digests.get(i).digest()));
            }
            sums.put(path, hex);
        }
        return sums;
    }

    private static OutputStream chain(OutputStream out, List<MessageDigest> digests) {
        OutputStream o = out;
        for (MessageDigest d : digests) {
            o = new DigestOutputStream(o, d);
        }
        return o;
    }

    /** Regular files below {@code root}, '/'-separated and sorted; links are never followed. */
    static TreeSet<String> files(Path root) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.toList()) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    names.add(root.relativize(p).toString().replace('\\', '/'));
                }
            }
        }
        return names;
    }

    /** RFC 8493 §2.1.3: CR, LF and % in a manifest path are percent-encoded. */
    static String encodePath(String path) {
        return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String decodePath(String path) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            String escape = path.length() >= i + 3 ? path.substring(i, i + 3).toUpperCase(java.util.Locale.ROOT) : "";
            switch (escape) {
                case "%25" -> b.append('%');
                case "%0D" -> b.append('\r');
                case "%0A" -> b.append('\n');
                default -> {
                    b.append(path.charAt(i));
                    continue;
                }
            }
            i += 2;
        }
        return b.toString();
    }

    static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm.equals("sha256") ? "SHA-256" : "SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
