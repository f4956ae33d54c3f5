package org.gongkai;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongkai.cli.Main;

/** A small valid content directory written to a temp folder, and a way to run the CLI on it. */
final class Fixture {

    record Run(int exit, String out, String err) {
    }

    static final String SITE = "title: 测试门户\nhost: 测试主办单位\nsite_code: \"4201000001\"\nicp: 鄂ICP备00000001号\n";
    static final String FORMS = """
            id: test-final
            kind: 决算
            name: 测试表样
            without: [income, three_public]
            total_rows:
              - { name: "*总计", grand: true }
              - { name: "*合计" }
            forms:
              - id: expense
                name: 支出决算表
                scope: all
                columns:
                  - label: 项目
                    columns:
                      - { label: 科目编码, role: code, scheme: functional }
                      - { label: 科目名称, role: name }
                  - { label: 本年支出合计, col: "1", measure: expense }
                  - { label: 基本支出, col: "2", measure: basic }
                  - { label: 项目支出, col: "3", measure: project }
                identities:
                  - printed: "1 栏各行 = (2+3) 栏各行"
                    rule: "C1 = C2 + C3"
            """;
    static final String DEPARTMENT = "name: 测试区大数据中心\nregion: 测试区\npeer_group: 大数据中心\n";
    /** A disclosure whose table disagrees with itself: four open error findings. */
    static final String DISCLOSURE_WITH_FINDINGS = """
            year: 2021
            kind: 决算
            title: 2021 年度测试区大数据中心部门决算公开
            published: 2022-10-27
            forms: test-final
            parts:
              - type: overview
                title: 第一部分 概况
                sections:
                  - title: 一、部门主要职能
                    topic: functions
                    text: |
                      负责全区电子政务。编号 0123 与 NO 照原文。
              - type: tables
                title: 第二部分 决算表
                tables:
                  - form: expense
                    number: 表3
                    title: 2021 年度支出决算表
                    rows:
                      - ["", 合计, "2,812.11", 1.10, "-"]
                      - ["201", 一般公共服务支出, "2,697.42", 0.00, ""]
              - type: glossary
                title: 第五部分 名词解释
                terms:
                  - number: "1"
                    term: 基本支出
                    text: 指为保障机构正常运转的支出。
            """;

    /** The content's explanation of each of those findings, so the fixture passes the publish gate. */
    static final String ACKNOWLEDGEMENTS = """
            acknowledgements:
              - rule: hierarchy.sum
                subject: "表3 “合计” 1 栏（本年支出合计）"
                note: 原文合计含未列出的科目，照原文公布。
              - rule: hierarchy.sum
                subject: "表3 “合计” 2 栏（基本支出）"
                note: 原文如此。
              - rule: identity.column
                subject: "表3 “合计” C1 = C2 + C3"
                note: 原文合计栏含上年结转，照原文公布。
              - rule: identity.column
                subject: "表3 “201 一般公共服务支出” C1 = C2 + C3"
                note: 原文如此。
            """;

    /** The default disclosure: its findings acknowledged, so it builds. */
    static final String DISCLOSURE = DISCLOSURE_WITH_FINDINGS + ACKNOWLEDGEMENTS;

    final Path root;
    final Path content;
    final Path out;

    Fixture(Path root) throws IOException {
        this.root = root;
        this.content = root.resolve("content");
        this.out = root.resolve("site-output");
        write("site.yaml", SITE);
        write("forms/test-final.yaml", FORMS);
        write("testdept/department.yaml", DEPARTMENT);
        write("testdept/2021-final.yaml", DISCLOSURE);
    }

    Path write(String relative, String text) throws IOException {
        Path p = content.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    Run build() {
        return run("build", "--content", content.toString(), "--out", out.toString());
    }

    String page(String path) throws IOException {
        return Files.readString(out.resolve(path), StandardCharsets.UTF_8);
    }

    /** Path → SHA-256 of every file below {@code dir}, to compare whole trees. */
    static TreeMap<String, String> digest(Path dir) throws IOException {
        TreeMap<String, String> map = new TreeMap<>();
        if (!Files.exists(dir)) {
            return map;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                map.put(dir.relativize(f).toString(), sha256(Files.readAllBytes(f)));
            }
        }
        return map;
    }

    /**
     * Every path below {@code dir}, nothing followed: folders, links with their targets, files with
     * their SHA-256, special files as such; to show that a run changed nothing at all.
     */
    static TreeMap<String, String> snapshot(Path dir) throws IOException {
        TreeMap<String, String> map = new TreeMap<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                map.put(dir.relativize(d) + "/", "folder");
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                map.put(dir.relativize(f).toString(), attrs.isSymbolicLink() ? "link to " + Files.readSymbolicLink(f)
                        : attrs.isRegularFile() ? sha256(Files.readAllBytes(f)) : "special");
                return FileVisitResult.CONTINUE;
            }
        });
        return map;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
