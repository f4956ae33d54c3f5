package org.gongkai.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule for printing amounts and computing percentages. */
class NumbersTest {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void amountsKeepTheirValueWithThousandsSeparators() {
        assertEquals("2,204.00", Numbers.amount(d("2204.00")));
        assertEquals("329.25", Numbers.amount(d("329.25")));
        assertEquals("4.80", Numbers.amount(d("4.8")));
        assertEquals("0.00", Numbers.amount(d("0")));
        assertEquals("1,234,567.891", Numbers.amount(d("1234567.891")), "more decimals stay: nothing is rounded away");
        assertEquals("-1,234.50", Numbers.amount(d("-1234.5")));
        assertEquals("100,000.00", Numbers.amount(d("1E+5")));
    }

    @Test
    void percentagesAreExactQuotientsRoundedHalfUpToTwoPlaces() {
        assertEquals(d("13.00"), Numbers.percent(d("329.25"), d("2533.25")).orElseThrow());
        assertEquals(d("87.00"), Numbers.percent(d("2204.00"), d("2533.25")).orElseThrow());
        assertEquals(d("0.13"), Numbers.percent(d("1"), d("800")).orElseThrow(), "0.125 rounds up, not to even");
        assertEquals(d("-0.13"), Numbers.percent(d("-1"), d("800")).orElseThrow(), "half up is away from zero");
        assertEquals(d("33.33"), Numbers.percent(d("1"), d("3")).orElseThrow());
        assertEquals(d("66.67"), Numbers.percent(d("2"), d("3")).orElseThrow());
        assertTrue(Numbers.percent(d("1"), d("0.00")).isEmpty(), "no share of nothing");
        assertEquals("13.00%", Numbers.percentText(d("13")));
    }

    @Test
    void sharesOfAChartAreOfThePublishedTotal() {
        ChartSpec s = new ChartSpec("x", ChartSpec.Kind.SHARES, "t", "s",
                List.of(new ChartSpec.Item("a", d("1")), new ChartSpec.Item("b", d("1")), new ChartSpec.Item("c", d("1"))),
                new ChartSpec.Total("合计", d("3")), "src", "");
        // Each share is rounded on its own: 33.33 × 3 = 99.99, as the rule on the page says.
        assertEquals(List.of(d("33.33"), d("33.33"), d("33.33")),
                List.of(s.share(0).orElseThrow(), s.share(1).orElseThrow(), s.share(2).orElseThrow()));
        ChartSpec noTotal = new ChartSpec("x", ChartSpec.Kind.SHARES, "t", "s",
                List.of(new ChartSpec.Item("a", d("1")), new ChartSpec.Item("b", d("3"))), null, "src", "");
        assertEquals(d("25.00"), noTotal.share(0).orElseThrow());
    }

    @Test
    void changesFromYearToYear() {
        ChartSpec s = new ChartSpec("y", ChartSpec.Kind.YEARS, "t", "s",
                List.of(new ChartSpec.Item("2018 年", d("3077.16")), new ChartSpec.Item("2019 年", d("2533.25"))),
                null, "src", "");
        assertTrue(s.change(0).isEmpty());
        assertEquals(d("-543.91"), s.change(1).orElseThrow());
        assertEquals(d("-17.68"), s.changePercent(1).orElseThrow());
        assertEquals("比上年下降 17.68%", s.changeLine(1).orElseThrow());
        assertEquals("减少 543.91 万元", Numbers.changeText(s.change(1).orElseThrow()));
        assertTrue(s.description().contains("2019 年 2,533.25 万元，比上年减少 543.91 万元，下降 17.68%"), s.description());
    }
}
