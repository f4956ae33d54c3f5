package org.gongkai.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Cell;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Portal;
import org.gongkai.model.StatedFigure;
import org.gongkai.model.Table;
import org.gongkai.render.chart.KeyFigures.Key;
import org.gongkai.facts.FactIndex;
import org.gongkai.model.Catalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Key figures: the table row each is read from, and the change from last year when it is known. */
class KeyFiguresTest {

    @BeforeAll
    static void load() {
        ChartDataTest.load();
    }

    @Test
    void aTableFigureNamesTheRowItIsPrintedOn() {
        for (Disclosure d : ChartDataTest.portal.disclosures()) {
            for (Key key : Key.values()) {
                ChartDataTest.figures.of(d, key).flatMap(KeyFigures.Amount::place).ifPresent(p -> {
                    Table t = p.table();
                    assertTrue(t.rows().get(p.row()).cells().stream()
                            .anyMatch(c -> c.isAmount() && c.value().compareTo(ChartDataTest.figures.of(d, key).get().value()) == 0),
                            d.path() + " " + key + " row " + p.row());
                });
            }
        }
        KeyFigures.Amount total = ChartDataTest.figures.of(ChartDataTest.disclosure("wuchang-dsj/2019-final"), Key.EXPENSE_TOTAL)
                .orElseThrow();
        assertEquals("2,533.25", total.text());
        assertTrue(total.place().isPresent());
    }

    @Test
    void aStatedFigureHasNoRow() {
        Disclosure d = ChartDataTest.disclosure("dongxihu-dsj/2021-final");
        KeyFigures.Amount a = ChartDataTest.figures.of(d, Key.INCOME_TOTAL).orElseThrow();
        assertEquals("1,118.78", a.text());
        assertTrue(a.place().isEmpty());
    }

    @Test
    void changeFromLastYearComesFromThePortalsOwnDisclosureOfThatYear() {
        Disclosure d = ChartDataTest.disclosure("dongxihu-dsj/2021-final");
        assertTrue(ChartDataTest.figures.change(d, Key.INCOME_TOTAL).isEmpty(), "no 2020 disclosure");
        // The same department's 2020 final account, stating 1,000.00 as its 本年收入合计.
        List<StatedFigure> figures = new ArrayList<>();
        for (StatedFigure f : d.statedFigures()) {
            Cell v = f.metric() == org.gongkai.model.Metric.INCOME_TOTAL
                    ? Cell.amount("1000.00", f.position()).orElseThrow() : f.value();
            figures.add(new StatedFigure(f.metric(), v, "2020", f.quote(), f.position()));
        }
        Disclosure before = new Disclosure(d.department(), "2020", d.kind(), d.title(), d.published(), d.forms(),
                d.notices(), d.parts(), figures, d.acknowledgements(), d.source(), d.file());
        List<Disclosure> all = new ArrayList<>(ChartDataTest.portal.disclosures());
        all.add(before);
        Portal portal = new Portal(ChartDataTest.portal.site(), ChartDataTest.portal.departments(), all);
        KeyFigures withBefore = new KeyFigures(portal, FactIndex.of(portal, new Catalogue(java.util.Map.of())));
        KeyFigures.Change c = withBefore.change(d, Key.INCOME_TOTAL).orElseThrow();
        assertEquals("2020", c.previousYear());
        assertEquals(new BigDecimal("118.78"), c.delta());
        assertEquals("增加 118.78", c.text());
        assertEquals("+11.9%", c.percent());
        assertEquals("持平", withBefore.change(d, Key.EXPENSE_TOTAL).orElseThrow().text());
    }
}
