package org.gongkai.check;

import org.gongkai.diag.Severity;

/**
 * The validator's rules, as data the docs print: id, what it checks, where it applies (scope), an
 * example of a finding, and its severity.
 */
public enum Rule {
    IDENTITY_COLUMN("identity.column", Severity.ERROR, "表样印明的栏间勾稽关系（如“1 栏各行＝（2＋3）栏各行”）",
            "表样在 identities 中以 C 表达式写明的每一行", "表3 第 12 行“事业运行”：1 栏 236.78 ≠ 2+3 栏之和 236.77，相差 0.01"),
    IDENTITY_ROW("identity.row", Severity.ERROR, "表样印明的行间勾稽关系（如“27 行＝（1＋2＋…＋8）行”）",
            "表样在 identities 中以 R 表达式写明的每个金额栏", "表1 决算数：27 行 2,484.74 ≠ 1–8 行之和 2,484.75，相差 0.01"),
    HIERARCHY("hierarchy.sum", Severity.ERROR, "分类科目层级：类＝Σ款，款＝Σ项；合计＝Σ类",
            "有科目编码列的表，同一张表、同一金额栏内；只在表中列出了下级科目时核对",
            "表3 本年支出合计：201 一般公共服务支出 2,697.42 ≠ 其下各款之和 2,697.43，相差 0.01"),
    SAME_FIGURE("cross.same-figure", Severity.ERROR, "同一数字在不同表中应一致（合计、基本支出、项目支出、各科目金额）",
            "同一公开内、资金范围（全部资金、财政拨款、一般公共预算……）和口径（收入、支出、基本支出……）都相同的数字；"
                    + "全部资金的表与只含财政拨款的表之间不比较，同一科目的收入与支出之间也不比较",
            "表1 一般公共服务支出 2,697.43 ≠ 表3 2,697.42，相差 0.01"),
    BASIC_SPLIT("cross.basic-split", Severity.ERROR, "基本支出＝人员经费＋公用经费",
            "同一资金范围内，表中同时给出基本支出、人员经费和公用经费的合计时", "一般公共预算 基本支出 484.64 ≠ 人员经费 395.71 ＋ 公用经费 88.93 ＝ 484.64"),
    NARRATIVE_CHANGE("narrative.change", Severity.ERROR, "情况说明中的增减额与增减率一致",
            "同一句中写明本年数、增减额和增减率（“X 万元，比上年增加 Y 万元，增长 Z%”）",
            "本年 2,320.28 万元、增加 902.89 万元，上年应为 1,417.39 万元，增长率应为 63.70%，原文写 63.7%"),
    NARRATIVE_RATE("narrative.rate", Severity.ERROR, "情况说明中的预算完成率＝决算数÷年初预算数",
            "同一句中写明年初预算数、决算数和“完成年初预算的 Z%”", "1,118.78 ÷ 1,296.70 ＝ 86.28%，原文写 86.3%（在舍入范围内，不报告）"),
    NARRATIVE_SHARE("narrative.share", Severity.ERROR, "情况说明中的占比＝部分÷整体",
            "同一句中写明整体金额、部分金额和“占 P%”；整体按“占……的”所指名称或“其中”前的金额确定",
            "基本支出 329.25 ÷ 本年支出合计 2,533.25 ＝ 13.00%，原文写 13.00%"),
    NARRATIVE_PARTS("narrative.parts", Severity.ERROR, "情况说明中列出的各部分之和等于整体",
            "同一句中“其中”后列出各部分且其占比合计为 100% 时", "基本支出 329.25 ＋ 项目支出 2,204.00 ＝ 2,533.25"),
    NARRATIVE_TABLE("narrative.table", Severity.ERROR, "情况说明中的合计数与表一致",
            "说明中以“本年收入合计”“本年支出合计”“收入总计”“支出总计”等写明、且表中有同一口径合计的数字",
            "说明写本年支出合计 2,533.25 万元，表1 为 2,533.25"),
    TEXT_YEAR("text.year", Severity.WARNING, "标题中的年度与公开年度一致",
            "公开标题、各部分标题和表标题中“20XX 年”的年度", "表3 标题写“2020 年度支出决算表”，而本公开为 2021 年"),
    TEXT_NUMBERING("text.numbering", Severity.WARNING, "节号连续（一、二、三……；（一）（二）……）",
            "同一部分、同一层级的节标题", "“三、”之后是“五、”，缺少“四、”"),
    TEXT_CATALOGUE_NAME("text.catalogue-name", Severity.WARNING, "科目名称与该年度的政府收支分类科目一致",
            "表中同时写了科目编码和名称的行", "215 写作“资源勘探信息等支出”，2021 年科目名称为“资源勘探工业信息等支出”"),
    TEXT_UNIT("text.unit", Severity.WARNING, "表的金额单位", "每张表的 unit；金额表应为 万元 或 元", "表3 单位写“千元”");

    private final String id;
    private final Severity severity;
    private final String what;
    private final String scope;
    private final String example;

    Rule(String id, Severity severity, String what, String scope, String example) {
        this.id = id;
        this.severity = severity;
        this.what = what;
        this.scope = scope;
        this.example = example;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public String what() {
        return what;
    }

    public String scope() {
        return scope;
    }

    public String example() {
        return example;
    }
}
