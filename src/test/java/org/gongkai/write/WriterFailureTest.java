package org.gongkai.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer when things go wrong: a write that fails halfway, misuse, paths that escape, switches
 * interrupted at each step (rebuilt on disk as a killed build leaves them), and files that are not
 * Gongkai's appearing in a site that is being replaced.
 */
class WriterFailureTest {

    @TempDir
    Path tmp;
    Path target;
    TreeMap<String, String> first;

    @BeforeEach
    void firstSite() throws IOException {
        target = tmp.resolve("site");
        site(target, "一");
        first = digest(target);
    }

    /** Writes a small site whose pages say {@code word}. */
    static void site(Path target, String word) throws IOException {
        try (SiteWriter w = new SiteWriter(target)) {
            w.write("index.html", ("<p>" + word + "</p>").getBytes(StandardCharsets.UTF_8));
            w.write("a/b/page.html", ("<p>" + word + " b</p>").getBytes(StandardCharsets.UTF_8));
            w.write("a/c.css", "p{}".getBytes(StandardCharsets.UTF_8));
            w.commit();
            assertEquals(List.of(), w.notes());
        }
    }

    static TreeMap<String, String> digest(Path dir) throws IOException {
        TreeMap<String, String> map = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                map.put(dir.relativize(p).toString(), Files.isDirectory(p) ? "/" : Sha256.of(p));
            }
        }
        return map;
    }

    List<String> beside() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldSiteAndNoStaging() throws IOException {
        SiteWriter w = new SiteWriter(target);
        w.write("page", new byte[] {1});
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> w.write("page/under-a-file.html", new byte[] {2}));
        assertTrue(e.getCause() instanceof java.nio.file.FileSystemException, e.toString());
        w.close();
        assertEquals(first, digest(target));
        assertEquals(List.of(".site.gongkai-lock", "site"), beside(), "the staging folder is gone");
        site(target, "二"); // and the lock was released
    }

    @Test
    void nothingAfterCloseOrCommit() throws IOException {
        SiteWriter w = new SiteWriter(target);
        w.close();
        assertEquals("commit after close", assertThrows(IllegalStateException.class, w::commit).getMessage());
        assertThrows(IllegalStateException.class, () -> w.write("x.html", new byte[0]));
        assertEquals(first, digest(target));
        try (SiteWriter again = new SiteWriter(target)) {
            again.commit();
            assertEquals("commit after commit", assertThrows(IllegalStateException.class, again::commit).getMessage());
        }
    }

    @Test
    void pathsMustStayInsideAndNotTakeTheManifestsNames() throws IOException {
        try (SiteWriter w = new SiteWriter(target)) {
            for (String bad : List.of("../x.html", "a/../../x.html", "/etc/x", "", ".")) {
                assertThrows(IllegalArgumentException.class, () -> w.write(bad, new byte[0]), bad);
            }
            for (String reserved : List.of("manifest.json", "SHA256SUMS", "a/../manifest.json", "./SHA256SUMS")) {
                assertEquals("reserved for the manifest: " + reserved,
                        assertThrows(IllegalArgumentException.class, () -> w.write(reserved, new byte[0])).getMessage());
            }
        }
        assertEquals(first, digest(target));
        assertFalse(Files.exists(tmp.resolve("x.html")));
    }

    @Test
    void aSecondWriterOnTheSameOutputIsRefusedAtOnce() throws IOException {
        try (SiteWriter w = new SiteWriter(target)) {
            assertEquals(target, w.target());
            OutputLock.Busy busy = assertThrows(OutputLock.Busy.class, () -> new SiteWriter(target));
            assertEquals("输出目录 " + target + " 正由另一个 gongkai build 写入（锁文件 " + tmp.resolve(".site.gongkai-lock")
                    + "）；等它结束后再试", busy.getMessage());
        }
    }

    @Test
    void theFallbackSwitchReplacesTheSiteAndLeavesNothing() throws IOException {
        try (SiteWriter w = new SiteWriter(target, false)) {
            w.write("index.html", "<p>二</p>".getBytes(StandardCharsets.UTF_8));
            w.commit();
            assertEquals(List.of(), w.notes());
        }
        assertEquals(List.of("SHA256SUMS", "index.html", "manifest.json"), files(target));
        assertEquals(List.of(".site.gongkai-lock", "site"), beside());
    }

    static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted((a, b) -> a.compareTo(b)).toList();
        }
    }

    /** A staging folder as a build killed at some step leaves it. */
    Path leftover(String unique) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve(".site" + Staging.INFIX + unique));
        Files.writeString(dir.resolve(Staging.MARKER), Staging.MARKER_TEXT, StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void killedBetweenTheTwoRenamesTheOldSiteIsPutBack() throws IOException {
        Path dir = leftover("1-a");
        Files.writeString(dir.resolve(Staging.JOURNAL), "target " + target + "\n");
        site(tmp.resolve("new"), "二");
        Files.move(tmp.resolve("new"), dir.resolve(Staging.SITE));
        Files.delete(tmp.resolve(".new.gongkai-lock"));
        Files.move(target, dir.resolve(Staging.OLD));
        assertFalse(Files.exists(target));

        try (SiteWriter w = new SiteWriter(target)) {
            assertEquals(List.of("上次生成在替换输出目录时中断，已把原来的门户放回 " + target), w.notes());
            assertEquals(first, digest(target));
        }
        assertEquals(List.of(".site.gongkai-lock", "site"), beside(), "the leftover is cleared");
    }

    @Test
    void killedAfterTheSecondRenameTheOldSiteIsRemoved() throws IOException {
        Path dir = leftover("2-b");
        Files.writeString(dir.resolve(Staging.JOURNAL), "target " + target + "\n");
        site(tmp.resolve("new"), "二");
        Files.delete(tmp.resolve(".new.gongkai-lock"));
        Files.move(target, dir.resolve(Staging.OLD));
        Files.move(tmp.resolve("new"), target);
        TreeMap<String, String> second = digest(target);
        try (SiteWriter w = new SiteWriter(target)) {
            assertEquals(List.of(), w.notes());
        }
        assertEquals(second, digest(target));
        assertEquals(List.of(".site.gongkai-lock", "site"), beside());
    }

    @Test
    void killedWhileWritingTheHalfSiteIsRemoved() throws IOException {
        Path dir = leftover("3-c");
        Files.createDirectories(dir.resolve("site/a"));
        Files.writeString(dir.resolve("site/a/half.html"), "<p>");
        try (SiteWriter w = new SiteWriter(target)) {
            assertEquals(List.of(), w.notes());
        }
        assertEquals(first, digest(target));
        assertEquals(List.of(".site.gongkai-lock", "site"), beside());
    }

    @Test
    void killedWhileRemovingTheReplacedSiteTheRestGoesButNotForeignFiles() throws IOException {
        Path dir = leftover("4-d");
        Files.writeString(dir.resolve(Staging.REPLACED), Staging.OLD + "\n");
        Files.createDirectories(dir.resolve("old/a/b"));
        Files.createDirectories(dir.resolve("old/c"));
        try (SiteWriter w = new SiteWriter(target)) {
            assertEquals(List.of(), w.notes());
        }
        assertEquals(List.of(".site.gongkai-lock", "site"), beside(), "empty folders of a replaced site go");

        dir = leftover("5-e");
        Files.writeString(dir.resolve(Staging.REPLACED), Staging.SITE + "\n");
        Files.createDirectories(dir.resolve("site/a/b"));
        Files.writeString(dir.resolve("site/a/mine.txt"), "the user's");
        try (SiteWriter w = new SiteWriter(target)) {
            assertEquals(List.of("上次中断的生成留下的临时目录 " + dir + " 中有 1 个文件或目录不是 Gongkai 写入的，没有删除："
                    + "site/a/mine.txt；确认后请自行处理"), w.notes());
        }
        assertEquals("the user's", Files.readString(dir.resolve("site/a/mine.txt")));
        assertFalse(Files.exists(dir.resolve("site/a/b")));
    }

    @Test
    void filesDroppedIntoTheOldSiteDuringTheBuildAreKeptAndNamed() throws IOException {
        for (boolean exchange : List.of(true, false)) {
            try (SiteWriter w = new SiteWriter(target, exchange)) {
                w.write("index.html", "<p>二</p>".getBytes(StandardCharsets.UTF_8));
                Files.writeString(target.resolve("a/b/dropped.txt"), "the user's");
                w.commit();
                Path kept = Staging.leftovers(target).get(0).dir;
                String folder = exchange ? "site" : "old";
                assertEquals(List.of("替换下来的旧门户所在的临时目录 " + kept + " 中有 1 个文件或目录不是 Gongkai 写入的，没有删除："
                        + folder + "/a/b/dropped.txt；确认后请自行处理"), w.notes());
                assertEquals("the user's", Files.readString(kept.resolve(folder + "/a/b/dropped.txt")));
                assertEquals(List.of("a/b/dropped.txt"), files(kept.resolve(folder)), "all that was Gongkai's is gone");
            }
            // The next build keeps it too, and says so again.
            try (SiteWriter w = new SiteWriter(target)) {
                assertEquals(1, w.notes().size(), w.notes().toString());
                w.write("index.html", "<p>一</p>".getBytes(StandardCharsets.UTF_8));
                w.write("a/b/page.html", "<p>一</p>".getBytes(StandardCharsets.UTF_8));
                w.commit();
            }
            Path kept = Staging.leftovers(target).get(0).dir;
            Removal.removeOurs(kept); // the user deals with it
        }
    }

    @Test
    void aTargetThatChangedBeforeTheLockIsRefusedUnderIt() throws IOException {
        Files.writeString(target.resolve("notes.txt"), "mine");
        OutputGuard.RefusedException e = assertThrows(OutputGuard.RefusedException.class, () -> new SiteWriter(target));
        assertEquals("不能用“" + target + "”作输出目录：其中 1 个文件或目录不是 Gongkai 写入的（不在它的 manifest.json 里）：notes.txt；"
                + "Gongkai 只删除自己写入的文件", e.getMessage());
        assertEquals(List.of(".site.gongkai-lock", "site"), beside());
        assertEquals("mine", Files.readString(target.resolve("notes.txt")));
    }

    @Test
    void removalFollowsNoLinkAndOnlyTheManifest() throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("outside/b"));
        Files.writeString(outside.resolve("page.html"), "not the site's");
        // The site's folder "a" replaced by a link to a folder elsewhere with the same file name.
        Removal.removeOurs(target.resolve("a"));
        Files.createSymbolicLink(target.resolve("a"), tmp.resolve("outside"));
        Manifest m = Removal.manifestOf(target);
        assertEquals(List.of("a"), Removal.removeSite(target, m));
        assertEquals("not the site's", Files.readString(outside.resolve("page.html")));
    }
}
