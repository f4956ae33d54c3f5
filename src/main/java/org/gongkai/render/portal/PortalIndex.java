package org.gongkai.render.portal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.gongkai.model.Department;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Kind;
import org.gongkai.model.Portal;
import org.gongkai.render.chart.KeyFigures;
import org.gongkai.render.site.Addresses;

/** The portal's ways in: newest first, by year, by department. Every list has a fixed order. */
public record PortalIndex(Portal portal, KeyFigures figures) {

    /** Year descending, then kind (final first), then department. */
    public List<Disclosure> latest() {
        return portal.disclosures().stream().sorted(Latest.ORDER).toList();
    }

    /** How many of the newest disclosures the home page lists; the year pages list the rest. */
    public static final int NEWEST_SHOWN = 20;

    /** The first {@link #NEWEST_SHOWN} of {@link #latest()}. */
    public List<Disclosure> newest() {
        return portal.disclosures().stream().sorted(Latest.ORDER).limit(NEWEST_SHOWN).toList();
    }

    /** Every year with a disclosure, newest first. */
    public List<String> years() {
        return portal.disclosures().stream().map(Disclosure::year).distinct()
                .sorted(Comparator.reverseOrder()).toList();
    }

    /** A year's disclosures, by department, then budget before final. */
    public List<Disclosure> ofYear(String year) {
        return portal.disclosures().stream().filter(d -> d.year().equals(year))
                .sorted(Comparator.comparing((Disclosure d) -> d.department().id()).thenComparing(Disclosure::kind))
                .toList();
    }

    /** How many disclosures each year has, for the home page. */
    public Map<String, Long> countByYear() {
        return portal.disclosures().stream()
                .collect(Collectors.groupingBy(Disclosure::year, () -> new TreeMap<>(Comparator.reverseOrder()),
                        Collectors.counting()));
    }

    /** A department's disclosures, newest year first, then final before budget. */
    public List<Disclosure> ofDepartment(Department d) {
        return portal.disclosuresOf(d).stream().sorted(Latest.ORDER).toList();
    }

    /** The multi-year table of a department: years oldest first, budget and final side by side. */
    public FigureTable yearsTable(Department dep) {
        List<FigureTable.Col> cols = portal.disclosuresOf(dep).stream()
                .sorted(Comparator.comparing(Disclosure::year).thenComparing(Disclosure::kind))
                .map(d -> new FigureTable.Col(d.year() + " 年度", d.kind().label(), d, Addresses.disclosure(d)))
                .toList();
        return FigureTable.of(figures, Addresses.YEARS_TABLE, dep.name() + "：历年主要数字（单位：万元）", cols);
    }

    /** The figures the home page totals by year and kind. */
    public static final List<KeyFigures.Key> TOTALLED = List.of(KeyFigures.Key.INCOME_TOTAL,
            KeyFigures.Key.EXPENSE_TOTAL, KeyFigures.Key.FISCAL_INCOME);

    /** A sum over the disclosures of one year and kind that publish the figure: {@code counted} of {@code of}. */
    public record Sum(BigDecimal value, int counted, int of) {
        public String text() {
            return counted == 0 ? FigureTable.MISSING : KeyFigures.amountText(value);
        }

        public boolean partial() {
            return counted > 0 && counted < of;
        }
    }

    /** One line of the home page's totals: a year and kind, how many disclosures, and the sums of {@link #TOTALLED}. */
    public record YearTotal(String year, Kind kind, int disclosures, List<Sum> sums) {
        public YearTotal {
            sums = List.copyOf(sums);
        }
    }

    /** The portal's totals, newest year first, then final before budget; only years and kinds it holds. */
    public List<YearTotal> totals() {
        List<YearTotal> out = new ArrayList<>();
        for (String year : years()) {
            for (Kind kind : kinds()) {
                List<Disclosure> ds = portal.disclosures().stream()
                        .filter(d -> d.year().equals(year) && d.kind() == kind).toList();
                if (ds.isEmpty()) {
                    continue;
                }
                List<Sum> sums = new ArrayList<>();
                for (KeyFigures.Key key : TOTALLED) {
                    List<BigDecimal> values = ds.stream()
                            .flatMap(d -> figures.of(d, key).stream()).map(KeyFigures.Amount::value).toList();
                    sums.add(new Sum(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add), values.size(), ds.size()));
                }
                out.add(new YearTotal(year, kind, ds.size(), sums));
            }
        }
        return out;
    }

    public static List<Kind> kinds() {
        return Latest.KINDS;
    }
}
