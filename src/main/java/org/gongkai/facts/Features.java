package org.gongkai.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.gongkai.model.Column;
import org.gongkai.model.Form;
import org.gongkai.model.FormSet;
import org.gongkai.model.Measure;
import org.gongkai.model.Role;
import org.gongkai.model.Scheme;

/**
 * What each feature needs a form set to declare, so that a form set written without it is told
 * which features it loses instead of silently losing them.
 */
public final class Features {

    /** {@code key} is how a form set's {@code without} names the feature it knowingly lacks. */
    private record Need(String key, String lacking, Predicate<FormSet> has) {
    }

    private static final List<Need> NEEDS = List.of(
            new Need("total_rows", "没有声明合计行（total_rows）：不认出合计行，不做合计与跨表核对，没有主要数字和结构图",
                    s -> !s.totalRows().isEmpty() || s.forms().stream().anyMatch(f -> !f.totalRows().isEmpty())),
            new Need(Measure.EXPENSE.key(), "没有声明本年支出列（measure: expense）：没有本年支出合计、历年趋势和同类部门比较",
                    s -> declares(s, Measure.EXPENSE)),
            new Need(Measure.BASIC.key(), "没有声明基本支出列（measure: basic）：不生成基本/项目支出图，不做基本支出交叉核对",
                    s -> declares(s, Measure.BASIC)),
            new Need(Measure.INCOME.key(), "没有声明收入列（measure: income）：没有本年收入合计和收入结构图",
                    s -> declares(s, Measure.INCOME)),
            new Need("functional", "没有按功能分类科目编码列出支出的表（role: code, scheme: functional 且有 measure: expense）：不生成功能分类图和分类比较",
                    s -> s.forms().stream().anyMatch(f -> has(f, c -> c.role() == Role.CODE && c.scheme() == Scheme.FUNCTIONAL)
                            && has(f, c -> c.measure() == Measure.EXPENSE))),
            new Need(Measure.THREE_PUBLIC.key(), "没有声明“三公”经费列（measure: three_public）：主要数字中没有“三公”经费",
                    s -> declares(s, Measure.THREE_PUBLIC)));

    private Features() {
    }

    /**
     * One sentence per feature {@code set} lacks what it needs for, unless it says it goes without;
     * empty when it gets every feature.
     */
    public static List<String> lacking(FormSet set) {
        List<String> out = new ArrayList<>();
        for (Need n : NEEDS) {
            if (!set.without().contains(n.key()) && !n.has().test(set)) {
                out.add(n.lacking());
            }
        }
        return out;
    }

    /** The names a form set's {@code without} may use. */
    public static List<String> keys() {
        return NEEDS.stream().map(Need::key).toList();
    }

    private static boolean declares(FormSet s, Measure m) {
        return s.forms().stream().anyMatch(f -> has(f, c -> c.measure() == m));
    }

    private static boolean has(Form f, Predicate<Column> p) {
        return f.columns().stream().anyMatch(p);
    }
}
