package org.gongkai.render.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.gongkai.diag.Position;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.Form;
import org.gongkai.model.HeaderNode;
import org.gongkai.model.Kind;
import org.gongkai.model.Role;
import org.gongkai.model.Scheme;
import org.junit.jupiter.api.Test;

class DataFormatTest {

    @Test
    void csvQuotesOnlyWhatRfc4180Requires() {
        byte[] bytes = Csv.write(List.of("a", "b"), List.of(List.of("1,2", "say \"hi\""), List.of("line\nbreak", "plain")));
        assertEquals("\uFEFFa,b\r\n\"1,2\",\"say \"\"hi\"\"\"\r\n\"line\nbreak\",plain\r\n", new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void textThatASpreadsheetWouldRunGetsALeadingQuote() {
        for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "\0x", " =cmd|' /C calc'!A0", "-其他", "\n=x")) {
            assertEquals("'" + formula, CellValues.formulaSafe(formula), formula);
        }
        for (String text : List.of("", "a=b", "合计", "－1", "—", "'=已有引号", "1+1")) {
            assertEquals(text, CellValues.formulaSafe(text), text);
        }
    }

    @Test
    void amountsAndTheLoneDashStayNumbersTextIsNeutralised() {
        Position at = Position.startOf("f");
        assertEquals("-12.50", CellValues.csv(Cell.amount("-12.50", at).orElseThrow()));
        assertEquals("-1234.00", CellValues.csv(Cell.amount("-1,234.00", at).orElseThrow()));
        assertEquals("-", CellValues.csv(Cell.amount("-", at).orElseThrow()));
        assertEquals("'--", CellValues.csv(Cell.amount("--", at).orElseThrow()));
        assertEquals("—", CellValues.csv(Cell.amount("—", at).orElseThrow()));
        assertEquals("", CellValues.csv(Cell.amount("", at).orElseThrow()));
        assertEquals("'-12.50", CellValues.csv(Cell.text("-12.50", at)), "a number in a text column is text");
        assertEquals("'=HYPERLINK(\"https://evil.example/\")", CellValues.csv(Cell.text("=HYPERLINK(\"https://evil.example/\")", at)));
    }

    private static Column col(int i, String label, Role role, int panel) {
        return new Column(i, label, role, role == Role.CODE ? Scheme.ECONOMIC : Scheme.OTHER, "", panel);
    }

    @Test
    void headingsAreFullPathsMadeUniqueByPanel() {
        List<Column> cols = List.of(col(0, "项目", Role.NAME, 0), col(1, "合计", Role.AMOUNT, 0),
                col(2, "项目", Role.NAME, 1), col(3, "合计", Role.AMOUNT, 1));
        List<HeaderNode> header = List.of(
                new HeaderNode("支出", List.of(new HeaderNode("项目", List.of(), cols.get(0)),
                        new HeaderNode("决算数", List.of(new HeaderNode("合计", List.of(), cols.get(1))), null)), null),
                new HeaderNode("项目", List.of(), cols.get(2)),
                new HeaderNode("合计", List.of(), cols.get(3)));
        Form form = new Form("f", "表", "", "", header, cols, 2, "", List.of());
        assertEquals(List.of("支出/项目", "支出/决算数/合计", "项目", "合计"), Headings.of(form).names());

        Form same = new Form("g", "表", "", "", List.of(new HeaderNode("项目", List.of(), cols.get(0)),
                new HeaderNode("合计", List.of(), cols.get(1)), new HeaderNode("项目", List.of(), cols.get(2)),
                new HeaderNode("合计", List.of(), cols.get(3))), cols, 2, "", List.of());
        assertEquals(List.of("项目（第1组）", "合计（第1组）", "项目（第2组）", "合计（第2组）"), Headings.of(same).names());
    }

    @Test
    void phaseAndDirectionComeFromTheLabels() {
        assertEquals("approved", MeasureSemantics.phase(Kind.BUDGET, List.of("支出", "合计")));
        assertEquals("executed", MeasureSemantics.phase(Kind.FINAL, List.of("本年支出合计")));
        assertEquals("approved", MeasureSemantics.phase(Kind.FINAL, List.of("预算数", "合计")));
        assertEquals("executed", MeasureSemantics.phase(Kind.FINAL, List.of("决算数", "公务接待费")));
        assertEquals("adjusted", MeasureSemantics.phase(Kind.FINAL, List.of("调整预算数")));
        assertEquals("approved", MeasureSemantics.phase(Kind.BUDGET, List.of("一般公共预算")), "a fund, not a phase");
        assertEquals(Optional.of("revenue"), MeasureSemantics.direction(List.of("收入", "决算数"), "收入支出决算总表"));
        assertEquals(Optional.of("expenditure"), MeasureSemantics.direction(List.of("合计"), "部门支出总表"));
        assertEquals(Optional.empty(), MeasureSemantics.direction(List.of("年末结转和结余"), "政府性基金预算财政拨款收入支出决算表"));
        assertEquals(Optional.of(new java.math.BigDecimal(10000)), MeasureSemantics.factor("万元"));
        assertEquals(Optional.empty(), MeasureSemantics.factor("人"));
    }
}
