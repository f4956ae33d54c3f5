package org.gongkai.render.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gongkai.model.Department;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Kind;
import org.gongkai.model.Portal;
import org.gongkai.render.chart.Chart;
import org.gongkai.render.chart.ChartCache;
import org.gongkai.render.chart.ChartSpec;
import org.gongkai.render.chart.KeyFigures;
import org.gongkai.render.site.Addresses;

/**
 * Departments of the same peer group (department.yaml {@code peer_group}) side by side: first each
 * department's newest disclosure, then every year and kind that two or more of them published.
 * Comparing a budget with a final account, or different years, is allowed but flagged: the caveat
 * says what differs.
 *
 * @param id       anchor and chart-file prefix, e.g. g1-latest
 * @param heading  e.g. 各部门最新公开 or 2021 年度决算
 * @param caveats  what makes the columns not strictly comparable; empty when nothing does
 * @param chart    本年支出合计 of each department, when two or more publish it
 */
public record PeerComparison(String id, String heading, FigureTable table, List<String> caveats,
        Optional<Chart> chart) {

    /** A peer group and its comparisons. */
    public record Group(String id, String name, List<Department> departments, List<PeerComparison> comparisons) {
        public Group {
            departments = List.copyOf(departments);
            comparisons = List.copyOf(comparisons);
        }
    }

    public PeerComparison {
        caveats = List.copyOf(caveats);
    }

    /** Groups with two or more departments, by name. */
    public static List<Group> groups(KeyFigures figures, ChartCache cache) {
        Portal portal = figures.portal();
        Map<String, List<Department>> byGroup = portal.departments().stream()
                .filter(d -> !d.peerGroup().isEmpty())
                .collect(Collectors.groupingBy(Department::peerGroup, TreeMap::new, Collectors.toList()));
        List<Group> groups = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<Department>> e : byGroup.entrySet()) {
            if (e.getValue().size() < 2) {
                continue;
            }
            String prefix = Addresses.groupId(++n);
            groups.add(new Group(prefix, e.getKey(), e.getValue(), comparisons(figures, prefix, e.getKey(), e.getValue(), cache)));
        }
        return groups;
    }

    private static List<PeerComparison> comparisons(KeyFigures figures, String prefix, String group,
            List<Department> departments, ChartCache cache) {
        Portal portal = figures.portal();
        List<PeerComparison> out = new ArrayList<>();
        List<Disclosure> latest = departments.stream()
                .flatMap(d -> portal.disclosuresOf(d).stream().sorted(Latest.ORDER).findFirst().stream())
                .toList();
        if (latest.size() >= 2) {
            out.add(of(figures, Addresses.latestComparisonId(prefix), "各部门最新公开", group, latest, true, cache));
        }
        // Every (year, kind) that two or more departments of the group published: like with like.
        TreeSet<String> seen = new TreeSet<>(Comparator.reverseOrder());
        portal.disclosures().forEach(d -> seen.add(d.year()));
        for (String year : seen) {
            for (Kind kind : Latest.KINDS) {
                List<Disclosure> same = departments.stream()
                        .flatMap(dep -> portal.disclosuresOf(dep).stream()
                                .filter(d -> d.year().equals(year) && d.kind() == kind).findFirst().stream())
                        .toList();
                if (same.size() >= 2) {
                    out.add(of(figures, Addresses.comparisonId(prefix, year, kind), year + " 年度" + kind.label(), group, same,
                            false, cache));
                }
            }
        }
        return out;
    }

    private static PeerComparison of(KeyFigures figures, String id, String heading, String group, List<Disclosure> ds, boolean labelled,
            ChartCache cache) {
        List<FigureTable.Col> cols = ds.stream()
                .map(d -> new FigureTable.Col(d.department().displayShortName(), d.label(), d,
                        Addresses.disclosure(d)))
                .toList();
        FigureTable table = FigureTable.of(figures, Addresses.comparisonTableId(id), group + "：" + heading + "（单位：万元）", cols);
        return new PeerComparison(id, heading, table, caveats(ds), chart(figures, id, heading, group, ds, labelled, cache));
    }

    /** What differs between the compared disclosures, in words. */
    static List<String> caveats(List<Disclosure> ds) {
        List<String> out = new ArrayList<>();
        TreeSet<String> years = ds.stream().map(Disclosure::year).collect(Collectors.toCollection(TreeSet::new));
        if (years.size() > 1) {
            out.add("所比较的公开文件年度不同（" + String.join("、", years) + " 年度）：各年度的机构、职责和政策不同，数字不宜直接比较高低。");
        }
        if (ds.stream().map(Disclosure::kind).distinct().count() > 1) {
            out.add("所比较的公开文件类型不同：预算是年初安排的计划数，决算是年度实际执行数，两者不可直接比较。");
        }
        return out;
    }

    private static Optional<Chart> chart(KeyFigures figures, String id, String heading, String group, List<Disclosure> ds,
            boolean labelled, ChartCache cache) {
        List<ChartSpec.Item> items = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Disclosure d : ds) {
            String label = d.department().displayShortName() + (labelled ? "（" + d.label() + "）" : "");
            figures.of(d, KeyFigures.Key.EXPENSE_TOTAL).ifPresentOrElse(
                    a -> items.add(new ChartSpec.Item(label, a.value())),
                    () -> missing.add(d.department().displayShortName()));
        }
        if (items.size() < 2) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        if (!missing.isEmpty()) {
            notes.add(String.join("、", missing) + "的本年支出合计未公开，未列入");
        }
        if (!caveats(ds).isEmpty()) {
            notes.add("所比较的公开文件年度或类型不同，见页面说明");
        }
        ChartSpec spec = new ChartSpec("compare-" + id, ChartSpec.Kind.VALUES, "本年支出合计：" + heading,
                group + " · " + heading, items, null,
                "各部门公开文件（收入支出总表或支出表的本年支出合计，无表格时为情况说明所述数字）", String.join("；", notes));
        return Optional.of(new Chart(spec, Addresses.ROOT, cache));
    }
}
