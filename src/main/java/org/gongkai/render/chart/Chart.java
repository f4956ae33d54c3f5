package org.gongkai.render.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.render.site.Addresses;

/**
 * A chart as a page shows it: the inline SVG, the data table beside it, and its own file.
 * {@code dir} is the folder (below the site root) of the pages that show it; the file is
 * {@code dir/charts/<slug>.svg} and pages in {@code dir} link to it relatively (an empty {@code dir}
 * is the site root).
 */
public record Chart(ChartSpec spec, String dir, ChartCache cache) {

    /** A row of the data table: the row header and the cells after it. */
    public record TableRow(String label, List<String> cells) {
        public TableRow {
            cells = List.copyOf(cells);
        }
    }

    /** The file's path below the site root. */
    public String path() {
        return Addresses.chart(dir, spec.slug());
    }

    /** The file's address relative to the pages in {@link #dir}. */
    public String href() {
        return Addresses.chartHref(spec.slug());
    }

    public String fileName() {
        return Addresses.chartFile(spec.slug());
    }

    /** The page anchor of the figure. */
    public String anchor() {
        return Addresses.chartId(spec.slug());
    }

    /** The SVG element to put inline (drawn at most once per build). */
    public String svg() {
        return cache.get(spec).element();
    }

    /** The standalone SVG file. */
    public String svgDocument() {
        return cache.get(spec).document();
    }

    public String rule() {
        return spec.kind().printed() ? "图中数字照原表所印，未重新计算。"
                : spec.kind() == ChartSpec.Kind.VALUES ? "" : Numbers.RULE;
    }

    /** The data table's unit, for its caption. */
    public String unit() {
        return spec.kind().unit();
    }

    public List<String> headers() {
        return switch (spec.kind()) {
            case SHARES -> List.of("项目", "金额（万元）", "占比");
            case YEARS -> List.of("年度", "金额（万元）", "比上年增减（万元）", "增减幅度");
            case VALUES -> List.of("部门", "金额（万元）");
            case RATES -> List.of("项目", "执行率");
            case SCORES -> List.of("项目", "自评得分");
        };
    }

    /** One row per bar, holding every number the chart shows. */
    public List<TableRow> rows() {
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < spec.items().size(); i++) {
            ChartSpec.Item item = spec.items().get(i);
            List<String> cells = new ArrayList<>();
            if (spec.kind().printed()) {
                rows.add(new TableRow(item.label(), List.of(spec.printedText(i))));
                continue;
            }
            cells.add(Numbers.amount(item.value()));
            if (spec.kind() == ChartSpec.Kind.SHARES) {
                cells.add(spec.share(i).map(Numbers::percentText).orElse("—"));
            } else if (spec.kind() == ChartSpec.Kind.YEARS) {
                cells.add(spec.change(i).map(Numbers::amount).orElse("—"));
                cells.add(spec.changePercent(i).map(Numbers::percentText).orElse("—"));
            }
            rows.add(new TableRow(item.label(), cells));
        }
        return rows;
    }

    /** The published total the shares are of, as the table's last row. */
    public Optional<TableRow> totalRow() {
        if (spec.total() == null) {
            return Optional.empty();
        }
        return Optional.of(new TableRow(spec.total().label(),
                List.of(Numbers.amount(spec.total().value()), "100.00%")));
    }
}
