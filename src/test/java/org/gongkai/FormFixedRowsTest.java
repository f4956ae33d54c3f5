package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.diag.Diagnostics;
import org.gongkai.load.ContentParts;
import org.gongkai.load.ContentReader;
import org.gongkai.model.Cell;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Form;
import org.gongkai.model.FormSet;
import org.gongkai.model.Role;
import org.gongkai.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A form's fixed rows ({@code rows:}): read and checked with the form, used by {@code new} for a department without history. */
class FormFixedRowsTest {

    @TempDir
    Path tmp;

    private static String formsWithRows(String rows) {
        String anchor = "    name: 支出决算表\n";
        assertTrue(Fixture.FORMS.contains(anchor));
        return Fixture.FORMS.replace(anchor, anchor + "    rows:\n" + rows);
    }

    @Test
    void formReaderKeepsTheFixedRows() throws IOException {
        Fixture fx = new Fixture(tmp);
        fx.write("forms/test-final.yaml", formsWithRows("      - [\"\", 合计]\n      - [\"201\", 一般公共服务支出]\n"));
        Diagnostics d = new Diagnostics();
        Form form = ContentParts.formSets(fx.content, d).get("test-final").forms().get(0);
        assertFalse(d.hasErrors(), d.sorted().toString());
        assertEquals(List.of(List.of("", "合计"), List.of("201", "一般公共服务支出")), form.fixedRows());
    }

    @Test
    void aFixedRowOfTheWrongWidthIsAnErrorAtTheRow() throws IOException {
        assertOnlyError("      - [\"\", 合计, \"1.00\"]\n", "[\"\", 合计, \"1.00\"]",
                "这一固定行有 3 格，表样“支出决算表”有 2 个非金额列", "form.row-width");
    }

    @Test
    void aFixedRowWithABadCodeIsAnErrorAtTheCell() throws IOException {
        assertOnlyError("      - [\"20\", 一般公共服务支出]\n", "\"20\"",
                "科目编码“20”应为 3、5 或 7 位数字", "form.row-code");
    }

    @Test
    void aFixedRowThatIsNotAListIsAnError() throws IOException {
        assertOnlyError("      - 合计\n", "合计\n", "固定行应为单元格列表，如 [\"一、一般公共预算财政拨款收入\", \"1\"]，实际是文本", "form.row");
    }

    @Test
    void aRowIdentityMustNameALineTheFixedRowsHave() throws IOException {
        String summary = """
                  - id: summary
                    name: 收支总表
                    columns:
                      - { label: 项目, role: name }
                      - { label: 行次, role: line }
                      - { label: 金额, col: "1" }
                    rows:
                      - [收入, "1"]
                      - [合计, "2"]
                    identities:
                      - printed: "2 行 = 1 行"
                        rule: "R2 = R1"
                      - printed: "3 行 = 1 行"
                        rule: "R3 = R1"
                """;
        assertOnlyErrorIn(Fixture.FORMS + summary, "\"R3 = R1\"", "勾稽关系引用了固定行中没有的行次 3", "form.rule");
    }

    private void assertOnlyError(String rows, String marker, String message, String code) throws IOException {
        assertOnlyErrorIn(formsWithRows(rows), marker, message, code);
    }

    private void assertOnlyErrorIn(String forms, String marker, String message, String code) throws IOException {
        Fixture fx = new Fixture(tmp);
        Path file = fx.write("forms/test-final.yaml", forms);
        Fixture.Run run = fx.build();
        String text = Files.readString(file);
        int i = text.indexOf("    rows:\n") + "    rows:\n".length();
        i = text.indexOf(marker, i);
        int lineStart = text.lastIndexOf('\n', i - 1) + 1;
        int line = (int) text.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
        String expected = file + ":" + line + ":" + (text.codePointCount(lineStart, i) + 1) + ": 错误：" + message + " [" + code + "]\n";
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains(expected), "expected\n" + expected + "in\n" + run.err());
        assertEquals(1, run.err().split(": 错误：", -1).length - 1, run.err());
    }

    @Test
    void newFillsTheFixedRowsOfEveryBundledFormSetForANewDepartment() throws IOException {
        Map<String, FormSet> sets = ContentParts.formSets(tmp.resolve("none"), new Diagnostics());
        int withRows = 0;
        for (FormSet set : sets.values()) {
            Fixture fx = new Fixture(tmp.resolve(set.id()));
            String kind = set.kind().equals("预算") ? "budget" : "final";
            Fixture.Run made = fx.run("new", "newdept", "2024", kind, "--forms", set.id(), "--content", fx.content.toString());
            assertEquals(0, made.exit(), made.err());
            Disclosure fresh = read(fx, "newdept");
            for (Form f : set.forms()) {
                Table t = fresh.tables().filter(x -> x.form().id().equals(f.id())).findFirst().orElseThrow();
                assertEquals(f.fixedRows().size(), t.rows().size(), set.id() + " " + f.id());
                for (int r = 0; r < t.rows().size(); r++) {
                    var row = t.rows().get(r);
                    assertEquals(f.fixedRows().get(r), t.form().fixedColumns().stream().map(c -> row.cell(c).raw()).toList(),
                            set.id() + " " + f.id());
                    assertTrue(t.form().columns().stream().filter(c -> c.role() == Role.AMOUNT).allMatch(c -> row.cell(c).isBlank()),
                            set.id() + " " + f.id());
                }
                withRows += f.fixedRows().isEmpty() ? 0 : 1;
            }
            if (set.id().equals("final-2021")) {
                Table summary = fresh.tables().filter(x -> x.form().name().equals("收入支出决算总表")).findFirst().orElseThrow();
                assertEquals(30, summary.rows().size());
                assertTrue(made.out().contains("表样集 final-2021，9 张表，3 张表的固定行取自表样（金额留空）"), made.out());
                assertEquals(List.of("本年收入合计", "27", "", "本年支出合计", "57", ""),
                        summary.rows().get(26).cells().stream().map(Cell::raw).toList());
                assertTrue(Files.readString(fx.content.resolve("newdept/2024-final.yaml"))
                        .contains("- [\"一、一般公共预算财政拨款收入\", \"1\", \"\", \"一、一般公共服务支出\", \"31\", \"\"]"));
            }
        }
        assertTrue(withRows >= 10, "forms with fixed rows: " + withRows);
    }

    @Test
    void thePreviousDisclosuresRowsWinOverTheFormsFixedRows() throws IOException {
        Fixture fx = new Fixture(tmp);
        fx.write("forms/test-final.yaml", formsWithRows("      - [\"\", 合计]\n"));
        assertEquals(0, fx.run("new", "testdept", "2022", "final", "--content", fx.content.toString()).exit());
        assertEquals(2, read(fx, "testdept", "2022").tables().findFirst().orElseThrow().rows().size(), "copied from 2021");
        Fixture.Run made = fx.run("new", "otherdept", "2022", "final", "--forms", "test-final", "--content", fx.content.toString());
        assertEquals(0, made.exit(), made.err());
        Table fresh = read(fx, "otherdept").tables().findFirst().orElseThrow();
        assertEquals(List.of(List.of("", "合计", "", "", "")), fresh.rows().stream().map(r -> r.cells().stream().map(Cell::raw).toList()).toList());
    }

    private static Disclosure read(Fixture fx, String department) {
        return read(fx, department, null);
    }

    private static Disclosure read(Fixture fx, String department, String year) {
        Diagnostics d = new Diagnostics();
        List<Disclosure> all = new ContentReader(fx.content, d).read().orElseThrow().portal().disclosures();
        assertFalse(d.hasErrors(), d.sorted().toString());
        return all.stream().filter(x -> x.department().id().equals(department) && (year == null || x.year().equals(year)))
                .findFirst().orElseThrow();
    }
}
