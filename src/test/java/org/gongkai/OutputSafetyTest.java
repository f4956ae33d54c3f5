package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongkai.cli.Main;
import org.gongkai.diag.Code;
import org.gongkai.diag.Diagnostic;
import org.gongkai.write.OutputGuard;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `build --out` only ever replaces a folder that is Gongkai's: a scratch checkout (with .git, content
 * and a bystander file) is offered as every kind of dangerous output, and each is refused with exit
 * code 2 and its reason while not one byte of the scratch folder changes.
 */
class OutputSafetyTest {

    static final String HINT = "  提示：" + OutputGuard.HINT + "\n";

    @TempDir
    Path tmp;
    Path checkout;
    Path real;
    Fixture fx;

    @BeforeEach
    void scratchCheckout() throws IOException {
        checkout = Files.createDirectories(tmp.resolve("checkout"));
        Files.createDirectories(checkout.resolve(".git/refs"));
        Files.writeString(checkout.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(checkout.resolve("notes.txt"), "a bystander\n");
        fx = new Fixture(checkout.resolve("web"));
        real = checkout.toRealPath();
    }

    /** The command line as if run in the scratch checkout. */
    Fixture.Run inCheckout(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(checkout, args, new PrintWriter(out), new PrintWriter(err));
        return new Fixture.Run(code, out.toString(), err.toString());
    }

    Fixture.Run buildInto(String out) {
        return inCheckout("build", "--content", "web/content", "--out", out);
    }

    /** A previous Gongkai output at {@code name} below the checkout. */
    Path previousOutput(String name) {
        Path out = checkout.resolve(name);
        Fixture.Run run = inCheckout("build", "--content", "web/content", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        return out;
    }

    /** Builds into {@code out}; asserts exit 2, exactly {@code message}, and an untouched scratch folder. */
    void assertRefused(String out, String position, String message) throws IOException {
        TreeMap<String, String> before = Fixture.snapshot(tmp);
        Fixture.Run run = buildInto(out);
        String shown = out.isEmpty() ? "\"\"" : out;
        assertEquals(position + ":1:1: 错误：" + message + " [io.out-refused]\n" + HINT
                + "生成失败：1 个错误，0 个警告；输出目录 " + shown + " 保持不变。\n", run.err());
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertEquals(before, Fixture.snapshot(tmp), "nothing below the scratch folder may change");
    }

    @Test
    void theCurrentDirectoryIsRefused() throws IOException {
        assertRefused(".", ".", "不能用“.”作输出目录：它就是当前目录 " + real);
        assertRefused(real.toString(), real.toString(), "不能用“" + real + "”作输出目录：它就是当前目录 " + real);
    }

    @Test
    void anEmptyPathIsRefused() throws IOException {
        assertRefused("", "--out", "输出目录不能是空字符串（--out \"\"）");
    }

    @Test
    void aFolderHoldingTheCurrentDirectoryIsRefused() throws IOException {
        assertRefused("..", "..", "不能用“..”作输出目录：它包含当前目录 " + real);
        assertFalse(Files.exists(tmp.resolveSibling("." + tmp.getFileName() + ".gongkai-lock")), "no lock file beside it either");
        assertRefused("/", "/", "不能用“/”作输出目录：它包含当前目录 " + real);
    }

    @Test
    void theContentDirectoryItsFoldersAndWhatIsInsideAreRefused() throws IOException {
        Path content = real.resolve("web/content");
        assertRefused("web/content", "web/content", "不能用“web/content”作输出目录：它就是内容目录 " + content);
        assertRefused("web/content/sub", "web/content/sub", "不能用“web/content/sub”作输出目录：它在内容目录 " + content + " 里面");
        assertRefused("web/content/testdept", "web/content/testdept",
                "不能用“web/content/testdept”作输出目录：它在内容目录 " + content + " 里面");
        assertRefused("web", "web", "不能用“web”作输出目录：它包含内容目录 " + content);
        assertRefused("web/../web/content", "web/../web/content", "不能用“web/../web/content”作输出目录：它就是内容目录 " + content);
    }

    @Test
    void aFileIsRefused() throws IOException {
        assertRefused("notes.txt", "notes.txt", "不能用“notes.txt”作输出目录：它是一个已有的文件，不是目录");
        assertRefused("notes.txt/site", "notes.txt/site", "不能用“notes.txt/site”作输出目录：它的上级 " + real.resolve("notes.txt") + " 不是目录");
    }

    @Test
    void aLinkIsRefusedEvenToAnOutput() throws IOException {
        Files.createSymbolicLink(checkout.resolve("link"), checkout);
        assertRefused("link", "link", "不能用“link”作输出目录：它是符号链接（指向 " + checkout + "），Gongkai 不替换链接");
        Path site = previousOutput("site");
        Files.createSymbolicLink(checkout.resolve("site-link"), site);
        assertRefused("site-link", "site-link", "不能用“site-link”作输出目录：它是符号链接（指向 " + site + "），Gongkai 不替换链接");
    }

    @Test
    void aPathThroughALinkedFolderIsComparedWhereItReallyIs() throws IOException {
        Files.createSymbolicLink(checkout.resolve("web-link"), checkout.resolve("web"));
        Path content = real.resolve("web/content");
        assertRefused("web-link/content", "web-link/content", "不能用“web-link/content”作输出目录：它就是内容目录 " + content);
    }

    @Test
    void aSpecialFileIsRefused() throws IOException, InterruptedException {
        Assumptions.assumeTrue(mkfifo(checkout.resolve("pipe")), "mkfifo is not available");
        assertRefused("pipe", "pipe", "不能用“pipe”作输出目录：它不是目录，而是特殊文件（设备、管道或套接字）");
    }

    static boolean mkfifo(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void gitWorkTreesAreRefused() throws IOException {
        Files.createDirectories(checkout.resolve("repo/.git"));
        Files.writeString(checkout.resolve("repo/README"), "mine\n");
        assertRefused("repo", "repo", "不能用“repo”作输出目录：它是 git 工作区（含有 .git）");
        Files.createDirectories(checkout.resolve("empty-repo/.git"));
        assertRefused("empty-repo", "empty-repo", "不能用“empty-repo”作输出目录：它是 git 工作区（含有 .git）");
        Path site = previousOutput("site");
        Files.createDirectories(site.resolve("vendor/lib/.git"));
        assertRefused("site", "site", "不能用“site”作输出目录：它里面有 git 工作区 vendor/lib/.git/");
    }

    @Test
    void aFolderOfOtherFilesIsRefused() throws IOException {
        Files.createDirectories(checkout.resolve("docs"));
        Files.writeString(checkout.resolve("docs/index.html"), "<p>not Gongkai's</p>");
        assertRefused("docs", "docs", "不能用“docs”作输出目录：它不是空目录，也不是 Gongkai 的输出目录（没有 manifest.json）");
    }

    @Test
    void aFolderWithSomeoneElsesManifestIsRefused() throws IOException {
        Files.createDirectories(checkout.resolve("app"));
        Files.writeString(checkout.resolve("app/manifest.json"), "{\"name\": \"a web app\"}");
        assertRefused("app", "app", "不能用“app”作输出目录：它的 manifest.json 不是有效的 Gongkai 文件清单："
                + "manifest.json 不是 Gongkai 的文件清单（缺少 \"format\": \"gongkai-manifest/1\"）");
    }

    @Test
    void aPreviousOutputWithFilesDroppedInIsRefusedAndTheyAreNamed() throws IOException {
        Path site = previousOutput("site");
        Files.writeString(site.resolve("report.docx"), "the user's own");
        assertRefused("site", "site", "不能用“site”作输出目录：其中 1 个文件或目录不是 Gongkai 写入的（不在它的 manifest.json 里）："
                + "report.docx；Gongkai 只删除自己写入的文件");
        Files.createDirectories(site.resolve("testdept/drafts/old"));
        Files.writeString(site.resolve("testdept/drafts/old/a.txt"), "x");
        for (int i = 1; i <= 10; i++) {
            Files.writeString(site.resolve(String.format("z%02d.txt", i)), "x");
        }
        assertRefused("site", "site", "不能用“site”作输出目录：其中 12 个文件或目录不是 Gongkai 写入的（不在它的 manifest.json 里）："
                + "report.docx、testdept/drafts/、z01.txt、z02.txt、z03.txt、z04.txt、z05.txt、z06.txt、z07.txt、z08.txt 等；"
                + "Gongkai 只删除自己写入的文件");
    }

    @Test
    void aZipInTheContentOrOverAnotherFileIsRefused() throws IOException {
        TreeMap<String, String> before = Fixture.snapshot(tmp);
        Fixture.Run run = inCheckout("build", "--content", "web/content", "--out", "site", "--zip", "web/content/p.zip");
        assertEquals(2, run.exit());
        assertEquals("web/content/p.zip:1:1: 错误：ZIP 文件 web/content/p.zip 不能放在内容目录 " + real.resolve("web/content")
                + " 里 [io.zip-refused]\n" + HINT + "生成失败：1 个错误，0 个警告；输出目录 site 保持不变。\n", run.err());
        Fixture.Run over = inCheckout("build", "--content", "web/content", "--out", "site", "--zip", "notes.txt");
        assertEquals(2, over.exit());
        assertTrue(over.err().startsWith("notes.txt:1:1: 错误：ZIP 文件 notes.txt 已存在且不是 ZIP 文件，Gongkai 不覆盖它 [io.zip-refused]\n"),
                over.err());
        assertEquals(before, Fixture.snapshot(tmp));
    }

    @Test
    void theBuildApiRefusesToo() throws IOException {
        TreeMap<String, String> before = Fixture.snapshot(tmp);
        for (Path out : List.of(fx.content, fx.content.getParent(), checkout.resolve("notes.txt"))) {
            Build.Result result = new Build(fx.content).build(out, false);
            assertFalse(result.written());
            assertEquals(Build.Output.UNCHANGED, result.output());
            assertTrue(result.diagnostics().hasIoErrors(), "exit code 2");
            assertEquals(List.of(Code.IO_OUT_REFUSED), result.diagnostics().sorted().stream().map(Diagnostic::code).toList());
        }
        Build.Result cwd = new Build(fx.content, checkout).build(Path.of("."), false, Optional.empty());
        assertEquals(Code.IO_OUT_REFUSED, cwd.diagnostics().sorted().get(0).code());
        assertEquals(before, Fixture.snapshot(tmp));
    }

    @Test
    void aPreviousOutputIsReplacedWithoutForceAndLeavesNothingBeside() throws IOException {
        assertEquals(0, fx.build().exit());
        assertTrue(Files.exists(fx.out.resolve("testdept/2021-final/glossary.html")));
        String withFindings = Fixture.DISCLOSURE_WITH_FINDINGS;
        String withoutGlossary = withFindings.substring(0, withFindings.indexOf("  - type: glossary"));
        fx.write("testdept/2021-final.yaml", withoutGlossary + Fixture.ACKNOWLEDGEMENTS);
        Fixture.Run again = fx.build();
        assertEquals(0, again.exit(), again.err());
        assertFalse(Files.exists(fx.out.resolve("testdept/2021-final/glossary.html")), "a page no longer built is gone");
        assertEquals(0, fx.run("verify", fx.out.toString()).exit());
        assertEquals(List.of(".site-output.gongkai-lock", "content", "site-output"), names(fx.root));
    }

    @Test
    void anEmptyFolderIsFilled() throws IOException {
        Files.createDirectories(fx.out);
        assertEquals(0, fx.build().exit());
        assertEquals(0, fx.run("verify", fx.out.toString()).exit());
    }

    @Test
    void leftoversOfKilledBuildsAreClearedOnlyWhenMarkedAsOurs() throws IOException {
        assertEquals(0, fx.build().exit());
        Path ours = Files.createDirectories(fx.root.resolve(".site-output.gongkai-staging-1a-2b/site/testdept"));
        Files.writeString(ours.getParent().getParent().resolve(".gongkai-staging"), "Gongkai 生成门户时的临时目录（gongkai staging）。\n");
        Files.writeString(ours.resolve("index.html"), "half written");
        Path unmarked = Files.createDirectories(fx.root.resolve(".site-output.gongkai-staging-3c-4d/site"));
        Files.writeString(unmarked.resolve("index.html"), "not provably ours");
        Path otherName = Files.createDirectories(fx.root.resolve(".site-output.gongkai-staging-keep"));
        Files.writeString(otherName.resolve(".gongkai-staging"), "Gongkai 生成门户时的临时目录（gongkai staging）。\n");
        TreeMap<String, String> unmarkedBefore = Fixture.snapshot(unmarked.getParent());

        Fixture.Run run = fx.build();
        assertEquals(0, run.exit(), run.err());
        assertFalse(Files.exists(ours.getParent().getParent()), "a marked leftover is removed");
        assertEquals(unmarkedBefore, Fixture.snapshot(unmarked.getParent()), "an unmarked one is left alone");
        assertTrue(Files.exists(otherName.resolve(".gongkai-staging")), "so is one whose name does not fit");
    }

    @Test
    void aLegacyOldSiteIsRemovedByItsManifestKeepingForeignFiles() throws IOException {
        assertEquals(0, fx.build().exit());
        Path legacy = fx.root.resolve("site-output.old");
        try (Stream<Path> paths = Files.walk(fx.out)) {
            for (Path p : paths.toList()) {
                Path copy = legacy.resolve(fx.out.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(p, copy);
                }
            }
        }
        Files.writeString(legacy.resolve("testdept/mine.txt"), "the user's");
        Fixture.Run run = fx.build();
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("testdept/", "testdept/mine.txt"), new java.util.ArrayList<>(Fixture.snapshot(legacy).keySet()).subList(1, 3));
        assertEquals(3, Fixture.snapshot(legacy).size(), "only the foreign file and its folder remain");
        assertTrue(run.err().contains("警告：旧版本 Gongkai 留下的旧门户 " + legacy + " 中有 1 个文件或目录不是 Gongkai 写入的，没有删除："
                + "testdept/mine.txt；确认后请自行处理 [write.note]"), run.err());
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
