package org.gongkai.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.diag.Diagnostics;
import org.gongkai.model.Form;
import org.gongkai.model.FormSet;
import org.gongkai.model.HeaderNode;
import org.gongkai.model.Role;
import org.junit.jupiter.api.Test;

/**
 * Every measure a bundled form declares sits on an amount column whose printed header does not
 * say otherwise: the nearest header label (the column's own, else its groups', innermost first)
 * that names a kind of amount must name the declared one. This would have caught the 政府性基金
 * tables whose measures were shifted one column to the right (基本支出 declared as expense, 项目支出
 * as basic, 年末结转和结余 as project).
 */
class BundledFormMeasuresTest {

    /** What a header label says a column holds, most specific words first; empty for 合计, 决算数 … */
    static Optional<String> named(String label) {
        if (label.contains("三公")) {
            return Optional.of("three_public");
        }
        if (label.contains("结转") || label.contains("结余")) {
            return Optional.of("carry-over");
        }
        if (label.contains("人员")) {
            return Optional.of("personnel");
        }
        if (label.contains("公用")) {
            return Optional.of("public");
        }
        if (label.contains("基本支出")) {
            return Optional.of("basic");
        }
        if (label.contains("项目支出")) {
            return Optional.of("project");
        }
        if (label.contains("收入")) {
            return Optional.of(label.contains("财政拨款") ? "fiscal_income" : "income");
        }
        if (label.contains("支出")) {
            return Optional.of("expense");
        }
        return Optional.empty();
    }

    /** Measures one kind of header text also covers: 财政拨款收入 is part of 收入. */
    static boolean agrees(String declared, String named) {
        return declared.equals(named) || declared.equals("fiscal_income") && named.equals("income")
                || declared.equals("three_public_budget") && named.equals("three_public");
    }

    @Test
    void theWordingRecognisesWhatTheFormsPrint() {
        assertEquals(Optional.of("basic"), named("本年一般公共预算基本支出"));
        assertEquals(Optional.of("carry-over"), named("年末结转和结余"));
        assertEquals(Optional.of("fiscal_income"), named("财政拨款收入"));
        assertEquals(Optional.of("expense"), named("本年支出合计"));
        assertEquals(Optional.empty(), named("决算数"));
        assertFalse(agrees("expense", "basic"));
    }

    @Test
    void everyDeclaredMeasureAgreesWithItsPrintedHeader() {
        List<String> wrong = new ArrayList<>();
        int measured = 0;
        for (Path file : Resources.files(Resources.directory("forms"), ".yaml")) {
            Diagnostics diagnostics = new Diagnostics();
            String name = file.getFileName().toString();
            FormSet set = new YamlLoader(diagnostics).load(file, name)
                    .flatMap(root -> new FormReader(name, diagnostics).read(root)).orElseThrow();
            assertFalse(diagnostics.hasErrors(), name + ": " + diagnostics.sorted());
            for (Form form : set.forms()) {
                List<String> path = new ArrayList<>();
                for (HeaderNode node : form.header()) {
                    measured += walk(name, form, node, path, wrong);
                }
            }
        }
        assertTrue(measured > 50, "the bundled forms declare measures: " + measured);
        assertEquals(List.of(), wrong);
    }

    /** Checks the leaves below {@code node}; returns how many declare a measure. */
    private static int walk(String file, Form form, HeaderNode node, List<String> path, List<String> wrong) {
        path.add(node.label());
        int measured = 0;
        if (node.isLeaf()) {
            var c = node.leaf();
            if (c.hasMeasure()) {
                measured = 1;
                String where = file + " " + form.id() + " “" + String.join("/", path) + "”: " + c.measure();
                if (c.role() != Role.AMOUNT) {
                    wrong.add(where + " on a " + c.role() + " column");
                }
                for (int i = path.size() - 1; i >= 0; i--) {
                    Optional<String> named = named(path.get(i));
                    if (named.isPresent()) {
                        if (!agrees(c.measure().key(), named.get())) {
                            wrong.add(where + " but the header says " + named.get());
                        }
                        break;
                    }
                }
            }
        } else {
            for (HeaderNode child : node.children()) {
                measured += walk(file, form, child, path, wrong);
            }
        }
        path.remove(path.size() - 1);
        return measured;
    }
}
