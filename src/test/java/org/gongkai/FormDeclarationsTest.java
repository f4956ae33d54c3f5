package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a form set declares for the figure layer is checked when it loads (an error at the key) and
 * when a disclosure uses it (a warning naming each feature it lacks declarations for).
 */
class FormDeclarationsTest {

    @TempDir
    Path tmp;

    private Fixture.Run buildWithForms(String forms) throws IOException {
        Fixture fx = new Fixture(tmp);
        fx.write("forms/test-final.yaml", forms);
        return fx.build();
    }

    private String formsFile() {
        return tmp.resolve("content/forms/test-final.yaml").toString();
    }

    @Test
    void theFixtureFormSetIsValid() throws IOException {
        Fixture.Run run = buildWithForms(Fixture.FORMS);
        assertEquals(0, run.exit(), run.err());
        assertTrue(!run.err().contains("forms.feature"), run.err());
    }

    @Test
    void aMeasureOnANameColumnIsAnErrorAtTheMeasure() throws IOException {
        Fixture.Run run = buildWithForms(Fixture.FORMS.replace("{ label: 科目名称, role: name }",
                "{ label: 科目名称, role: name, measure: expense }"));
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(formsFile() + ":16:49: 错误：列“科目名称”不是金额列，不能写 measure [form.measure-role]"),
                run.err());
    }

    @Test
    void twoColumnsWithOneMeasureAreAnErrorAtTheForm() throws IOException {
        Fixture.Run run = buildWithForms(Fixture.FORMS.replace("{ label: 项目支出, col: \"3\", measure: project }",
                "{ label: 项目支出, col: \"3\", measure: basic }"));
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(formsFile() + ":9:5: 错误：表样“支出决算表”的列“项目支出”与同一栏组的另一列同为 all/basic"
                + " [form.measure-duplicate]"), run.err());
    }

    @Test
    void aTotalRowMeasureMustBeAPartOfAnother() throws IOException {
        Fixture.Run run = buildWithForms(Fixture.FORMS.replace("  - { name: \"*合计\" }",
                "  - { name: \"*合计\", measure: income }"));
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(formsFile() + ":7:29: 错误：合计行的 measure 应是另一度量的组成部分（如 basic、project、personnel、public），"
                + "“income”不是 [form.total-row]"), run.err());
    }

    @Test
    void aFormSetWithoutDeclarationsIsToldWhatItLoses() throws IOException {
        String bare = Fixture.FORMS.replaceAll(", measure: [a-z_]+", "").replace("without: [income, three_public]\n", "");
        Fixture.Run run = buildWithForms(bare);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains(formsFile() + ":1:1: 警告：表样集 test-final 没有声明本年支出列（measure: expense）：没有本年支出合计、"
                + "历年趋势和同类部门比较；没有声明基本支出列（measure: basic）：不生成基本/项目支出图，不做基本支出交叉核对；"
                + "没有声明收入列（measure: income）：没有本年收入合计和收入结构图；"
                + "没有按功能分类科目编码列出支出的表（role: code, scheme: functional 且有 measure: expense）：不生成功能分类图和分类比较；"
                + "没有声明“三公”经费列（measure: three_public）：主要数字中没有“三公”经费 [forms.feature]"), run.err());
        assertEquals(1, run.err().split("\\[forms.feature]", -1).length - 1, run.err());
    }

    @Test
    void anUnknownFeatureInWithoutIsAWarning() throws IOException {
        Fixture.Run run = buildWithForms(Fixture.FORMS.replace("without: [income, three_public]", "without: [income, three_public, 三公]"));
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains(formsFile() + ":1:1: 警告：表样集 test-final 的 without 中“三公”不是功能名 [forms.feature]"), run.err());
    }
}
