package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One gate for publishing: {@code check} and {@code build} agree on the demo content (its
 * published errata are acknowledged, so both pass) and on a copy with one figure changed (both
 * fail on the same findings, and nothing is written).
 */
class PublishGateTest {

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
        /** The diagnostic lines only (file:line:col: …), without the summary. */
        List<String> findings() {
            return err.lines().filter(l -> l.matches("^\\S+:\\d+:\\d+: .*")).toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void checkAndBuildAgreeOnTheDemoContent() {
        Run check = run("check", "--content", "content");
        Run build = run("build", "--content", "content", "--out", tmp.resolve("site").toString());
        assertEquals(0, check.exit(), check.err());
        assertEquals(0, build.exit(), build.err());
        assertEquals(check.findings(), build.findings());
        assertTrue(check.out().contains("0 个错误"), check.out());
        assertTrue(build.out().contains("已在内容中说明的发现"), build.out());
        Run strict = run("build", "--content", "content", "--out", tmp.resolve("strict").toString(), "--strict");
        assertEquals(1, strict.exit(), "the demo content has open warnings: " + strict.err());
        assertFalse(Files.exists(tmp.resolve("strict")));
    }

    @Test
    void checkAndBuildAgreeOnACopyWithOneFigureChanged() throws IOException {
        Path content = tmp.resolve("content");
        copy(Path.of("content"), content);
        Path file = content.resolve("jianghan-dsj/2021-final.yaml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String row = "[\"201\", \"一般公共服务支出\", \"2,697.42\", \"236.77\"";
        assertTrue(text.contains(row), "the demo content changed: pick another figure");
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(row),
                row.replace("236.77", "236.87")), StandardCharsets.UTF_8);

        Run check = run("check", "--content", content.toString());
        Path out = tmp.resolve("site");
        Run build = run("build", "--content", content.toString(), "--out", out.toString());
        assertEquals(1, check.exit(), check.err());
        assertEquals(1, build.exit(), build.err());
        assertEquals(check.findings(), build.findings());
        assertTrue(check.findings().stream().anyMatch(l -> l.startsWith(file + ":129:") && l.contains("错误：")),
                String.join("\n", check.findings()));
        assertFalse(Files.exists(out), "a blocked build writes nothing");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
