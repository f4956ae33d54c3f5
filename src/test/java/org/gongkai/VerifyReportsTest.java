package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `verify` beyond missing, extra and changed files: folders, links, special files, the manifest's own fields. */
class VerifyReportsTest {

    @TempDir
    Path tmp;
    Fixture fx;

    @BeforeEach
    void build() throws IOException {
        fx = new Fixture(tmp);
        assertEquals(0, fx.build().exit());
    }

    Fixture.Run verify() {
        return fx.run("verify", fx.out.toString());
    }

    @Test
    void extraFoldersAreReportedOutermostOnly() throws IOException {
        Files.createDirectories(fx.out.resolve("empty/deeper"));
        Files.createDirectories(fx.out.resolve("testdept/drafts"));
        Fixture.Run run = verify();
        assertEquals(1, run.exit());
        assertEquals("多余的目录：empty/（清单中没有文件在其中）\n多余的目录：testdept/drafts/（清单中没有文件在其中）\n"
                + "校验失败：" + fx.out + " 与清单不一致：缺少 0 个、多余 0 个、改动 0 个文件，另有多余的目录 2 处（清单共列 "
                + listed() + " 个文件）。\n", run.err());
    }

    private long listed() throws IOException {
        return Files.readAllLines(fx.out.resolve("SHA256SUMS")).size();
    }

    @Test
    void linksAreReportedAndNeverFollowed() throws IOException {
        Files.createSymbolicLink(fx.out.resolve("link.html"), fx.out.resolve("index.html"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("secret.txt"), "outside the portal");
        Files.createSymbolicLink(fx.out.resolve("testdept/out"), elsewhere);
        Path page = fx.out.resolve("testdept/2021-final/glossary.html");
        Files.delete(page);
        Files.createSymbolicLink(page, fx.out.resolve("index.html"));
        Fixture.Run run = verify();
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("缺少：testdept/2021-final/glossary.html\n"), run.err());
        assertTrue(run.err().contains("符号链接：link.html（门户里不应有链接，没有跟随）\n"
                + "符号链接：testdept/2021-final/glossary.html（门户里不应有链接，没有跟随）\n"
                + "符号链接：testdept/out（门户里不应有链接，没有跟随）\n"), run.err());
        assertFalse(run.err().contains("secret"), "not followed: " + run.err());
        assertTrue(run.err().contains("缺少 1 个、多余 0 个、改动 0 个文件，另有符号链接 3 处"), run.err());
    }

    @Test
    void specialFilesAreReportedAndNotRead() throws IOException, InterruptedException {
        Assumptions.assumeTrue(OutputSafetyTest.mkfifo(fx.out.resolve("pipe")), "mkfifo is not available");
        Fixture.Run run = verify(); // reading a fifo would block: the test would hang
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("特殊文件：pipe（不是普通文件，没有读取）\n"), run.err());
    }

    @Test
    void aVerifiedLinkToThePortalIsFollowedOnlyAtTheTop() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("current"), fx.out);
        Fixture.Run run = fx.run("verify", link.toString());
        assertEquals(0, run.exit(), run.err());
    }

    /** Changes manifest.json through {@code edit}, keeping SHA256SUMS as written. */
    void manifest(java.util.function.Consumer<ObjectNode> edit) throws IOException {
        Path m = fx.out.resolve("manifest.json");
        ObjectNode root = (ObjectNode) OpenDataTest.JSON.readTree(m.toFile());
        edit.accept(root);
        Files.writeString(m, OpenDataTest.JSON.writeValueAsString(root), StandardCharsets.UTF_8);
    }

    static ObjectNode entry(ObjectNode root, String path) {
        for (var e : root.get("files")) {
            if (e.get("path").asText().equals(path)) {
                return (ObjectNode) e;
            }
        }
        throw new AssertionError(path);
    }

    @Test
    void inconsistentManifestFieldsAreEachReported() throws IOException {
        manifest(root -> {
            entry(root, "404.html").put("path", "../404.html");
            entry(root, "assets/gongkai.css").put("path", "/etc/gongkai.css");
            entry(root, "data.html").put("path", "index.html");
            entry(root, "glossary.html").put("size", -5);
            entry(root, "robots.txt").put("size", new BigDecimal("0.5"));
            entry(root, "search.html").put("sha256", "ABC");
            root.put("files_count", 2);
        });
        Fixture.Run run = verify();
        assertEquals(1, run.exit(), run.err());
        assertEquals("""
                清单有误：第 1 个文件条目的路径“../404.html”越出了门户目录（绝对路径，或含有 ..、. 或空的一段）
                清单有误：第 2 个文件条目的路径“/etc/gongkai.css”越出了门户目录（绝对路径，或含有 ..、. 或空的一段）
                清单有误：文件条目没有按路径排序（“data/testdept/2021-final.json”排在“index.html”后面）
                清单有误：glossary.html 的大小 size 不是非负整数（-5）
                清单有误：重复列出了 index.html
                清单有误：robots.txt 的大小 size 不是非负整数（0.5）
                清单有误：search.html 的 sha256 不是 64 位小写十六进制数（"ABC"）
                清单有误：files_count 为 2，但 files 列了 %d 个文件
                """.formatted(listed()), run.err().substring(0, Math.max(0, run.err().indexOf("多余："))));
        assertTrue(run.err().contains("多余：404.html（清单中没有）\n多余：assets/gongkai.css（清单中没有）\n多余：data.html（清单中没有）\n"),
                "an entry with an unsafe path accounts for no file: " + run.err());
        assertFalse(run.err().contains("多余：glossary.html") || run.err().contains("多余：search.html"), "listed, if unusable: " + run.err());
        assertTrue(run.err().contains("已改动：SHA256SUMS"), "the sums no longer match the usable entries: " + run.err());
        assertTrue(run.err().contains("，另有清单自身的问题 8 处（清单共列 "), run.err());
    }

    @Test
    void malformedNumbersAreErrorsNotCrashes() throws IOException {
        Path m = fx.out.resolve("manifest.json");
        String text = Files.readString(m, StandardCharsets.UTF_8);
        Files.writeString(m, text.replaceFirst("\"total_bytes\": \\d+", "\"total_bytes\": 1e99999999999"), StandardCharsets.UTF_8);
        Fixture.Run run = verify();
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().startsWith("校验失败：" + fx.out + "：manifest.json 不是有效的 JSON（"), run.err());
        assertTrue(run.err().contains("数字超出范围"), run.err());

        Files.writeString(m, text, StandardCharsets.UTF_8);
        manifest(root -> {
            entry(root, "index.html").put("size", new BigDecimal("1E+400"));
            entry(root, "search.html").put("size", new BigDecimal("99999999999999999999"));
            root.put("total_bytes", new BigDecimal("1E-400"));
        });
        Fixture.Run huge = verify();
        assertEquals(1, huge.exit(), huge.err());
        assertTrue(huge.err().startsWith("清单有误：index.html 的大小 size 不是非负整数（1E+400）\n"
                + "清单有误：search.html 的大小 size 不是非负整数（99999999999999999999）\n"
                + "清单有误：total_bytes 为 1E-400，但各文件大小之和为 "), huge.err());
    }

    @Test
    void aManifestThatIsNotOneIsAnError() throws IOException {
        Files.writeString(fx.out.resolve("manifest.json"), "{\"format\": \"gongkai-manifest/1\", \"files\": 3}");
        Fixture.Run run = verify();
        assertEquals(1, run.exit());
        assertEquals("校验失败：" + fx.out + "：manifest.json 缺少文件列表 files。\n", run.err());
    }
}
