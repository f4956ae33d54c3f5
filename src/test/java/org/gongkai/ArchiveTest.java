package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest every build writes, `verify` against it, and `build --zip`. */
class ArchiveTest {

    @TempDir
    Path tmp;
    Fixture fx;

    @BeforeEach
    void build() throws IOException {
        fx = new Fixture(tmp);
        assertEquals(0, fx.build().exit());
    }

    @Test
    void manifestListsEveryOtherFileSortedWithSizeAndHash() throws IOException {
        JsonNode manifest = OpenDataTest.JSON.readTree(fx.out.resolve("manifest.json").toFile());
        TreeMap<String, String> expected = Fixture.digest(fx.out);
        expected.remove("manifest.json");
        expected.remove("SHA256SUMS");
        TreeMap<String, String> listed = new TreeMap<>();
        List<String> order = new ArrayList<>();
        for (JsonNode f : manifest.get("files")) {
            String path = f.get("path").asText();
            order.add(path);
            listed.put(path.replace('/', java.io.File.separatorChar), f.get("sha256").asText());
            assertEquals(Files.size(fx.out.resolve(path)), f.get("size").asLong(), path);
        }
        assertEquals(expected, listed);
        assertEquals(order.stream().sorted().toList(), order, "sorted by path");
        assertEquals(order.size(), manifest.get("files_count").asInt());

        List<String> sums = Files.readAllLines(fx.out.resolve("SHA256SUMS"));
        assertEquals(order.size(), sums.size());
        for (int i = 0; i < sums.size(); i++) {
            assertEquals(manifest.at("/files/" + i + "/sha256").asText() + "  " + order.get(i), sums.get(i), "sha256sum format");
        }
    }

    @Test
    void verifyPassesOnTheBuildAndOnACopy() throws IOException {
        Fixture.Run run = fx.run("verify", fx.out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("校验通过："), run.out());

        Path copy = copyTree(fx.out, tmp.resolve("copy"));
        Fixture.Run again = fx.run("verify", copy.toString());
        assertEquals(0, again.exit(), again.err());
    }

    @Test
    void verifyNamesMissingExtraAndChangedFiles() throws IOException {
        Path copy = copyTree(fx.out, tmp.resolve("copy"));
        Files.delete(copy.resolve("testdept/2021-final/glossary.html"));
        Files.writeString(copy.resolve("notes.txt"), "不是门户的文件");
        Path page = copy.resolve("index.html");
        Files.writeString(page, Files.readString(page).replace("测试门户", "测试门户!"));
        Path css = copy.resolve("assets/gongkai.css");
        byte[] bytes = Files.readAllBytes(css);
        bytes[0] ^= 1;
        Files.write(css, bytes);

        Fixture.Run run = fx.run("verify", copy.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("缺少：testdept/2021-final/glossary.html"), run.err());
        assertTrue(run.err().contains("多余：notes.txt"), run.err());
        assertTrue(run.err().matches("(?s).*已改动：index.html（清单 \\d+ 字节，实际 \\d+ 字节）.*"), run.err());
        assertTrue(run.err().contains("已改动：assets/gongkai.css（大小相同，内容不同）"), run.err());
        assertTrue(run.err().contains("校验失败：") && run.err().contains("缺少 1 个、多余 1 个、改动 2 个文件"), run.err());
    }

    @Test
    void verifyChecksTheSumsFileAndNeedsAManifest() throws IOException {
        Files.writeString(fx.out.resolve("SHA256SUMS"), "0000  index.html\n");
        Fixture.Run run = fx.run("verify", fx.out.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("已改动：SHA256SUMS"), run.err());

        Files.delete(fx.out.resolve("manifest.json"));
        Fixture.Run none = fx.run("verify", fx.out.toString());
        assertEquals(1, none.exit());
        assertTrue(none.err().contains("缺少文件清单 manifest.json"), none.err());

        Files.writeString(fx.out.resolve("manifest.json"), "{\"format\": \"gongkai-manifest/1\", \"files\": [");
        Fixture.Run broken = fx.run("verify", fx.out.toString());
        assertEquals(1, broken.exit());
        assertTrue(broken.err().contains("manifest.json 不是有效的 JSON（1:"), broken.err());

        assertEquals(2, fx.run("verify", tmp.resolve("nowhere").toString()).exit());
        assertEquals(2, fx.run("verify").exit(), "the directory is required");
    }

    @Test
    void twoZipsOfTheSameBuildAreByteIdenticalAndHoldTheWholePortal() throws IOException {
        Path a = tmp.resolve("a.zip");
        Path b = tmp.resolve("b.zip");
        Fixture.Run run = fx.run("build", "--content", fx.content.toString(), "--out", fx.out.toString(), "--zip", a.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("已另存为 ZIP 文件 " + a + "。"), run.out());
        assertEquals(0, fx.run("build", "--content", fx.content.toString(), "--out", fx.out.toString(), "--zip", b.toString()).exit());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));

        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(a.toFile(), StandardCharsets.UTF_8)) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                names.add(e.getName());
                assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
                assertEquals(null, e.getExtra(), "no extra fields: " + e.getName());
                if (!e.isDirectory()) {
                    try (InputStream in = zip.getInputStream(e)) {
                        assertArrayEquals(Files.readAllBytes(fx.out.resolve(e.getName())), in.readAllBytes(), e.getName());
                    }
                }
            }
        }
        assertEquals(names.stream().sorted().toList(), names, "entries sorted");
        assertTrue(names.contains("manifest.json") && names.contains("testdept/") && names.contains("data/testdept/2021-final.json"));
        TreeMap<String, String> files = Fixture.digest(fx.out);
        assertEquals(files.size(), names.stream().filter(n -> !n.endsWith("/")).count());

        try (FileSystem zfs = FileSystems.newFileSystem(URI.create("jar:" + a.toUri()), Map.of("enablePosixFileAttributes", "true"))) {
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(zfs.getPath("/index.html"))));
            assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(zfs.getPath("/testdept"))));
        }
    }

    @Test
    void anUnpackedZipVerifies() throws IOException {
        Path zip = tmp.resolve("portal.zip");
        assertEquals(0, fx.run("build", "--content", fx.content.toString(), "--out", fx.out.toString(), "--zip", zip.toString()).exit());
        Path unpacked = tmp.resolve("unpacked");
        try (ZipFile z = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                Path target = unpacked.resolve(e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    try (InputStream in = z.getInputStream(e)) {
                        Files.createDirectories(target.getParent());
                        Files.copy(in, target);
                    }
                }
            }
        }
        Fixture.Run run = fx.run("verify", unpacked.toString());
        assertEquals(0, run.exit(), run.err());
    }

    @Test
    void aZipInsideTheOutputDirectoryIsRefused() {
        Fixture.Run run = fx.run("build", "--content", fx.content.toString(), "--out", fx.out.toString(),
                "--zip", fx.out.resolve("portal.zip").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("不能放在输出目录"), run.err());
        assertFalse(Files.exists(fx.out.resolve("portal.zip")));
    }

    private static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
