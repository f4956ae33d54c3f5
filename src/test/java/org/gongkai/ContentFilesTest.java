package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.load.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What content/ may hold besides YAML: site assets (stylesheets, images, fonts; never scripts or
 * SVG, never a stylesheet loading from another host), and no symbolic links anywhere the loader
 * looks. Each refusal is an error at the file's own path and nothing is written.
 */
class ContentFilesTest {

    @TempDir
    Path root;

    private Fixture fixture() throws IOException {
        return new Fixture(root.resolve("work"));
    }

    private static String path(Fixture f, String relative) {
        return f.content.resolve(relative).toString().replace('\\', '/');
    }

    /** The "file:line:col: 错误：message [code]" lines of a run's error output. */
    private static List<String> errors(Fixture.Run run) {
        return run.err().lines().filter(l -> l.contains(": 错误：")).toList();
    }

    @Test
    void siteStylesheetsImagesAndFontsReplaceOrAddToTheBundledOnes() throws IOException {
        Fixture f = fixture();
        f.write("assets/gongkai.css", "body { background: url(logo.png) } @font-face { src: url(\"f.woff2\") }"
                + " .x { background: url(data:image/png;base64,AAAA) }\n");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
        Files.write(f.content.resolve("assets/logo.png"), png);
        Files.write(f.content.resolve("assets/f.woff2"), new byte[] {1, 2, 3});
        f.write("assets/.DS_Store", "ignored");
        Fixture.Run run = f.build();
        assertEquals(0, run.exit(), run.err());
        assertTrue(f.page("assets/gongkai.css").startsWith("body { background: url(logo.png) }"));
        assertArrayEquals(png, Files.readAllBytes(f.out.resolve("assets/logo.png")));
        assertTrue(Files.exists(f.out.resolve("assets/f.woff2")));
        assertFalse(Files.exists(f.out.resolve("assets/.DS_Store")));
        assertArrayEquals(Files.readAllBytes(Resources.directory("assets").resolve("search.js")),
                Files.readAllBytes(f.out.resolve("assets/search.js")));
    }

    @Test
    void scriptsSvgAndOtherTypesAreRefusedAtTheirPath() throws IOException {
        Fixture f = fixture();
        f.write("assets/search.js", "alert(1)");
        f.write("assets/search-index.js", "var GONGKAI_SEARCH_INDEX = {}; alert(2)");
        f.write("assets/extra.mjs", "alert(3)");
        f.write("assets/logo.svg", "<svg onload=\"alert(4)\"/>");
        f.write("assets/page.html", "<script>alert(5)</script>");
        f.write("assets/README", "x");
        f.write("assets/fonts/a.woff2", "x");
        Fixture.Run run = f.build();
        assertEquals(1, run.exit(), run.err());
        String script = "错误：不能替换或增加脚本：门户的脚本（含搜索脚本和生成的搜索索引 search/*.js）由门户自带或生成 [asset.type]";
        assertEquals(List.of(
                path(f, "assets/README") + ":1:1: 错误：不支持的文件类型（没有扩展名） [asset.type]",
                path(f, "assets/extra.mjs") + ":1:1: " + script,
                path(f, "assets/fonts") + ":1:1: 错误：assets 中只能放文件，不能有子目录 [asset.not-a-file]",
                path(f, "assets/logo.svg") + ":1:1: 错误：不能使用 SVG 文件：SVG 可以包含脚本，请改用 PNG 或 WebP [asset.type]",
                path(f, "assets/page.html") + ":1:1: 错误：不支持的文件类型“.html” [asset.type]",
                path(f, "assets/search-index.js") + ":1:1: " + script,
                path(f, "assets/search.js") + ":1:1: " + script), errors(run));
        assertTrue(run.err().contains("提示：content/assets/ 只能放样式表、图片和字体（css、png、jpg、jpeg、gif、webp、ico、woff、woff2）"), run.err());
        assertFalse(Files.exists(f.out), "nothing written");
    }

    @Test
    void aStylesheetMayNotLoadFromAnotherHost() throws IOException {
        Fixture f = fixture();
        f.write("assets/print.css", """
                @import "https://evil.example/a.css";
                /* url(https://in-a-comment.example/) is not read */
                body { background: url( //evil.example/b.png ) }
                .a { background: URL(\\68 ttps://evil.example/c.png) }
                .b { background-image: image-set('HTTP://evil.example/d.png' 1x) }
                .c { background: url(\\/\\/evil.example/e.png) }
                .d { background: url("file:///etc/x.png") } .e { content: "https:evil.example" }
                .ok { background: url(../assets/logo.png); content: "注:a:b" }
                """);
        Fixture.Run run = f.build();
        assertEquals(1, run.exit(), run.err());
        String css = path(f, "assets/print.css");
        String hint = "提示：页面不从其他网站加载任何文件；把字体、图片放到 content/assets/ 中，用相对地址引用，如 url(logo.png)";
        assertEquals(List.of(
                css + ":1:10: 错误：样式表从其他网站加载文件：“https://evil.example/a.css” [asset.remote]",
                css + ":3:25: 错误：样式表从其他网站加载文件：“//evil.example/b.png” [asset.remote]",
                css + ":4:22: 错误：样式表从其他网站加载文件：“https://evil.example/c.png” [asset.remote]",
                css + ":5:35: 错误：样式表从其他网站加载文件：“HTTP://evil.example/d.png” [asset.remote]",
                css + ":6:22: 错误：样式表从其他网站加载文件：“//evil.example/e.png” [asset.remote]",
                css + ":7:23: 错误：样式表从其他网站加载文件：“file:///etc/x.png” [asset.remote]",
                css + ":7:60: 错误：样式表从其他网站加载文件：“https:evil.example” [asset.remote]"), errors(run));
        assertTrue(run.err().contains(hint), run.err());
    }

    /** Every file the build writes under assets/ is either bundled (replaceable) or of a type a site may not supply. */
    @Test
    void generatedAssetsCannotBeOverridden() throws IOException {
        List<String> bundled = Resources.files(Resources.directory("assets"), "").stream()
                .map(p -> p.getFileName().toString()).toList();
        List<String> generated = new ArrayList<>();
        try (Stream<Path> s = Files.list(SeedSite.get().resolve("assets"))) {
            s.map(p -> p.getFileName().toString()).filter(n -> !bundled.contains(n)).forEach(generated::add);
        }
        assertTrue(generated.contains("search"), generated.toString());
        for (String name : generated) {
            Fixture f = new Fixture(root.resolve(name));
            f.write("assets/" + name, "x");
            Fixture.Run run = f.build();
            assertEquals(1, run.exit(), name + ": " + run.err());
        }
        for (String name : bundled.stream().filter(n -> n.endsWith(".js")).toList()) {
            Fixture f = new Fixture(root.resolve(name));
            f.write("assets/" + name, "x");
            assertEquals(1, f.build().exit(), name);
        }
    }

    @Test
    void symbolicLinksAreRefusedWhereverTheLoaderLooks() throws IOException {
        Fixture f = fixture();
        Path outside = root.resolve("outside");
        Files.createDirectories(outside);
        Path secret = Files.writeString(outside.resolve("shadow"), "root:secret\n", StandardCharsets.UTF_8);
        Path yaml = Files.writeString(outside.resolve("2022-final.yaml"), Fixture.DISCLOSURE.replace("2021", "2022"));
        Path dept = Files.createDirectories(outside.resolve("dept"));
        Files.writeString(dept.resolve("department.yaml"), "name: 外部部门\n");
        Path forms = Files.createDirectories(outside.resolve("forms"));
        Files.writeString(forms.resolve("x.yaml"), Fixture.FORMS.replace("test-final", "other-final"));
        Files.createDirectories(f.content.resolve("assets"));
        Files.createDirectories(f.content.resolve("catalogue"));
        assumeTrue(link(f.content.resolve("assets/print.css"), secret), "跳过：本机文件系统不支持符号链接");
        link(f.content.resolve("testdept/2022-final.yaml"), yaml);
        link(f.content.resolve("linkeddept"), dept);
        link(f.content.resolve("performance"), forms);
        link(f.content.resolve("catalogue/extra.yaml"), secret);
        link(f.content.resolve("forms/other.yaml"), forms.resolve("x.yaml"));
        Fixture.Run run = f.build();
        assertEquals(1, run.exit(), run.err());
        String message = ":1:1: 错误：这是符号链接，内容目录中不能有符号链接 [content.symlink]";
        assertEquals(Stream.of("assets/print.css", "catalogue/extra.yaml", "forms/other.yaml", "linkeddept", "performance",
                "testdept/2022-final.yaml").map(p -> path(f, p) + message).toList(), errors(run));
        assertTrue(run.err().contains("提示：把链接指向的文件或目录复制到这里；生成门户时不跟随链接，以免读取或发布内容目录以外的文件"));
        assertFalse(Files.exists(f.out), "nothing written");
    }

    @Test
    void linkedSiteAndDepartmentFilesAreRefusedToo() throws IOException {
        Fixture f = fixture();
        Path outside = Files.createDirectories(root.resolve("outside"));
        Path site = Files.writeString(outside.resolve("site.yaml"), Fixture.SITE);
        Path department = Files.writeString(outside.resolve("department.yaml"), Fixture.DEPARTMENT);
        Files.delete(f.content.resolve("site.yaml"));
        Files.delete(f.content.resolve("testdept/department.yaml"));
        assumeTrue(link(f.content.resolve("site.yaml"), site), "跳过：本机文件系统不支持符号链接");
        link(f.content.resolve("testdept/department.yaml"), department);
        Fixture.Run run = f.build();
        assertEquals(1, run.exit(), run.err());
        String message = ":1:1: 错误：这是符号链接，内容目录中不能有符号链接 [content.symlink]";
        assertEquals(List.of(path(f, "site.yaml") + message, path(f, "testdept/department.yaml") + message), errors(run));
    }

    private static boolean link(Path link, Path target) throws IOException {
        Files.createDirectories(link.getParent());
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }
}
