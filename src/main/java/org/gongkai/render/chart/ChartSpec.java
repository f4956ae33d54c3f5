package org.gongkai.render.chart;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Everything one chart shows, taken from the model: the chart is a pure function of this record,
 * so the record is also the key under which a drawn chart is cached. Amounts are the model's
 * exact values in 万元; shares and changes are derived here by {@link Numbers}' one rule.
 *
 * @param slug    file name within its page's charts/ folder, e.g. {@code expense-split}
 * @param kind    {@link Kind#SHARES}: parts of a whole; {@link Kind#YEARS}: one amount per year, oldest first;
 *                {@link Kind#VALUES}: amounts side by side (peer departments)
 * @param title   what the chart shows, e.g. 支出决算结构：基本支出与项目支出
 * @param subject whose and when, e.g. 武汉市武昌区大数据中心 · 2019 年度决算
 * @param items   the bars, in order
 * @param total   the whole the shares are of, as published; null when none is published (shares
 *                are then of the sum of the items) and for {@link Kind#YEARS}
 * @param source  where the numbers come from, e.g. 表3 2019年度支出决算表（合计行）
 * @param note    what the reader should know besides (items left out, scope); may be empty
 */
public record ChartSpec(String slug, Kind kind, String title, String subject, List<Item> items, Total total,
        String source, String note) {

    /**
     * {@link #VALUES}: one amount per item (e.g. per department), neither shares nor changes.
     * {@link #RATES} and {@link #SCORES}: one figure per project as the forms print it (执行率 in %,
     * 自评得分 in 分), drawn without deriving anything.
     */
    public enum Kind {
        SHARES("万元"), YEARS("万元"), VALUES("万元"), RATES("%"), SCORES("分");

        private final String unit;

        Kind(String unit) {
            this.unit = unit;
        }

        public String unit() {
            return unit;
        }

        /** Figures copied from forms rather than amounts. */
        public boolean printed() {
            return this == RATES || this == SCORES;
        }
    }

    /** One bar: a label as published and its exact amount. */
    public record Item(String label, BigDecimal value) {
    }

    /** The published whole, e.g. 本年支出合计 2,533.25. */
    public record Total(String label, BigDecimal value) {
    }

    public ChartSpec {
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one item: " + slug);
        }
    }

    /** "武汉市武昌区大数据中心 · 2019 年度决算：支出决算结构…", for the SVG's title and the table caption. */
    public String fullTitle() {
        return subject + "：" + title;
    }

    /** What shares are of: the published total, else the sum of the items. */
    public BigDecimal denominator() {
        return total != null ? total.value() : items.stream().map(Item::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The share of item {@code i} in percent, rounded by the rule ({@link Kind#SHARES} only). */
    public Optional<BigDecimal> share(int i) {
        return kind == Kind.SHARES ? Numbers.percent(items.get(i).value(), denominator()) : Optional.empty();
    }

    /** Change of item {@code i} from the year before it ({@link Kind#YEARS}, from the second item). */
    public Optional<BigDecimal> change(int i) {
        return kind == Kind.YEARS && i > 0 ? Optional.of(items.get(i).value().subtract(items.get(i - 1).value()))
                : Optional.empty();
    }

    /** Change of item {@code i} in percent of the year before, rounded by the rule. */
    public Optional<BigDecimal> changePercent(int i) {
        return change(i).flatMap(c -> Numbers.percent(c, items.get(i - 1).value()));
    }

    /** A printed figure as the form prints it: "99%", "95.8 分". */
    public String printedText(int i) {
        String v = items.get(i).value().toPlainString();
        return kind == Kind.RATES ? v + "%" : v + " 分";
    }

    /** The second line of a bar's label: "329.25 万元（13.00%）" or "2,533.25 万元". */
    public String valueLine(int i) {
        if (kind.printed()) {
            return printedText(i);
        }
        String amount = Numbers.amount(items.get(i).value()) + " 万元";
        return share(i).map(p -> amount + "（" + Numbers.percentText(p) + "）").orElse(amount);
    }

    /** An optional third line: "比上年下降 17.68%". */
    public Optional<String> changeLine(int i) {
        return changePercent(i).map(p -> "比上年" + Numbers.changePercentText(p))
                .or(() -> change(i).filter(c -> c.signum() == 0).map(c -> "与上年持平"));
    }

    /** The text alternative (SVG desc): every number the chart shows, in words. */
    public String description() {
        List<String> parts = new ArrayList<>();
        if (kind.printed()) {
            for (int i = 0; i < items.size(); i++) {
                parts.add(items.get(i).label() + " " + printedText(i));
            }
            String text = fullTitle() + "。" + String.join("；", parts) + "。数据来源：" + source + "。";
            return note.isEmpty() ? text : text + note + (note.endsWith("。") ? "" : "。");
        }
        if (total != null) {
            parts.add(total.label() + " " + Numbers.amount(total.value()) + " 万元");
        }
        for (int i = 0; i < items.size(); i++) {
            int at = i;
            StringBuilder b = new StringBuilder(items.get(i).label()).append(' ')
                    .append(Numbers.amount(items.get(i).value())).append(" 万元");
            share(i).ifPresent(p -> b.append("，占 ").append(Numbers.percentText(p)));
            change(i).ifPresent(c -> {
                b.append("，比上年").append(Numbers.changeText(c));
                changePercent(at).filter(p -> p.signum() != 0)
                        .ifPresent(p -> b.append("，").append(Numbers.changePercentText(p)));
            });
            parts.add(b.toString());
        }
        String text = fullTitle() + "（单位：万元）。" + String.join("；", parts) + "。数据来源：" + source + "。";
        if (!note.isEmpty()) {
            text += note + (note.endsWith("。") ? "" : "。");
        }
        return kind == Kind.VALUES ? text : text + Numbers.RULE;
    }

    /** A stable id made from the data alone: the same data gives the same id on every build. */
    public String id() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(toString().getBytes(StandardCharsets.UTF_8));
            return "gk" + HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
