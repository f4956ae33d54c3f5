package org.gongkai.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Catalogue;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Kind;
import org.gongkai.model.Measure;
import org.gongkai.model.Metric;
import org.gongkai.model.Role;
import org.gongkai.model.Row;
import org.gongkai.model.Scheme;
import org.gongkai.model.Scope;
import org.gongkai.model.StatedFigure;
import org.gongkai.model.Table;
import org.gongkai.model.TotalRow;

/**
 * Reads the named figures of one disclosure: each amount in a column whose form declares a
 * {@code measure}, keyed by the row's classification code (from the code column, a code printed
 * before the name, or a name the catalogue knows) or as a declared total row (the form set's
 * {@code total_rows}); and the figures the narrative states (stated_figures).
 */
final class FactReader {

    private final Disclosure disclosure;
    private final Catalogue catalogue;

    FactReader(Disclosure disclosure, Catalogue catalogue) {
        this.disclosure = disclosure;
        this.catalogue = catalogue;
    }

    List<Fact> read() {
        List<Fact> facts = new ArrayList<>();
        disclosure.tables().forEach(t -> {
            Unit unit = Unit.of(t.unit());
            for (int r = 0; r < t.rows().size(); r++) {
                Row row = t.rows().get(r);
                for (Column c : t.form().columns()) {
                    if (c.hasMeasure() && row.cell(c).isAmount()) {
                        fact(t, r, c, unit).ifPresent(facts::add);
                    }
                }
            }
        });
        for (StatedFigure f : disclosure.statedFigures()) {
            if (f.value().isAmount()) {
                Fact.Identity id = identity(f.metric(), disclosure.kind())
                        .orElse(new Fact.Identity(Scope.ALL, null, f.metric().key()));
                facts.add(new Fact(id.scope(), id.measure(), id.key(), f.value().value(), Unit.WAN_YUAN, f.value(), f.year(),
                        Optional.empty(), f.metric(), "情况说明“" + f.metric().label() + "”",
                        FactSet.NARRATIVE + "“" + f.quote() + "”"));
            }
        }
        return facts;
    }

    /** What a figure the narrative states (stated_figures) is, in the terms of the tables. */
    static Optional<Fact.Identity> identity(Metric metric, Kind kind) {
        Fact.Identity id = switch (metric) {
            case INCOME_EXPENSE_TOTAL -> new Fact.Identity(Scope.ALL, Measure.INCOME, Fact.GRAND);
            case INCOME_TOTAL -> new Fact.Identity(Scope.ALL, Measure.INCOME, Fact.TOTAL);
            case EXPENSE_TOTAL -> new Fact.Identity(Scope.ALL, Measure.EXPENSE, Fact.TOTAL);
            case FISCAL_INCOME -> new Fact.Identity(Scope.ALL, Measure.FISCAL_INCOME, Fact.TOTAL);
            case BASIC_EXPENSE -> new Fact.Identity(Scope.ALL, Measure.BASIC, Fact.TOTAL);
            case PROJECT_EXPENSE -> new Fact.Identity(Scope.ALL, Measure.PROJECT, Fact.TOTAL);
            case FISCAL_TOTAL -> new Fact.Identity(Scope.FISCAL, Measure.INCOME, Fact.GRAND);
            case FISCAL_EXPENSE -> new Fact.Identity(Scope.FISCAL, Measure.EXPENSE, Fact.TOTAL);
            case GENERAL_BUDGET_EXPENSE -> new Fact.Identity(Scope.GENERAL, Measure.EXPENSE, Fact.TOTAL);
            case THREE_PUBLIC_BUDGET -> new Fact.Identity(Scope.GENERAL,
                    kind == Kind.BUDGET ? Measure.THREE_PUBLIC : Measure.THREE_PUBLIC_BUDGET, Fact.TOTAL);
            case THREE_PUBLIC_FINAL -> kind == Kind.FINAL
                    ? new Fact.Identity(Scope.GENERAL, Measure.THREE_PUBLIC, Fact.TOTAL) : null;
            default -> null;
        };
        return Optional.ofNullable(id);
    }

    private Optional<Fact> fact(Table t, int r, Column c, Unit unit) {
        Row row = t.rows().get(r);
        Cell cell = row.cell(c);
        String code = TableText.code(t, row, c.panel());
        String name = TableText.name(t, row, c.panel());
        Optional<Key> key = key(t, c, code, name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String printed = name.replaceAll("[\\s\u3000]+", "");
        String label = TableText.label(t) + " " + TableText.rowLabel(t, row, c.panel()) + "（" + c.label() + "）";
        String source = tableName(t) + "（" + (printed.isEmpty() ? TableText.headerPath(t.form().header(), c) : printed + "行") + "）";
        return Optional.of(new Fact(c.scope(), key.get().measure(), key.get().key(), unit.toWan(cell.value()), unit, cell,
                disclosure.year(), Optional.of(new Fact.Place(t, r, c, name)), null, label, source));
    }

    private record Key(Measure measure, String key) {
    }

    private Optional<Key> key(Table t, Column c, String code, String name) {
        if (!code.isEmpty()) {
            Scheme scheme = TableText.column(t, c.panel(), Role.CODE).map(Column::scheme).orElse(Scheme.OTHER);
            return scheme == Scheme.OTHER ? Optional.empty() : Optional.of(new Key(c.measure(), key(scheme, code)));
        }
        if (TableText.column(t, c.panel(), Role.NAME).isEmpty()) {
            // A form that names no rows and prints one (a 三公 table) states its own total.
            return t.rows().size() == 1 ? Optional.of(new Key(c.measure(), Fact.TOTAL)) : Optional.empty();
        }
        String bare = TableText.bareName(name);
        if (bare.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = TableText.CODE_NAME.matcher(bare);
        if (m.matches()) {
            Scheme s = m.group(1).startsWith("2") ? Scheme.FUNCTIONAL : Scheme.ECONOMIC;
            return Optional.of(new Key(c.measure(), key(s, m.group(1))));
        }
        Optional<TotalRow> total = t.form().totalRow(bare, c.measure());
        if (total.isPresent()) {
            TotalRow tr = total.get();
            return Optional.of(new Key(tr.measure() == null ? c.measure() : tr.measure(), tr.grand() ? Fact.GRAND : Fact.TOTAL));
        }
        for (Scheme s : List.of(Scheme.FUNCTIONAL, Scheme.ECONOMIC)) {
            Optional<String> named = catalogue.codeNamed(s, bare);
            if (named.isPresent()) {
                return Optional.of(new Key(c.measure(), key(s, named.get())));
            }
        }
        return Optional.empty();
    }

    private static String key(Scheme scheme, String code) {
        return (scheme == Scheme.FUNCTIONAL ? "f" : "e") + code;
    }

    /** "表3 2019年度支出决算表". */
    static String tableName(Table t) {
        return (t.number() + " " + t.title()).strip();
    }
}
