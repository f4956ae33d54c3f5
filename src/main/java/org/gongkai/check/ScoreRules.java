package org.gongkai.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.diag.Position;
import org.gongkai.model.Disclosure;
import org.gongkai.model.PerformanceForm;
import org.gongkai.model.PerformanceForm.ColumnRole;
import org.gongkai.model.PerformanceForm.Grid;

/**
 * The arithmetic of the self-evaluation forms: the total score is the sum of the parts' scores,
 * 执行率 = 执行数 ÷ 预算数, the budget-execution score is 分值 × 执行率 (at most 分值), and indicator
 * weights add up to their parent's. Cells are found by column role, weights by the "N分" their
 * labels print; a check runs only when every figure it needs is printed.
 */
final class ScoreRules {

    private ScoreRules() {
    }

    static List<Finding> check(RuleContext c) {
        Disclosure d = c.disclosure();
        List<Finding> out = new ArrayList<>();
        for (PerfForms.Named n : PerfForms.of(d)) {
            for (Grid g : n.form().grids()) {
                rate(d, n, g, out);
                executionScore(d, n, g, out);
                indicators(d, n, g, out);
            }
            total(d, n, out);
        }
        return out;
    }

    private static String cell(Grid g, int row, int col) {
        return col < 0 || col >= g.columns().size() ? "" : g.rows().get(row).get(col);
    }

    private static Position at(Grid g, int row, int col) {
        return g.at().get(row).get(col);
    }

    private static void rate(Disclosure d, PerfForms.Named n, Grid g, List<Finding> out) {
        int b = g.column(ColumnRole.BUDGET);
        int e = g.column(ColumnRole.EXECUTED);
        int r = g.column(ColumnRole.RATE);
        if (b < 0 || e < 0 || r < 0) {
            return;
        }
        for (int i = 0; i < g.rows().size(); i++) {
            Optional<BigDecimal> budget = PerfNumbers.number(cell(g, i, b));
            Optional<BigDecimal> executed = PerfNumbers.number(cell(g, i, e));
            Optional<String> pct = PerfNumbers.percent(cell(g, i, r));
            if (budget.isEmpty() || executed.isEmpty() || pct.isEmpty()) {
                continue;
            }
            NarrativeRules.Range q = NarrativeRules.Range.of(executed.get()).divide(NarrativeRules.Range.of(budget.get()));
            if (q != null && !q.allows(pct.get())) {
                String row = PerfForms.rowLabel(g, i);
                out.add(new Finding(Rule.PERF_RATE, d.path(), n.name() + " " + row + " 执行率",
                        n.name() + "“" + row + "”：执行数 " + cell(g, i, e) + " ÷ 预算数 " + cell(g, i, b) + " ＝ "
                                + q.show(pct.get()) + "，表中执行率写 " + cell(g, i, r),
                        at(g, i, r), List.of(at(g, i, b), at(g, i, e))));
            } else if (q != null) {
                int row = i;
                String stated = pct.get();
                Rounding.percent(executed.get(), budget.get()).flatMap(x -> Rounding.percentNote(x, stated)).ifPresent(note ->
                        out.add(new Finding(Rule.ROUNDING_PERCENT, d.path(), n.name() + " " + PerfForms.rowLabel(g, row) + " 执行率",
                                n.name() + "“" + PerfForms.rowLabel(g, row) + "”：执行数 " + cell(g, row, e) + " ÷ 预算数 "
                                        + cell(g, row, b) + " " + note,
                                at(g, row, r), List.of(at(g, row, b), at(g, row, e)))));
            }
        }
    }

    /** The weight of a row's score: a 分值 column, else "N分" in the score column's label or the grid's title. */
    private static Optional<BigDecimal> weight(Grid g, int row, int scoreCol) {
        int w = g.column(ColumnRole.WEIGHT);
        if (w >= 0) {
            return PerfNumbers.number(cell(g, row, w));
        }
        return PerfNumbers.weight(g.columns().get(scoreCol)).or(() -> PerfNumbers.weight(g.title()));
    }

    private static void executionScore(Disclosure d, PerfForms.Named n, Grid g, List<Finding> out) {
        int s = g.column(ColumnRole.SCORE);
        int r = g.column(ColumnRole.RATE);
        int b = g.column(ColumnRole.BUDGET);
        int e = g.column(ColumnRole.EXECUTED);
        if (s < 0 || (r < 0 && (b < 0 || e < 0))) {
            return;
        }
        for (int r0 = 0; r0 < g.rows().size(); r0++) {
            int i = r0;
            Optional<BigDecimal> score = PerfNumbers.number(cell(g, i, s));
            Optional<BigDecimal> weight = weight(g, i, s);
            if (score.isEmpty() || weight.isEmpty()) {
                continue;
            }
            // The rate may be the printed one or the exact quotient: either way of computing is accepted.
            List<NarrativeRules.Range> rates = new ArrayList<>();
            Optional<String> pct = PerfNumbers.percent(cell(g, i, r));
            pct.ifPresent(p -> {
                BigDecimal v = new BigDecimal(p);
                BigDecimal half = PerfNumbers.halfUnit(p);
                rates.add(new NarrativeRules.Range(v.subtract(half), v.add(half)));
            });
            Optional<BigDecimal> budget = PerfNumbers.number(cell(g, i, b));
            Optional<BigDecimal> executed = PerfNumbers.number(cell(g, i, e));
            if (budget.isPresent() && executed.isPresent()) {
                NarrativeRules.Range q = NarrativeRules.Range.of(executed.get()).divide(NarrativeRules.Range.of(budget.get()));
                if (q != null) {
                    rates.add(q);
                }
            }
            if (rates.isEmpty()) {
                continue;
            }
            BigDecimal w = weight.get();
            BigDecimal slack = PerfNumbers.halfUnit(cell(g, i, s));
            boolean ok = rates.stream().anyMatch(q -> {
                BigDecimal lo = w.multiply(q.low()).divide(Amounts.HUNDRED).min(w).subtract(slack);
                BigDecimal hi = w.multiply(q.high()).divide(Amounts.HUNDRED).min(w).add(slack);
                return score.get().compareTo(lo) >= 0 && score.get().compareTo(hi) <= 0;
            });
            if (!ok) {
                NarrativeRules.Range q = rates.get(0);
                BigDecimal mid = q.low().add(q.high()).divide(BigDecimal.valueOf(2));
                BigDecimal expected = w.multiply(mid).divide(Amounts.HUNDRED).min(w);
                String rateText = pct.map(p -> cell(g, i, r)).orElse(Amounts.percent(mid, 2));
                String row = PerfForms.rowLabel(g, i);
                out.add(new Finding(Rule.PERF_SCORE, d.path(), n.name() + " " + row + " 得分",
                        n.name() + "“" + row + "”：得分应为分值 " + PerfNumbers.show(w) + " × 执行率 " + rateText + " ＝ "
                                + Amounts.format(expected) + "（不超过分值），表中写 " + cell(g, i, s),
                        at(g, i, s), r >= 0 ? List.of(at(g, i, r)) : List.of()));
            }
        }
    }

    /** One run of rows sharing a tree cell: the rows [from, to). */
    private record Run(String label, int from, int to) {
    }

    private static List<Run> runs(Grid g, int col, int from, int to) {
        List<Run> runs = new ArrayList<>();
        int start = from;
        for (int i = from + 1; i <= to; i++) {
            if (i == to || !cell(g, i, col).equals(cell(g, start, col))) {
                runs.add(new Run(cell(g, start, col), start, i));
                start = i;
            }
        }
        return runs;
    }

    private static void indicators(Disclosure d, PerfForms.Named n, Grid g, List<Finding> out) {
        if (g.groups() < 2 || g.rows().isEmpty()) {
            return;
        }
        int score = g.column(ColumnRole.SCORE);
        List<Run> tops = runs(g, 0, 0, g.rows().size());
        BigDecimal topSum = BigDecimal.ZERO;
        boolean allTopsWeighted = true;
        for (Run top : tops) {
            Optional<BigDecimal> w1 = PerfNumbers.weight(top.label());
            if (w1.isEmpty()) {
                allTopsWeighted &= top.label().isBlank();
                continue;
            }
            topSum = topSum.add(w1.get());
            // Each row may print its own 二级 weight, or one merged cell may cover several rows:
            // the parent agrees when either reading adds up.
            BigDecimal perRow = BigDecimal.ZERO;
            boolean any = false;
            boolean unweighted = false;
            for (int i = top.from(); i < top.to(); i++) {
                Optional<BigDecimal> w2 = PerfNumbers.weight(cell(g, i, 1));
                if (w2.isPresent()) {
                    perRow = perRow.add(w2.get());
                    any = true;
                } else if (!cell(g, i, 2).isBlank() || !cell(g, i, score).isBlank()) {
                    unweighted = true;
                }
            }
            if (!any || unweighted) {
                continue;
            }
            BigDecimal merged = runs(g, 1, top.from(), top.to()).stream()
                    .map(r -> PerfNumbers.weight(r.label()).orElse(BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (perRow.compareTo(w1.get()) != 0 && merged.compareTo(w1.get()) != 0) {
                out.add(new Finding(Rule.PERF_INDICATORS, d.path(), n.name() + " " + g.title() + " " + top.label(),
                        n.name() + "“" + g.title() + "”：一级指标“" + top.label() + "”分值 " + PerfNumbers.show(w1.get())
                                + " ≠ 其下二级指标分值之和 " + PerfNumbers.show(perRow) + "，相差 "
                                + PerfNumbers.show(w1.get().subtract(perRow).abs()),
                        at(g, top.from(), 0), List.of()));
            }
        }
        Optional<BigDecimal> whole = PerfNumbers.weight(g.title());
        if (whole.isPresent() && allTopsWeighted && topSum.signum() > 0 && whole.get().compareTo(topSum) != 0) {
            out.add(new Finding(Rule.PERF_INDICATORS, d.path(), n.name() + " " + g.title(),
                    n.name() + "“" + g.title() + "”：分值 " + PerfNumbers.show(whole.get()) + " ≠ 一级指标分值之和 "
                            + PerfNumbers.show(topSum) + "，相差 " + PerfNumbers.show(whole.get().subtract(topSum).abs()),
                    g.position(), List.of()));
        }
    }

    private static void total(Disclosure d, PerfForms.Named n, List<Finding> out) {
        PerformanceForm f = n.form();
        Optional<PerformanceForm.Field> total = f.field("自评得分").or(() -> f.field("总分")).or(() -> f.field("综合得分"));
        Optional<BigDecimal> stated = total.flatMap(t -> PerfNumbers.number(t.value()));
        List<Grid> parts = f.grids().stream().filter(g -> PerfNumbers.weight(g.title()).isPresent()).toList();
        if (stated.isEmpty() || parts.isEmpty()) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal slack = PerfNumbers.halfUnit(total.get().value());
        List<String> terms = new ArrayList<>();
        List<Position> related = new ArrayList<>();
        for (Grid g : parts) {
            int s = g.column(ColumnRole.SCORE);
            if (s < 0) {
                return;
            }
            BigDecimal part = BigDecimal.ZERO;
            boolean any = false;
            for (int i = 0; i < g.rows().size(); i++) {
                String c = cell(g, i, s);
                Optional<BigDecimal> v = PerfNumbers.number(c);
                if (v.isPresent()) {
                    part = part.add(v.get());
                    any = true;
                    if (c.contains(".")) {
                        slack = slack.add(PerfNumbers.halfUnit(c));
                    }
                }
            }
            if (!any) {
                return;
            }
            sum = sum.add(part);
            terms.add(g.title() + " " + PerfNumbers.show(part));
            related.add(g.position());
        }
        if (Amounts.beyond(stated.get(), sum, slack)) {
            out.add(new Finding(Rule.PERF_TOTAL, d.path(), n.name() + " " + total.get().label(),
                    n.name() + "：" + total.get().label() + " " + total.get().value() + " ≠ 各部分得分之和 "
                            + PerfNumbers.show(sum) + "（" + String.join(" ＋ ", terms) + "），相差 "
                            + PerfNumbers.show(stated.get().subtract(sum).abs()),
                    total.get().at(), related));
        }
    }
}
