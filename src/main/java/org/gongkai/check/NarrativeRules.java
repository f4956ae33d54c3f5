package org.gongkai.check;

import org.gongkai.facts.Fact;
import org.gongkai.facts.FactSet;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.diag.Position;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Limits;
import org.gongkai.model.Part;
import org.gongkai.model.Section;

/**
 * Figures the 情况说明 states, read from the published sentences: changes against last year,
 * execution rates, shares, parts of a whole, and totals the tables also give. Each check only
 * speaks when the sentence itself names every figure it needs, so an unclear sentence is skipped,
 * never guessed at.
 *
 * <p>Percentages: the stated value may be rounded or truncated to the decimals it shows, and the
 * amounts it comes from are themselves rounded to 0.01; only a percentage outside everything
 * those roundings allow is reported.
 */
final class NarrativeRules {

    static final String AMOUNT = "(" + Limits.AMOUNT_PATTERN + ")\\s*万元";
    private static final Pattern MONEY = Pattern.compile("(?<![\\d.,])" + AMOUNT);
    private static final Pattern SENTENCE = Pattern.compile("[^。\\n]+");
    private static final String PCT = "(" + Limits.PLAIN_NUMBER_PATTERN + ")\\s*[%％]";
    private static final Pattern CHANGE = Pattern.compile(
            "(?:比|较|相比[，,]?)[^。；，,%]{0,20}?(增加|减少|增长|下降|上升)了?\\s*" + AMOUNT
                    + "\\s*(?:[，,]\\s*)?(?:同比)?(?:增长|下降|增幅|降幅|上升|减少|增加)了?(?:为)?\\s*" + PCT);
    private static final Pattern RATE = Pattern.compile("完成了?(?:年初)?预算(?:数)?的\\s*" + PCT);
    private static final Pattern BUDGET = Pattern.compile("预算(?:数)?为?\\s*" + AMOUNT);
    private static final Pattern ACTUAL = Pattern.compile("决算(?:数)?为?\\s*" + AMOUNT);
    private static final Pattern SHARE = Pattern.compile(AMOUNT + "\\s*(?:[，,]\\s*)?占([^0-9%％，,。；]{0,20}?)的?\\s*" + PCT);
    private static final Pattern WHOLE_MARK = Pattern.compile("其中|主要用于|包括|：");
    private static final Pattern LABEL_PREFIX = Pattern.compile("^(?:20\\d{2}\\s*年度?|本年度|本年|全年)");

    /** An amount in a sentence: its value, where it starts, and the words just before it. */
    private record Mention(BigDecimal value, String raw, int start, int end, String label, int inText) {
    }

    private NarrativeRules() {
    }

    static List<Finding> check(RuleContext c) {
        Disclosure d = c.disclosure();
        FactSet facts = c.facts();
        Locator locator = c.locator();
        List<Finding> out = new ArrayList<>();
        for (Part p : d.parts()) {
            if (p instanceof Part.SectionsPart s) {
                s.sections().forEach(sec -> section(d, sec, facts, locator, out));
            }
        }
        return out;
    }

    private static void section(Disclosure d, Section s, FactSet facts, Locator locator, List<Finding> out) {
        String text = s.text();
        List<Mention> previous = List.of();
        Matcher sm = SENTENCE.matcher(text);
        while (sm.find()) {
            String sentence = sm.group();
            int base = sm.start();
            List<Mention> mentions = mentions(sentence, base);
            Where where = new Where(d, s, base, locator);
            change(sentence, mentions, previous, where, out);
            rate(sentence, where, out);
            shares(sentence, mentions, previous, facts, where, out);
            totals(mentions, facts, where, out);
            previous = mentions;
        }
        s.sections().forEach(sub -> section(d, sub, facts, locator, out));
    }

    /** Where a sentence sits, to turn an offset in it into file:line:col. */
    private record Where(Disclosure d, Section section, int base, Locator locator) {
        Position at(int offset) {
            return locator.locate(section, base + offset);
        }

        Position at(Mention m) {
            return locator.locate(section, m.inText());
        }
    }

    private static List<Mention> mentions(String sentence, int base) {
        List<Mention> out = new ArrayList<>();
        Matcher m = MONEY.matcher(sentence);
        int labelStart = 0;
        while (m.find()) {
            String before = sentence.substring(labelStart, m.start());
            int cut = -1;
            for (char c : "，,：、；;".toCharArray()) {
                cut = Math.max(cut, before.lastIndexOf(c));
            }
            String label = before.substring(cut + 1).replaceAll("\\s+", "").replaceFirst("(为|是|达|共计|合计为)$", "");
            label = LABEL_PREFIX.matcher(label).replaceFirst("");
            out.add(new Mention(new BigDecimal(m.group(1).replace(",", "")), m.group(1), m.start(), m.end(), label,
                    base + m.start()));
            labelStart = m.end();
        }
        return out;
    }

    private static void change(String sentence, List<Mention> mentions, List<Mention> previous, Where w, List<Finding> out) {
        Matcher m = CHANGE.matcher(sentence);
        while (m.find()) {
            BigDecimal delta = new BigDecimal(m.group(2).replace(",", ""));
            String pct = m.group(3);
            Optional<Mention> current = mentions.stream().filter(x -> x.end() <= m.start()).reduce((a, b) -> b);
            if (current.isEmpty()) {
                // "与上年相比，财政拨款支出减少 X 万元": the current figure is in the sentence before, by name.
                String before = sentence.substring(0, m.start() + m.group().indexOf(m.group(1)));
                int comma = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','));
                String subject = before.substring(comma + 1).replaceAll("\\s+", "");
                current = subject.length() < 2 ? Optional.empty()
                        : previous.stream().filter(x -> x.label().endsWith(subject)).reduce((a, b) -> b);
            }
            if (current.isEmpty()) {
                continue;
            }
            boolean up = m.group(1).equals("增加") || m.group(1).equals("增长") || m.group(1).equals("上升");
            BigDecimal cur = current.get().value();
            // 增长率 = 增减额 ÷ 上年数, 上年数 = 本年数 ∓ 增减额.
            Range prev = Range.of(cur).plus(Range.of(delta).times(up ? -1 : 1));
            Range rate = Range.of(delta).divide(prev);
            if (rate != null && !rate.allows(pct)) {
                out.add(new Finding(Rule.NARRATIVE_CHANGE, w.d().path(), w.section().title() + " " + m.group().strip(),
                        "“" + w.section().title() + "”：本年 " + current.get().raw() + " 万元、" + m.group(1) + " " + m.group(2)
                                + " 万元，上年应为 " + Amounts.format(cur.subtract(up ? delta : delta.negate()))
                                + " 万元，变动率应为 " + rate.show(pct) + "，原文写 " + pct + "%",
                        w.at(m.start(3)), List.of(w.at(current.get()))));
            } else if (rate != null) {
                BigDecimal last = cur.subtract(up ? delta : delta.negate());
                Mention now = current.get();
                Rounding.percent(delta, last).flatMap(q -> Rounding.percentNote(q, pct)).ifPresent(note ->
                        out.add(new Finding(Rule.ROUNDING_PERCENT, w.d().path(), w.section().title() + " " + m.group().strip(),
                                "“" + w.section().title() + "”：本年 " + now.raw() + " 万元、" + m.group(1) + " " + m.group(2)
                                        + " 万元，上年 " + Amounts.format(last) + " 万元，变动率 " + note,
                                w.at(m.start(3)), List.of(w.at(now)))));
            }
        }
    }

    private static void rate(String sentence, Where w, List<Finding> out) {
        Matcher m = RATE.matcher(sentence);
        int from = 0;
        while (m.find()) {
            String window = sentence.substring(from, m.start());
            Optional<StatedAmount> budget = last(BUDGET, window);
            Optional<StatedAmount> actual = last(ACTUAL, window);
            from = m.end();
            if (budget.isEmpty() || actual.isEmpty() || budget.get().value().signum() == 0) {
                continue;
            }
            Range rate = Range.of(actual.get().value()).divide(Range.of(budget.get().value()));
            if (rate != null && !rate.allows(m.group(1))) {
                out.add(new Finding(Rule.NARRATIVE_RATE, w.d().path(), w.section().title() + " " + m.group(),
                        "“" + w.section().title() + "”：决算 " + actual.get().raw() + " ÷ 年初预算 " + budget.get().raw()
                                + " ＝ " + rate.show(m.group(1)) + "，原文写完成年初预算的 " + m.group(1) + "%",
                        w.at(m.start(1)), List.of()));
            } else if (rate != null) {
                Rounding.percent(actual.get().value(), budget.get().value()).flatMap(q -> Rounding.percentNote(q, m.group(1)))
                        .ifPresent(note -> out.add(new Finding(Rule.ROUNDING_PERCENT, w.d().path(),
                                w.section().title() + " " + m.group(),
                                "“" + w.section().title() + "”：决算 " + actual.get().raw() + " ÷ 年初预算 " + budget.get().raw()
                                        + " " + note,
                                w.at(m.start(1)), List.of())));
            }
        }
    }

    /** An amount a sentence states after a keyword (预算为 / 决算为). */
    private record StatedAmount(BigDecimal value, String raw) {
    }

    private static Optional<StatedAmount> last(Pattern p, String text) {
        Matcher m = p.matcher(text);
        StatedAmount found = null;
        while (m.find()) {
            found = new StatedAmount(new BigDecimal(m.group(1).replace(",", "")), m.group(1));
        }
        return Optional.ofNullable(found);
    }

    private static void shares(String sentence, List<Mention> mentions, List<Mention> previous, FactSet facts,
            Where w, List<Finding> out) {
        Matcher m = SHARE.matcher(sentence);
        List<Mention> parts = new ArrayList<>();
        List<String> pcts = new ArrayList<>();
        Mention commonWhole = null;
        boolean sameWhole = true;
        while (m.find()) {
            int partStart = m.start();
            Mention part = mentions.stream().filter(x -> x.start() == partStart).findFirst().orElse(null);
            if (part == null) {
                continue;
            }
            String named = m.group(2).replaceAll("\\s+", "");
            Optional<Whole> whole = whole(sentence, mentions, previous, part, named, facts);
            if (whole.isEmpty()) {
                sameWhole = false;
                continue;
            }
            Range share = Range.of(part.value()).divide(Range.of(whole.get().value()));
            if (share != null && !share.allows(m.group(3))) {
                out.add(new Finding(Rule.NARRATIVE_SHARE, w.d().path(), w.section().title() + " " + m.group().strip(),
                        "“" + w.section().title() + "”：" + part.label() + " " + part.raw() + " ÷ " + whole.get().label() + " "
                                + whole.get().raw() + " ＝ " + share.show(m.group(3)) + "，原文写占 " + m.group(3) + "%",
                        w.at(m.start(3)), List.of()));
            } else if (share != null) {
                String pct = m.group(3);
                Whole of = whole.get();
                Rounding.percent(part.value(), of.value()).flatMap(q -> Rounding.percentNote(q, pct)).ifPresent(note ->
                        out.add(new Finding(Rule.ROUNDING_PERCENT, w.d().path(), w.section().title() + " " + m.group().strip(),
                                "“" + w.section().title() + "”：" + part.label() + " " + part.raw() + " ÷ " + of.label() + " "
                                        + of.raw() + " " + note,
                                w.at(m.start(3)), List.of())));
            }
            if (whole.get().mention() != null && (commonWhole == null || commonWhole == whole.get().mention())) {
                commonWhole = whole.get().mention();
                parts.add(part);
                pcts.add(m.group(3));
            } else {
                sameWhole = false;
            }
        }
        if (sameWhole && parts.size() >= 2 && sumsToHundred(pcts)) {
            BigDecimal sum = parts.stream().map(Mention::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal diff = sum.subtract(commonWhole.value()).abs();
            List<String> names = parts.stream().map(p -> p.label() + " " + p.raw()).toList();
            String listed = "“" + w.section().title() + "”：" + String.join(" ＋ ", names) + " ＝ " + Amounts.format(sum);
            String subject = w.section().title() + " " + commonWhole.label();
            if (Amounts.beyond(sum, commonWhole.value(), Amounts.tolerance(parts.size()))) {
                out.add(new Finding(Rule.NARRATIVE_PARTS, w.d().path(), subject,
                        listed + "，而" + commonWhole.label() + "为 " + commonWhole.raw() + "，相差 " + Amounts.format(diff)
                                + "（所列占比合计 100%）",
                        w.at(commonWhole), parts.stream().map(w::at).toList()));
            } else if (diff.signum() != 0) {
                out.add(new Finding(Rule.ROUNDING_SUM, w.d().path(), subject,
                        listed + "，与" + commonWhole.label() + " " + commonWhole.raw() + " 相差 " + Amounts.format(diff)
                                + Rounding.withinSum(parts.size()) + "（所列占比合计 100%）",
                        w.at(commonWhole), parts.stream().map(w::at).toList()));
            }
        }
    }

    /** The whole a share is of: a named amount in the sentence, a table total of that name, or the amount before 其中. */
    private record Whole(BigDecimal value, String raw, String label, Mention mention) {
    }

    private static Optional<Whole> whole(String sentence, List<Mention> mentions, List<Mention> previous, Mention part,
            String named, FactSet facts) {
        if (!named.isEmpty()) {
            Optional<Mention> byName = mentions.stream()
                    .filter(x -> x != part && (x.label().endsWith(named) || facts.totalName(x.label()).equals(facts.totalName(named))))
                    .reduce((a, b) -> b.start() < part.start() ? b : a);
            if (byName.isPresent()) {
                return byName.map(x -> new Whole(x.value(), x.raw(), x.label(), x));
            }
            return facts.totalNamed(named).flatMap(facts::first)
                    .map(f -> new Whole(f.amount(), f.cell().raw(), f.label(), null));
        }
        Matcher mark = WHOLE_MARK.matcher(sentence);
        int markAt = -1;
        while (mark.find() && mark.start() < part.start()) {
            markAt = mark.start();
        }
        int boundary = markAt;
        if (boundary >= 0 && mentions.stream().noneMatch(x -> x.end() <= boundary) && !previous.isEmpty()) {
            // "…合计 X 万元。其中：A 万元，占 P%": the whole closes the sentence before.
            Mention x = previous.get(previous.size() - 1);
            return Optional.of(new Whole(x.value(), x.raw(), x.label(), x));
        }
        return boundary < 0 ? Optional.empty() : mentions.stream().filter(x -> x.end() <= boundary)
                .reduce((a, b) -> b).map(x -> new Whole(x.value(), x.raw(), x.label(), x));
    }

    private static boolean sumsToHundred(List<String> pcts) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal slack = BigDecimal.ZERO;
        for (String p : pcts) {
            sum = sum.add(new BigDecimal(p));
            slack = slack.add(Range.unit(p));
        }
        return sum.subtract(Amounts.HUNDRED).abs().compareTo(slack) <= 0;
    }

    private static void totals(List<Mention> mentions, FactSet facts, Where w, List<Finding> out) {
        for (Mention x : mentions) {
            Optional<Fact.Identity> id = facts.totalNamed(x.label());
            if (id.isEmpty() || !x.label().matches("(本年)?(收入|支出)(合计|总计)")) {
                continue;
            }
            facts.of(id.get()).stream().filter(f -> !f.narrative()).findFirst().ifPresent(f -> {
                if (f.amount().compareTo(x.value()) != 0) {
                    out.add(new Finding(Rule.NARRATIVE_TABLE, w.d().path(), w.section().title() + " " + x.label(),
                            "“" + w.section().title() + "”写" + x.label() + " " + x.raw() + " 万元，而" + f.label() + "为 "
                                    + f.cell().raw() + "，相差 " + Amounts.format(f.amount().subtract(x.value()).abs()),
                            w.at(x), List.of(f.cell().position())));
                }
            });
        }
    }

    /** An interval of possible values, for quotients of rounded figures. */
    record Range(BigDecimal low, BigDecimal high) {

        static Range of(BigDecimal printed) {
            return new Range(printed.subtract(Amounts.HALF_CENT), printed.add(Amounts.HALF_CENT));
        }

        Range plus(Range o) {
            return new Range(low.add(o.low), high.add(o.high));
        }

        Range times(int sign) {
            return sign >= 0 ? this : new Range(high.negate(), low.negate());
        }

        /** this ÷ divisor × 100; null when the divisor may be zero or negative. */
        Range divide(Range divisor) {
            if (divisor.low.signum() <= 0) {
                return null;
            }
            MathContext mc = MathContext.DECIMAL64;
            BigDecimal lo = low.max(BigDecimal.ZERO).multiply(Amounts.HUNDRED).divide(divisor.high, mc);
            BigDecimal hi = high.multiply(Amounts.HUNDRED).divide(divisor.low, mc);
            return new Range(lo, hi);
        }

        /** A stated percentage agrees when rounding or truncating some value in the range gives it. */
        boolean allows(String stated) {
            BigDecimal p = new BigDecimal(stated);
            BigDecimal unit = unit(stated);
            BigDecimal half = unit.divide(BigDecimal.valueOf(2));
            return p.compareTo(low.subtract(unit)) > 0 && p.compareTo(high.add(half)) <= 0;
        }

        /** The computed value, to the stated decimals (at least two). */
        String show(String stated) {
            int decimals = stated.contains(".") ? stated.length() - stated.indexOf('.') - 1 : 0;
            return Amounts.percent(low.add(high).divide(BigDecimal.valueOf(2)), decimals);
        }

        /** One unit of the last stated decimal: 1 for "22", 0.1 for "22.0". */
        static BigDecimal unit(String stated) {
            int decimals = stated.contains(".") ? stated.length() - stated.indexOf('.') - 1 : 0;
            return BigDecimal.ONE.movePointLeft(decimals);
        }
    }
}
