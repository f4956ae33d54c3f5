package org.gongkai.check;

import org.gongkai.diag.Code;
import org.gongkai.diag.Severity;

/**
 * The validator's rules, as data the docs print: the diagnostic code each reports (its id and
 * severity), what it checks, where it applies (scope) and an example of a finding.
 */
public enum Rule {
    IDENTITY_COLUMN(Code.IDENTITY_COLUMN, "表样印明的栏间勾稽关系（如“1 栏各行＝（2＋3）栏各行”）",
            "表样在 identities 中以 C 表达式写明的每一行", "表3 第 12 行“事业运行”：1 栏 236.78 ≠ 2+3 栏之和 236.77，相差 0.01"),
    IDENTITY_ROW(Code.IDENTITY_ROW, "表样印明的行间勾稽关系（如“27 行＝（1＋2＋…＋8）行”）",
            "表样在 identities 中以 R 表达式写明的每个金额栏", "表1 决算数：27 行 2,484.74 ≠ 1–8 行之和 2,484.75，相差 0.01"),
    HIERARCHY(Code.HIERARCHY_SUM, "分类科目层级：类＝Σ款，款＝Σ项；合计＝Σ类",
            "有科目编码列的表，同一张表、同一金额栏内；只在表中列出了下级科目时核对",
            "表3 本年支出合计：201 一般公共服务支出 2,697.42 ≠ 其下各款之和 2,697.43，相差 0.01"),
    SAME_FIGURE(Code.CROSS_SAME_FIGURE, "同一数字在不同表中应一致（合计、基本支出、项目支出、各科目金额）",
            "同一公开内、资金范围（全部资金、财政拨款、一般公共预算……）和口径（收入、支出、基本支出……）都相同的数字；"
                    + "全部资金的表与只含财政拨款的表之间不比较，同一科目的收入与支出之间也不比较",
            "表1 一般公共服务支出 2,697.43 ≠ 表3 2,697.42，相差 0.01"),
    BASIC_SPLIT(Code.CROSS_BASIC_SPLIT, "基本支出＝人员经费＋公用经费",
            "同一资金范围内，表中同时给出基本支出、人员经费和公用经费的合计时", "一般公共预算 基本支出 484.64 ≠ 人员经费 395.71 ＋ 公用经费 88.93 ＝ 484.64"),
    BALANCE(Code.CROSS_BALANCE, "收支平衡：收入总计＝支出总计（含结转结余），表样没有印出这一关系时也核对",
            "同一资金范围（全部资金、财政拨款……）内，表样的合计行中声明为总计（grand）的收入和支出；表样已把两者印为行间勾稽关系时由 identity.row 核对",
            "收入方 表1 第 30 行“总计”（决算数） 2,812.11 ≠ 支出方 表1 第 60 行“总计”（决算数） 2,812.12，相差 0.01（收入总计应等于支出总计）"),
    FISCAL_INCOME(Code.CROSS_FISCAL_INCOME, "财政拨款的本年收入（财政拨款收支总表）＝全部资金表中的财政拨款收入（收入表、收入总表）",
            "资金范围为财政拨款（scope: fiscal）的本年收入合计，与全部资金（scope: all）的财政拨款收入（measure: fiscal_income）合计",
            "财政拨款的本年收入 表4 第 27 行“本年收入合计”（决算数） 2,484.74 ≠ 全部资金中的财政拨款收入 表2 “合计”（财政拨款收入） 2,484.75，相差 0.01"),
    NARRATIVE_CHANGE(Code.NARRATIVE_CHANGE, "情况说明中的增减额与增减率一致",
            "同一句中写明本年数、增减额和增减率（“X 万元，比上年增加 Y 万元，增长 Z%”）",
            "本年 2,320.28 万元、增加 902.89 万元，上年应为 1,417.39 万元，增长率应为 63.70%，原文写 63.7%"),
    NARRATIVE_RATE(Code.NARRATIVE_RATE, "情况说明中的预算完成率＝决算数÷年初预算数",
            "同一句中写明年初预算数、决算数和“完成年初预算的 Z%”", "1,118.78 ÷ 1,296.70 ＝ 86.28%，原文写 86.3%（在舍入范围内，不报告）"),
    NARRATIVE_SHARE(Code.NARRATIVE_SHARE, "情况说明中的占比＝部分÷整体",
            "同一句中写明整体金额、部分金额和“占 P%”；整体按“占……的”所指名称或“其中”前的金额确定",
            "基本支出 329.25 ÷ 本年支出合计 2,533.25 ＝ 13.00%，原文写 13.00%"),
    NARRATIVE_PARTS(Code.NARRATIVE_PARTS, "情况说明中列出的各部分之和等于整体",
            "同一句中“其中”后列出各部分且其占比合计为 100% 时", "基本支出 329.25 ＋ 项目支出 2,204.00 ＝ 2,533.25"),
    NARRATIVE_TABLE(Code.NARRATIVE_TABLE, "情况说明中的合计数与表一致",
            "说明中以“本年收入合计”“本年支出合计”“收入总计”“支出总计”等写明、且表中有同一口径合计的数字",
            "说明写本年支出合计 2,533.25 万元，表1 为 2,533.25"),
    PERF_TOTAL(Code.PERF_TOTAL_SCORE, "绩效自评表的自评得分（总分）＝各部分得分之和",
            "自评表写明自评得分，且标题写明分值（“N分”）的每一块都有得分栏并印出得分时；只印部分得分的表不核对",
            "自评得分 97 ≠ 各部分得分之和 96（预算执行情况 (20分) 19 ＋ 项目绩效总目标 (20分) 20 ＋ 项目年度绩效指标 (60分) 57），相差 1"),
    PERF_RATE(Code.PERF_EXECUTION_RATE, "绩效表的执行率＝执行数÷（全年）预算数",
            "同一行印出预算数、执行数和执行率（按列的含义 budget、executed、rate 找列）；执行率可按所印小数位四舍五入或截尾",
            "执行数 79 ÷ 预算数 79.55 ＝ 99.31%，表中执行率写 99%（在舍入范围内，不报告）"),
    PERF_SCORE(Code.PERF_EXECUTION_SCORE, "预算执行得分＝分值×执行率，且不超过分值",
            "同一行印出得分和执行率（或预算数与执行数），且分值印在分值栏、得分栏名（“20分*执行率”）或块标题（“(20分)”）中；"
                    + "用所印执行率或由金额算出的执行率计算，均允许得分按所印小数位舍入",
            "得分应为分值 20 × 执行率 86% ＝ 17.20（不超过分值），表中写 17.2"),
    PERF_INDICATORS(Code.PERF_INDICATOR_SUM, "绩效指标的分值逐级相加：一级指标分值＝其下二级指标分值之和，块的分值＝各一级指标分值之和",
            "指标表的树形列（groups ≥ 2）中同时写明上、下级分值（“产出指标（25分）”“质量指标（10分）”）时；"
                    + "二级指标逐行写分值或合并单元格只写一次，两种读法任一相符即不报告",
            "一级指标“产出指标（25分）”分值 25 ≠ 其下二级指标分值之和 20，相差 5"),
    PERF_PROJECT(Code.PERF_PROJECT_AMOUNT, "同一项目的金额处处一致",
            "项目申报表的项目当年预算与资金来源合计、支出明细合计；自评表综述中的全年预算数、执行数与预算执行情况栏；"
                    + "项目支出表中与项目名称完全相同的行；情况说明中紧接项目全名写出的“N 万元”（与表中任一金额相符即可）",
            "“卫生专网及视频会议设备”写 6.67 万元，而自评表中预算数 6.97、执行数 6.97"),
    TEXT_YEAR(Code.TEXT_YEAR, "标题中的年度与公开年度一致",
            "公开标题、各部分标题和表标题中“20XX 年”的年度", "表3 标题写“2020 年度支出决算表”，而本公开为 2021 年"),
    TEXT_NUMBERING(Code.TEXT_NUMBERING, "节号连续（一、二、三……；（一）（二）……）",
            "同一部分、同一层级的节标题", "“三、”之后是“五、”，缺少“四、”"),
    TEXT_CATALOGUE_NAME(Code.TEXT_CATALOGUE_NAME, "科目名称与该年度的政府收支分类科目一致",
            "表中同时写了科目编码和名称的行", "215 写作“资源勘探信息等支出”，2021 年科目名称为“资源勘探工业信息等支出”"),
    TEXT_UNIT(Code.TEXT_UNIT, "表的金额单位", "每张表的 unit；金额表应为 万元 或 元", "表3 单位写“千元”"),
    TEXT_UNFILLED(Code.TEXT_UNFILLED, "未填写：gongkai new 生成的占位文字“【未填写】”应换成原文",
            "公开标题、各部分和各节的标题与正文、表的标题和“原文缺失”说明、名词解释", "第三部分“一、收入支出决算总体情况说明”的正文未填写"),
    REQUIRED_TABLE(Code.COMPLETENESS_TABLE, "完整性：表样集标明必须公开（required: true）的每张表都在公开文件中",
            "公开文件所用表样集中 required 为 true 的表样；表格部分写了 not_transcribed（原文表格以图片等形式公开、没有转录）时不核对",
            "本公开文件没有“国有资本经营预算财政拨款支出决算表”：表样集 final-2021 标明这张表必须公开（没有数据时公开空表并说明）"),
    EMPTY_TABLE(Code.COMPLETENESS_EMPTY_TABLE, "完整性：空表有空表说明（如“本部门无政府性基金预算财政拨款收支，故此表为空表”）",
            "没有一个不为零的金额、也没有写 missing（原文缺失）的表：表下有 statement，或表注、正文中有一句说明没有这张表所载的收支"
                    + "（按表样的声明：“三公”经费，或各金额列共同的资金范围，如政府性基金预算）",
            "表5“2021 年政府性基金预算支出表”没有数据（没有一个不为零的金额），但没有说明为什么是空表：表下没有空表说明（statement），"
                    + "正文中也没有说明本部门没有“政府性基金预算”的收支"),
    TIMELY(Code.TIMELINESS_PUBLISHED, "及时性：在批复后 20 日内公开（《预算法》第十四条）",
            "写了批复日期 approved 的公开文件：与公开日期 published 相比；没有或无法识别公开日期时也报告",
            "批复日期 2021 年 1 月 20 日，公开日期 2021 年 2 月 19 日：批复后第 30 日才公开，晚于 20 日的期限"),
    ROUNDING_SUM(Code.ROUNDING_SUM, "舍入：合计与其各项之和相差不超过 0.005×项数（n 个各自四舍五入到 0.01 的数相加可能差这么多）",
            "上列各条求和的规则（identity.column、identity.row、hierarchy.sum、cross.basic-split、narrative.parts）在舍入范围之内、但不完全相等时",
            "表3 “221 住房保障支出”：1 栏 10.01 与 （2+3） 栏之和 10.00 相差 0.01，在 2 个数的舍入范围（0.005×2＝0.010）之内"),
    ROUNDING_PERCENT(Code.ROUNDING_PERCENT, "舍入：百分比截尾而不是四舍五入，或只在所印金额的舍入误差之内相符",
            "上列各条核对百分比的规则（narrative.change、narrative.rate、narrative.share、perf.execution-rate）不报告、"
                    + "但所写百分比不等于所印金额之商四舍五入到所写小数位时",
            "执行数 79.55 ÷ 预算数 82.93 ＝ 95.92%，四舍五入到整数为 96%，原文写 95%（截尾，而不是四舍五入）");

    private final Code code;
    private final String what;
    private final String scope;
    private final String example;

    Rule(Code code, String what, String scope, String example) {
        this.code = code;
        this.what = what;
        this.scope = scope;
        this.example = example;
    }

    public Code code() {
        return code;
    }

    public String id() {
        return code.id();
    }

    public Severity severity() {
        return code.severity();
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
