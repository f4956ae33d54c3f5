package org.gongkai.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Part;
import org.gongkai.model.PerformanceForm;
import org.gongkai.model.PerformanceForm.ColumnRole;
import org.gongkai.model.PerformanceForm.Grid;
import org.gongkai.render.chart.Chart;
import org.gongkai.render.chart.ChartCache;
import org.gongkai.render.chart.ChartSpec;
import org.gongkai.render.site.Addresses;

/**
 * The projects of a disclosure's performance forms in one list: name, amounts, 执行率 and 自评得分
 * as the forms print them ("—" where a form gives none), with bar charts of the rates and scores
 * the forms give. Nothing is computed: a rate the form leaves blank stays blank.
 */
public record ProjectList(List<Entry> entries, List<Chart> charts) {

    /** One project form: the {@code index}-th (0-based) form of its part. */
    public record Entry(String name, String form, String budget, String executed, String rate, String score,
            Part part, int index) {
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final String NONE = "—";

    public ProjectList {
        entries = List.copyOf(entries);
        charts = List.copyOf(charts);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Whether any form prints the column: columns no form fills are left out of the page. */
    public boolean hasExecuted() {
        return entries.stream().anyMatch(e -> !e.executed().equals(NONE));
    }

    public boolean hasRates() {
        return entries.stream().anyMatch(e -> !e.rate().equals(NONE));
    }

    public boolean hasScores() {
        return entries.stream().anyMatch(e -> !e.score().equals(NONE));
    }

    /** The kinds of form the projects come from, for the intro: "项目支出绩效自评表". */
    public String formKinds() {
        return String.join("、", entries.stream().map(Entry::form).distinct().toList());
    }

    public static ProjectList of(Disclosure d, String subject, ChartCache cache) {
        List<Entry> entries = new ArrayList<>();
        for (Part p : d.parts()) {
            if (p instanceof Part.PerformancePart pp) {
                for (int i = 0; i < pp.forms().size(); i++) {
                    PerformanceForm f = pp.forms().get(i);
                    if (!f.project().isBlank()) {
                        entries.add(entry(f, p, i));
                    }
                }
            }
        }
        List<Chart> charts = new ArrayList<>();
        chart(entries, true, subject).ifPresent(s -> charts.add(new Chart(s, Addresses.folder(d), cache)));
        chart(entries, false, subject).ifPresent(s -> charts.add(new Chart(s, Addresses.folder(d), cache)));
        return new ProjectList(entries, charts);
    }

    private static Entry entry(PerformanceForm f, Part part, int index) {
        String budget = f.field("项目当年预算").map(x -> withUnit(x.value(), f.unit())).orElse(NONE);
        String executed = NONE;
        String rate = NONE;
        for (Grid g : f.grids()) {
            if (g.rows().isEmpty()) {
                continue;
            }
            List<String> first = g.rows().get(0);
            if (g.column(ColumnRole.BUDGET) >= 0 && budget.equals(NONE)) {
                budget = withUnit(first.get(g.column(ColumnRole.BUDGET)), f.unit());
            }
            if (g.column(ColumnRole.EXECUTED) >= 0 && executed.equals(NONE)) {
                executed = withUnit(first.get(g.column(ColumnRole.EXECUTED)), f.unit());
            }
            if (g.column(ColumnRole.RATE) >= 0 && rate.equals(NONE)) {
                rate = orNone(first.get(g.column(ColumnRole.RATE)));
            }
        }
        String score = f.field("自评得分").map(x -> orNone(x.value())).orElse(NONE);
        return new Entry(f.project(), f.kind().label(), budget, executed, rate, score, part, index);
    }

    private static String orNone(String s) {
        return s.isBlank() ? NONE : s.strip();
    }

    /** "50" in a 万元 form → "50 万元"; a cell that names its own unit stays as it is. */
    private static String withUnit(String raw, String unit) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return NONE;
        }
        return NUMBER.matcher(s).matches() && !unit.isEmpty() ? s + " " + unit : s;
    }

    /** The bars: every project whose form prints a plain rate (or score); the others are named in the note. */
    private static Optional<ChartSpec> chart(List<Entry> entries, boolean rates, String subject) {
        List<ChartSpec.Item> items = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (Entry e : entries) {
            String v = (rates ? e.rate().strip().replaceFirst("[%％]$", "") : e.score().strip().replaceFirst("分$", "")).strip();
            boolean plain = NUMBER.matcher(v).matches() && (!rates || !v.equals(e.rate()));
            if (plain) {
                items.add(new ChartSpec.Item(e.name(), new BigDecimal(v)));
            } else {
                left.add(e.name());
            }
        }
        if (items.isEmpty()) {
            return Optional.empty();
        }
        String what = rates ? "执行率" : "自评得分";
        String note = left.isEmpty() ? "" : "原表未印" + what + "的项目未画出：" + String.join("、", left);
        return Optional.of(new ChartSpec(rates ? "project-rates" : "project-scores",
                rates ? ChartSpec.Kind.RATES : ChartSpec.Kind.SCORES, "各项目" + (rates ? "预算执行率" : "绩效自评得分"), subject,
                items, null, "各项目绩效自评表（预算执行情况、自评得分）", note));
    }
}
