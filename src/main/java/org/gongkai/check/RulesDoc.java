package org.gongkai.check;

/** The rule list as Markdown for docs/rules.md, so the documentation is the code's own list. */
public final class RulesDoc {

    private RulesDoc() {
    }

    public static String markdown() {
        StringBuilder b = new StringBuilder("""
                # 校验规则

                `gongkai check` 逐条核对公开内容是否自相矛盾。本页由规则表生成（`org.gongkai.check.Rule`），请勿手改。
                规则的代码与 Gongkai 的其他诊断代码一起列在[诊断代码](diagnostics.md)中。

                **舍入规则**：公开的每个金额都已四舍五入到 0.01，误差至多 0.005；n 个数相加，与印出的合计相差超过
                0.005 × n 才是错误，不超过（但不为 0）时是“提示”（`rounding.sum`）。同一个数字在两处印出（跨表、说明与表）时应完全相同。
                百分比按原文给出的小数位，允许四舍五入或截尾，并计入金额本身的舍入误差，超出这些范围才是错误；在范围之内、
                但不等于所印金额之商四舍五入的结果时（如 95.92% 写作 95%）是“提示”（`rounding.percent`）。

                **三个严重程度**：“错误”是超出舍入的不一致；“警告”是值得核对、但不一定错的地方（标题年度、节号、科目名称、完整性和及时性）；
                “提示”是舍入或截尾可以解释的差异。`check` 只在加 `--notices` 时逐条列出提示（末行总是给出条数），
                `check --format json` 总是包含提示（`"severity": "提示"`）。提示从不阻止发布（`build --strict` 也不），也不作为“数据说明”显示给读者。

                **严重程度与发布关口**：`check` 和 `build` 按下表报告同样的发现，用同一个关口：有未说明的“错误”时，
                `check` 退出码为 1，`build` 也以退出码 1 结束且不写任何文件；`build --strict` 遇到未说明的警告也不生成。
                内容文件可在 `acknowledgements` 中对某条发现作出说明（`rule` + `subject`，照 `check` 的提示填写）：
                原文确实如此时（照原文转录），说明过的发现不再阻止发布，在公开页面的“数据说明”中连同说明显示；
                `check --include-acknowledged` 也列出这些发现，标为“已说明”。`site.yaml` 的 `show_findings` 决定未说明的警告是否也向读者显示。

                | 规则 | 严重程度 | 核对什么 | 适用范围 | 示例 |
                |---|---|---|---|---|
                """);
        for (Rule r : Rule.values()) {
            b.append("| `").append(r.id()).append("` | ").append(r.severity().label()).append(" | ").append(r.what())
                    .append(" | ").append(r.scope()).append(" | ").append(r.example()).append(" |\n");
        }
        return b.toString();
    }
}
