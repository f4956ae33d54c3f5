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
 * department's newest disclosure (on the group's page), then every year and kind that two or more
 * of them published (a page each). Comparing a budget with a final account, or different years, is
 * allowed but flagged: the caveat says what differs.
 *
 * @param id       anchor and chart-file name, e.g. g-1a2b3c4d5e-latest
 * @param heading  e.g. 各部门最新公开 or 2021 年度决算
 * @param path     the page that shows it
 * @param caveats  what makes the columns not strictly comparable; empty when nothing does
 * @param chart    本年支出合计 of each department, when two or more publish it
 */
public record PeerComparison(String id, String heading, String path, FigureTable table, List<String> caveats,
        Optional<Chart> chart) {

    /**
     * A peer group: its stable address part ({@link Addresses#groupSlug}), name and departments, the
     * comparison of their newest disclosures, and one comparison per year and kind, newest first.
     */
    public record Group(String slug, String name, List<Department> departments, Optional<PeerComparison> latest,
            List<PeerComparison> byYear) {
        public Group {
            departments = List.copyOf(departments);
            byYear = List.copyOf(byYear);
        }

        /** The group's page. */
        public String path() {
            return Addresses.compareGroup(slug);
        }

        /** Every comparison of the group, the newest disclosures first. */
        public List<PeerComparison> comparisons() {
            List<PeerComparison> all = new ArrayList<>(latest.stream().toList());
            all.addAll(byYear);
            return all;
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
        // Each department's disclosures, read once (not one scan of the portal per department and year).
        Map<String, List<Disclosure>> published = portal.disclosures().stream()
                .collect(Collectors.groupingBy(d -> d.department().id()));
        List<String> years = portal.disclosures().stream().map(Disclosure::year).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<String, List<Department>> e : byGroup.entrySet()) {
            if (e.getValue().size() < 2) {
                continue;
            }
            groups.add(group(figures, e.getKey(), e.getValue(), published, years, cache));
        }
        return groups;
    }

    private static Group group(KeyFigures figures, String name, List<Department> departments,
            Map<String, List<Disclosure>> published, List<String> years, ChartCache cache) {
        String slug = Addresses.groupSlug(name);
        List<Disclosure> newest = departments.stream()
                .flatMap(d -> published.getOrDefault(d.id(), List.of()).stream().sorted(Latest.ORDER).findFirst().stream())
                .toList();
        Optional<PeerComparison> latest = newest.size() < 2 ? Optional.empty()
                : Optional.of(of(figures, Addresses.latestComparisonId(slug), "各部门最新公开", Addresses.compareGroup(slug),
                        Addresses.COMPARE_FOLDER, name, newest, true, cache));
        // Every (year, kind) that two or more departments of the group published: like with like.
        List<PeerComparison> byYear = new ArrayList<>();
        for (String year : years) {
            for (Kind kind : Latest.KINDS) {
                List<Disclosure> same = departments.stream()
                        .flatMap(dep -> published.getOrDefault(dep.id(), List.of()).stream()
                                .filter(d -> d.year().equals(year) && d.kind() == kind).findFirst().stream())
                        .toList();
                if (same.size() >= 2) {
                    byYear.add(of(figures, Addresses.comparisonId(slug, year, kind), year + " 年度" + kind.label(),
                            Addresses.comparison(slug, year, kind), Addresses.compareFolder(slug), name, same, false, cache));
                }
            }
        }
        return new Group(slug, name, departments, latest, byYear);
    }

    private static PeerComparison of(KeyFigures figures, String id, String heading, String path, String chartDir,
            String group, List<Disclosure> ds, boolean labelled, ChartCache cache) {
        List<FigureTable.Col> cols = ds.stream()
                .map(d -> new FigureTable.Col(d.department().displayShortName(), d.label(), d,
                        Addresses.disclosure(d)))
                .toList();
        FigureTable table = FigureTable.of(figures, Addresses.comparisonTableId(id), group + "：" + heading + "（单位：万元）", cols);
        return new PeerComparison(id, heading, path, table, caveats(ds),
                chart(figures, id, heading, chartDir, group, ds, labelled, cache));
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

    private static Optional<Chart> chart(KeyFigures figures, String id, String heading, String dir, String group,
            List<Disclosure> ds, boolean labelled, ChartCache cache) {
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
        return Optional.of(new Chart(spec, dir, cache));
    }
}
