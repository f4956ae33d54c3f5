package org.gongkai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A synthetic Hugo site that renders to a given number of HTML pages, for timing Hugo on the same
 * machine as a Gongkai build of the same size. Pages come in sections of {@value #PER_SECTION} (about
 * what one disclosure makes); each leaf is a Markdown page like a table page of a disclosure: a
 * heading, a paragraph and a 30-row table of codes, names and amounts, so Hugo's Markdown renderer
 * does comparable work. Output: one home page, one list page per section and the leaves, nothing
 * else (taxonomies, feeds, sitemap, robots.txt and 404 disabled), so the page count is exact.
 */
public final class HugoSite {

    static final int PER_SECTION = 16;
    private static final int ROWS = 30;

    private HugoSite() {
    }

    /** Usage: HugoSite OUT_DIR HTML_PAGES. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("用法：HugoSite 输出目录 HTML页数");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int pages = Integer.parseInt(args[1]);
        write(out, pages);
        System.out.println("生成 Hugo 站点（" + pages + " 个 HTML 页面）：" + out);
    }

    /** Writes the site into {@code out} (absent or empty): {@code pages} ≥ 3 HTML pages once built. */
    static void write(Path out, int pages) throws IOException {
        if (pages < 3) {
            throw new IOException("页数至少为 3");
        }
        if (Files.exists(out)) {
            try (Stream<Path> s = Files.list(out)) {
                if (s.findAny().isPresent()) {
                    throw new IOException("输出目录不是空目录：" + out);
                }
            }
        }
        // home + sections + leaves = pages, with at most PER_SECTION leaves a section.
        int sections = (pages - 1 + PER_SECTION) / (PER_SECTION + 1);
        int leaves = pages - 1 - sections;
        Files.createDirectories(out.resolve("layouts/_default"));
        Files.writeString(out.resolve("config.toml"), """
                baseURL = "http://example.org/"
                languageCode = "zh-cn"
                title = "部门预决算公开（Hugo 对照）"
                disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
                relativeURLs = true
                [markup.goldmark.renderer]
                unsafe = false
                """);
        Files.writeString(out.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{{ .Title }} · {{ .Site.Title }}</title></head>
                <body>
                <header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
                <nav aria-label="面包屑">{{ range .Ancestors.Reverse }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> › {{ end }}{{ .Title }}</nav></header>
                <main>{{ block "main" . }}{{ end }}</main>
                <footer><p>{{ .Site.Title }}</p></footer>
                </body>
                </html>
                """);
        Files.writeString(out.resolve("layouts/_default/single.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1>
                {{ .Content }}
                {{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
                {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ end }}
                """);
        Files.writeString(out.resolve("layouts/_default/list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1>
                {{ .Content }}
                <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
                """);
        Path content = out.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("_index.md"), "---\ntitle: 首页\n---\n\n各部门各年度的公开文件。\n");
        int leaf = 0;
        for (int s = 0; s < sections; s++) {
            Path section = content.resolve(String.format("s%05d", s));
            Files.createDirectories(section);
            Files.writeString(section.resolve("_index.md"),
                    "---\ntitle: 第 " + (s + 1) + " 份公开文件\n---\n\n本公开文件的各部分和表格。\n");
            int here = leaves / sections + (s < leaves % sections ? 1 : 0);
            for (int p = 0; p < here; p++, leaf++) {
                Files.writeString(section.resolve(String.format("p%02d.md", p)), page(leaf));
            }
        }
    }

    /** One leaf: front matter, a paragraph and a table, varied by its number. */
    static String page(int n) {
        StringBuilder b = new StringBuilder();
        b.append("---\ntitle: 表").append(n % 9 + 1).append(" 支出决算表（").append(n).append("）\n---\n\n");
        b.append("本表反映部门本年度各项支出情况。合计数与各项之和的差异为四舍五入所致。单位：万元。\n\n");
        b.append("| 科目编码 | 科目名称 | 本年支出合计 | 基本支出 | 项目支出 |\n|---|---|---:|---:|---:|\n");
        for (int r = 0; r < ROWS; r++) {
            long cents = (n * 7919L + r * 104729L) % 1_000_000L;
            b.append("| ").append(2010300 + r).append(" | 事业运行（第 ").append(r + 1).append(" 项） | ")
                    .append(amount(cents)).append(" | ").append(amount(cents / 3)).append(" | ")
                    .append(amount(cents - cents / 3)).append(" |\n");
        }
        b.append("\n注：本表数字照原文。\n");
        return b.toString();
    }

    private static String amount(long cents) {
        return String.format("%d.%02d", cents / 100, cents % 100);
    }
}
