package org.gongkai.render.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Limits;
import org.gongkai.model.Metric;
import org.gongkai.model.Part;
import org.gongkai.model.Portal;
import org.gongkai.model.Section;
import org.gongkai.render.site.Addresses;

/**
 * The charts of one disclosure: all of them (for its overview page) and, for 决算, where the
 * narrative says a figure belongs ("图 3：支出决算结构" as a line of a section's text). The published
 * figures were images that the text does not hold; each is redrawn from the data where the data
 * is there, and otherwise the page says why it is missing.
 */
public final class DisclosureCharts {

    /** A figure the narrative names: the chart drawn for it, or why there is none. */
    public record Placement(String figure, String caption, Chart chart, String missing) {
        public boolean drawn() {
            return chart != null;
        }
    }

    public static final DisclosureCharts NONE = new DisclosureCharts(List.of(), Map.of());

    private static final Pattern CAPTION = Pattern.compile("^[ \\t]*图[ \\t]*(" + Limits.NUMBER_PATTERN + ")[ \\t]*[：:][ \\t]*(\\S.*)$",
            Pattern.MULTILINE);

    private final List<Chart> all;
    private final Map<Section, List<Placement>> placements;

    /** {@code s} without the spaces and tabs at its end. */
    private static String trimEnd(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return s.substring(0, end);
    }

    private DisclosureCharts(List<Chart> all, Map<Section, List<Placement>> placements) {
        this.all = List.copyOf(all);
        this.placements = placements;
    }

    public static DisclosureCharts of(KeyFigures figures, Disclosure d, ChartCache cache) {
        List<Chart> charts = ChartData.forDisclosure(figures, d).stream()
                .map(spec -> new Chart(spec, Addresses.folder(d), cache))
                .toList();
        Map<Section, List<Placement>> placements = new IdentityHashMap<>();
        for (Part part : d.parts()) {
            if (part instanceof Part.SectionsPart s && part.type() == Part.PartType.NARRATIVE) {
                s.sections().forEach(sec -> place(sec, d, charts, placements));
            }
        }
        return new DisclosureCharts(charts, Collections.unmodifiableMap(placements));
    }

    private static void place(Section section, Disclosure d, List<Chart> charts, Map<Section, List<Placement>> out) {
        Matcher m = CAPTION.matcher(section.text());
        List<Placement> here = new ArrayList<>();
        while (m.find()) {
            String figure = "图 " + m.group(1);
            String caption = trimEnd(m.group(2));
            Optional<String> slug = slugFor(caption);
            Optional<Chart> chart = slug.flatMap(s -> charts.stream().filter(c -> c.spec().slug().equals(s)).findFirst());
            here.add(new Placement(figure, caption, chart.orElse(null),
                    chart.isPresent() ? "" : missing(figure, caption, slug.orElse(""), d)));
        }
        if (!here.isEmpty()) {
            out.put(section, List.copyOf(here));
        }
        section.sections().forEach(child -> place(child, d, charts, out));
    }

    /** Which chart a published caption names: 图1 收、支决算总计变动情况 … 图4 财政拨款收、支决算总计变动情况. */
    static Optional<String> slugFor(String caption) {
        String c = caption.replaceAll("[\\s\u3000]+", "");
        return CAPTIONS.entrySet().stream().filter(e -> e.getKey().matcher(c).find()).map(Map.Entry::getValue).findFirst();
    }

    /** The wordings of the published figure captions, in the order they are tried. */
    private static final Map<Pattern, String> CAPTIONS = captions();

    private static Map<Pattern, String> captions() {
        Map<Pattern, String> m = new LinkedHashMap<>();
        m.put(Pattern.compile("财政拨款.*(变动|总计)|(变动|总计).*财政拨款"), ChartData.FISCAL_CHANGE);
        m.put(Pattern.compile("变动|总计"), ChartData.TOTAL_CHANGE);
        m.put(Pattern.compile("结构.*收入|收入.*结构"), ChartData.INCOME);
        m.put(Pattern.compile("结构.*支出|支出.*结构"), ChartData.SPLIT);
        m.put(Pattern.compile("功能分类"), ChartData.FUNCTIONAL);
        return m;
    }

    private static String missing(String figure, String caption, String slug, Disclosure d) {
        String lead = "原文" + figure + "（" + caption + "）未随文字公开。";
        if (slug.equals(ChartData.TOTAL_CHANGE) || slug.equals(ChartData.FISCAL_CHANGE)) {
            Metric m = slug.equals(ChartData.FISCAL_CHANGE) ? Metric.FISCAL_TOTAL : Metric.INCOME_EXPENSE_TOTAL;
            String before = ChartData.previousYear(d);
            return lead + "本站据公开数据重绘图表，但缺少 " + before + " 年度的" + m.label() + "：本门户没有本部门 "
                    + before + " 年度" + d.kind().label() + "，原文也没有给出该数，故未绘制此图。";
        }
        return lead + "本站缺少绘制此图所需的数据，故未绘制。";
    }

    /** Every chart, for the overview page. */
    public List<Chart> all() {
        return all;
    }

    /** The figures the narrative places in {@code section}, in the order it names them. */
    public List<Placement> at(Section section) {
        return placements.getOrDefault(section, List.of());
    }
}
