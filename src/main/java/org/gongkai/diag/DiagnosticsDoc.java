package org.gongkai.diag;

/** The code list as Markdown for docs/diagnostics.md, so the documentation is the code's own list. */
public final class DiagnosticsDoc {

    private DiagnosticsDoc() {
    }

    public static String markdown() {
        StringBuilder b = new StringBuilder("""
                # 诊断代码

                Gongkai 报告的每条错误、警告和提示都带一个代码，印在消息末尾的方括号中（如 `[yaml.syntax]`），
                也是 `check --format json` 输出中的 `rule`。本页由代码表生成（`org.gongkai.diag.Code`），请勿手改。

                - **严重程度**由代码决定，同一代码不会一处是错误、一处是警告。内容有“错误”时 `check` 退出码为 1，`build` 不生成；
                  “警告”不影响退出码，但 `build --strict` 时有未说明的警告也不生成。
                  “提示”是舍入或截尾可以解释的差异，从不影响退出码和生成；`check` 只在加 `--notices` 时列出，`--format json` 总是包含。
                - 以 `io.` 开头的代码是读写问题（路径不存在、无法读取、不能写入），不是内容的错误，退出码为 2；
                  其中 `io.zip`、`io.archive` 发生在门户生成之后，门户已经写好。
                - “校验规则的发现”是内容自相矛盾之处，每条规则核对什么、适用范围和示例见[校验规则](rules.md)；
                  原文确实如此时，可在内容文件的 `acknowledgements` 中说明（`rule` 写这里的代码）。其余代码不能这样说明，要改正内容。

                """);
        for (Code.Stage stage : Code.Stage.values()) {
            b.append("## ").append(stage.label()).append("\n\n| 代码 | 严重程度 | 含义与处理 |\n|---|---|---|\n");
            for (Code c : Code.values()) {
                if (c.stage() == stage) {
                    b.append("| `").append(c.id()).append("` | ").append(c.severity().label()).append(" | ")
                            .append(c.description().replace("|", "\\|")).append(" |\n");
                }
            }
            b.append('\n');
        }
        return b.toString().stripTrailing() + "\n";
    }
}
