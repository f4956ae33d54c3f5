package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.diag.Code;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Diagnostics;
import org.gongkai.load.ContentParts;
import org.gongkai.load.ContentReader;
import org.gongkai.model.Disclosure;
import org.gongkai.model.FormSet;
import org.gongkai.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code new} then {@code check}: for every bundled form set the skeleton loads and only its placeholders are reported. */
class NewDisclosureTest {

    @TempDir
    Path tmp;

    @Test
    void everyBundledFormSetGivesASkeletonThatLoadsAndListsItsPlaceholders() throws IOException {
        Map<String, FormSet> sets = ContentParts.formSets(tmp.resolve("none"), new Diagnostics());
        assertTrue(sets.size() >= 4, sets.keySet().toString());
        for (FormSet set : sets.values()) {
            Fixture fx = new Fixture(tmp.resolve(set.id()));
            String kind = set.kind().equals("预算") ? "budget" : "final";
            Fixture.Run made = fx.run("new", "newdept", "2024", kind, "--forms", set.id(), "--content", fx.content.toString());
            assertEquals(0, made.exit(), made.err());
            assertTrue(made.out().contains("已新建 " + fx.content.resolve("newdept/department.yaml")), made.out());
            Build.Result checked = new Build(fx.content).check();
            List<Diagnostic> found = checked.diagnostics().sorted();
            assertFalse(checked.diagnostics().hasErrors(), found.toString());
            int n = set.forms().size();
            // title, three part titles naming the department, three overview texts, each table's data,
            // one narrative section per table and 其他重要事项, one glossary term.
            assertEquals(1 + 3 + 3 + n + (n + 1) + 1, found.size(), set.id() + " " + found);
            assertTrue(found.stream().allMatch(d -> d.code() == Code.TEXT_UNFILLED), found.toString());
            assertTrue(found.stream().allMatch(d -> d.message().endsWith("未填写")), found.toString());
        }
    }

    @Test
    void rowsComeFromTheDepartmentsPreviousDisclosureWithoutAmounts() throws IOException {
        Fixture fx = new Fixture(tmp);
        Fixture.Run made = fx.run("new", "testdept", "2022", "final", "--content", fx.content.toString());
        assertEquals(0, made.exit(), made.err());
        assertTrue(made.out().contains("表样集 test-final，1 张表，行从 2021 年度决算复制（金额留空）"), made.out());
        Diagnostics d = new Diagnostics();
        List<Disclosure> all = new ContentReader(fx.content, d).read().orElseThrow().portal().disclosures();
        Disclosure fresh = all.stream().filter(x -> x.year().equals("2022")).findFirst().orElseThrow();
        var table = fresh.tables().findFirst().orElseThrow();
        assertEquals(2, table.rows().size());
        assertEquals(List.of("201", "一般公共服务支出", "", "", ""), table.rows().get(1).cells().stream().map(c -> c.raw()).toList());
        assertTrue(table.form().columns().stream().filter(c -> c.role() == Role.AMOUNT)
                .allMatch(c -> table.rows().stream().allMatch(r -> r.cell(c).isBlank())));
        assertTrue(Files.readString(fx.content.resolve("testdept/2022-final.yaml")).startsWith("year: 2022\nkind: 决算\n"));
        assertEquals(2, fx.run("new", "testdept", "2022", "final", "--content", fx.content.toString()).exit(), "no overwrite");
    }
}
