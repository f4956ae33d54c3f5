package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Catalogue;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Metric;
import org.gongkai.model.StatedFigure;
import org.gongkai.model.Role;
import org.gongkai.model.Row;
import org.gongkai.model.Scheme;
import org.gongkai.model.Table;

/**
 * Collects the figures of a disclosure's tables that the forms say something about: each amount
 * in a column with a {@code measure}, keyed by the row's classification code (from the code column,
 * a code printed before the name, or a name the catalogue knows) or as the total. A row named
 * 基本支出, 项目支出, 人员经费 or 公用经费 in an expense column states that measure's total.
 */
final class Facts {

    static final Pattern CODE_NAME = Pattern.compile("^(\\d{3}(?:\\d{2}){0,2})(?![\\d年])\\s*(\\S.*)$");

    /** What the narrative's structured figures (stated_figures) are, in table terms. */
    private static final Map<Metric, Fact.Identity> STATED = Map.of(
            Metric.INCOME_TOTAL, new Fact.Identity("all", "income", "total"),
            Metric.EXPENSE_TOTAL, new Fact.Identity("all", "expense", "total"),
            Metric.FISCAL_INCOME, new Fact.Identity("all", "fiscal_income", "total"),
            Metric.BASIC_EXPENSE, new Fact.Identity("all", "basic", "total"),
            Metric.PROJECT_EXPENSE, new Fact.Identity("all", "project", "total"),
            Metric.FISCAL_EXPENSE, new Fact.Identity("fiscal", "expense", "total"),
            Metric.GENERAL_BUDGET_EXPENSE, new Fact.Identity("general", "expense", "total"));

    private Facts() {
    }

    static List<Fact> of(Disclosure d, Catalogue catalogue) {
        List<Fact> facts = new ArrayList<>();
        d.tables().forEach(t -> {
            for (Row row : t.rows()) {
                for (Column c : t.form().columns()) {
                    if (!c.hasMeasure() || !row.cell(c).isAmount()) {
                        continue;
                    }
                    fact(t, row, c, catalogue).ifPresent(facts::add);
                }
            }
        });
        for (StatedFigure f : d.statedFigures()) {
            Fact.Identity id = STATED.get(f.metric());
            if (id != null && f.year().equals(d.year())) {
                facts.add(new Fact(id.scope(), id.measure(), id.key(), f.value().value(), f.value(), null,
                        "情况说明“" + f.metric().label() + "”"));
            }
        }
        return facts;
    }

    private static Optional<Fact> fact(Table t, Row row, Column c, Catalogue catalogue) {
        Cell cell = row.cell(c);
        String code = Tables.code(t, row, c.panel());
        String name = Tables.name(t, row, c.panel());
        String label = Tables.label(t) + " " + Tables.rowLabel(t, row, c.panel()) + "（" + c.label() + "）";
        Scheme scheme = Tables.column(t, c.panel(), Role.CODE).map(Column::scheme).orElse(null);
        if (!code.isEmpty()) {
            return scheme == null || scheme == Scheme.OTHER ? Optional.empty()
                    : Optional.of(new Fact(c.scope(), c.measure(), key(scheme, code), cell.value(), cell, t, label));
        }
        String bare = Tables.bareName(name);
        if (bare.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = CODE_NAME.matcher(bare);
        if (m.matches()) {
            Scheme s = m.group(1).startsWith("2") ? Scheme.FUNCTIONAL : Scheme.ECONOMIC;
            return Optional.of(new Fact(c.scope(), c.measure(), key(s, m.group(1)), cell.value(), cell, t, label));
        }
        String measure = rowMeasure(bare, c.measure());
        if (measure != null) {
            return Optional.of(new Fact(c.scope(), measure, "total", cell.value(), cell, t, label));
        }
        if (bare.endsWith("总计")) {
            return Optional.of(new Fact(c.scope(), c.measure(), "grand", cell.value(), cell, t, label));
        }
        if (HierarchyRule.isTotal(bare)) {
            return Optional.of(new Fact(c.scope(), c.measure(), "total", cell.value(), cell, t, label));
        }
        for (Scheme s : List.of(Scheme.FUNCTIONAL, Scheme.ECONOMIC)) {
            Optional<String> named = catalogue.codeNamed(s, bare);
            if (named.isPresent()) {
                return Optional.of(new Fact(c.scope(), c.measure(), key(s, named.get()), cell.value(), cell, t, label));
            }
        }
        return Optional.empty();
    }

    /** The measure a row's name states within an expense column, e.g. the row 基本支出. */
    private static String rowMeasure(String bare, String columnMeasure) {
        if (!columnMeasure.equals("expense")) {
            return null;
        }
        return switch (bare) {
            case "基本支出" -> "basic";
            case "项目支出" -> "project";
            case "人员经费", "人员经费合计" -> "personnel";
            case "公用经费", "公用经费合计" -> "public";
            default -> null;
        };
    }

    private static String key(Scheme scheme, String code) {
        return (scheme == Scheme.FUNCTIONAL ? "f" : "e") + code;
    }
}
