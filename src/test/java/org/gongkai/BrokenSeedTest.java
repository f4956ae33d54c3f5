package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy of a real content file with several mistakes reports every one of them, each at its
 * file:line:col, in one run.
 */
class BrokenSeedTest {

    static final String FILE = "jianghan-dsj/2021-final.yaml";

    /** One injected mistake: the text replaced, its replacement, and the message expected there. */
    record Mistake(String original, String broken, int offsetInBroken, String message) {
    }

    @TempDir
    Path tmp;

    @Test
    void everyMistakeIsReportedAtItsPlace() throws IOException {
        Path content = tmp.resolve("content");
        copy(Path.of("content"), content);
        Path file = content.resolve(FILE);
        String text = Files.readString(file, StandardCharsets.UTF_8);

        List<Mistake> mistakes = List.of(
                new Mistake("    title: \"第一部分", "    titel: \"第一部分", 4, "未知的键“titel”"),
                new Mistake("\"本年收入合计\", \"27\", \"2,484.74\"", "\"本年收入合计\", \"27\", \"2,48四.74\"", 16, "金额“2,48四.74”无法识别"),
                new Mistake("      - form: income\n", "      - form: incomes\n", 14, "没有表样“incomes”"),
                new Mistake("[\"2010350\", \"事业运行\", \"236.77\", \"236.77\", \"\"]",
                        "[\"2010350\", \"事业运行\", \"236.77\", \"236.77\"]", 0, "这一行有 4 个单元格"),
                new Mistake("year: \"2021\"", "year: \"二〇二一\"", 6, "但文件名的年度是 2021"));

        List<String> expected = new ArrayList<>();
        for (Mistake m : mistakes) {
            int at = text.indexOf(m.original());
            assertTrue(at >= 0, "the content still holds " + m.original());
            text = text.substring(0, at) + m.broken() + text.substring(at + m.original().length());
            int offset = at + m.offsetInBroken();
            int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
            int col = offset - text.lastIndexOf('\n', offset - 1);
            expected.add(FILE + ":" + line + ":" + col + ": 错误：" + "|" + m.message());
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);

        Fixture.Run run = new Fixture(tmp.resolve("unused")).run("check", "--content", content.toString());
        assertEquals(1, run.exit(), run.err());
        for (String e : expected) {
            String[] parts = e.split("\\|");
            boolean found = run.err().lines().anyMatch(l -> l.contains(parts[0]) && l.contains(parts[1]));
            assertTrue(found, "expected a line with " + parts[0] + " … " + parts[1] + " in\n" + run.err());
        }
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
