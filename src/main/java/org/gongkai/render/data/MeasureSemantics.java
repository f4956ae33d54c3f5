package org.gongkai.render.data;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.model.Kind;

/**
 * What an amount column means in Fiscal Data Package terms, read from the published labels.
 *
 * <p>Phase: a column headed 决算数 holds executed figures and one headed 预算数 (年初预算数) the approved
 * budget, whatever the kind of disclosure (决算 forms print the year's budget beside the outturn, e.g.
 * in the “三公” table); 调整预算数 is the adjusted budget. Any other column takes the disclosure's
 * phase: a 部门预算 is published after the people's congress approves it (预算法 art. 14), so
 * "approved"; a 部门决算 reports what was spent, so "executed".
 *
 * <p>Direction: revenue when the column's labels, or failing that the form's name, speak of 收入 and not
 * of 支出; expenditure for the reverse; unknown (left out) when they speak of both or neither.
 */
final class MeasureSemantics {

    private static final Map<String, BigDecimal> UNIT_FACTORS = Map.of(
            "元", BigDecimal.ONE,
            "千元", BigDecimal.valueOf(1_000),
            "万元", BigDecimal.valueOf(10_000),
            "百万元", BigDecimal.valueOf(1_000_000),
            "亿元", BigDecimal.valueOf(100_000_000));

    private MeasureSemantics() {
    }

    /** The factor from the table's unit to yuan; empty when the unit is not an amount of money. */
    static Optional<BigDecimal> factor(String unit) {
        return Optional.ofNullable(UNIT_FACTORS.get(unit.strip()));
    }

    static String phase(Kind kind, List<String> labels) {
        String path = String.join("/", labels);
        if (path.contains("决算数")) {
            return "executed";
        }
        if (path.contains("调整预算数")) {
            return "adjusted";
        }
        if (path.contains("预算数")) {
            return "approved";
        }
        return kind == Kind.BUDGET ? "approved" : "executed";
    }

    static Optional<String> direction(List<String> labels, String formName) {
        return direction(String.join("/", labels)).or(() -> direction(formName));
    }

    private static Optional<String> direction(String text) {
        boolean income = text.contains("收入");
        boolean expense = text.contains("支出");
        if (income == expense) {
            return Optional.empty();
        }
        return Optional.of(income ? "revenue" : "expenditure");
    }
}
