package org.gongkai.diag;

/**
 * Every diagnostic code the tool can emit, with its severity and what it means (Chinese, for
 * docs/diagnostics.md). The id is what users see in {@code [brackets]}, in {@code check --format
 * json} and in {@code acknowledgements}; the constant's name is the id in upper case with '.' and
 * '-' as '_'. Codes of the {@link Stage#RULE} stage are the validator's findings; the validator's
 * own rule table (check.Rule) adds what each checks and where.
 */
public enum Code {

    // Reading the content directory and its files.
    IO_CONTENT_DIR("io.content-dir", Stage.LOAD, Severity.ERROR, "内容目录不存在、不是目录或无法列出：用 --content 指定包含 site.yaml 的内容目录，检查读取权限"),
    IO_DIRECTORY("io.directory", Stage.LOAD, Severity.ERROR, "应是 YAML 文件的位置是一个目录：给出文件路径，或把目录中的文件移到正确位置"),
    IO_UNREADABLE("io.unreadable", Stage.LOAD, Severity.ERROR, "无法读取文件：检查文件是否存在以及读取权限"),
    CONTENT_SYMLINK("content.symlink", Stage.LOAD, Severity.ERROR, "内容目录中有符号链接（生成时不跟随）：把链接指向的文件或目录复制到这里"),
    CONTENT_FILE_NAME("content.file-name", Stage.LOAD, Severity.ERROR, "部门目录中有无法识别的文件名：公开文件命名为 <年度>-budget.yaml 或 <年度>-final.yaml"),
    LOAD_TOO_LARGE("load.too-large", Stage.LOAD, Severity.ERROR, "文件超过内容文件的大小上限：检查是否误放了其他文件"),
    LOAD_ENCODING("load.encoding", Stage.LOAD, Severity.ERROR, "文件不是有效的 UTF-8 编码：用 UTF-8 编码另存"),
    LOAD_EMPTY("load.empty", Stage.LOAD, Severity.ERROR, "文件为空：参照 docs/content-schema.md 填写内容"),
    LOAD_CONTROL_CHAR("load.control-char", Stage.LOAD, Severity.ERROR, "文件或文本中有不允许的控制字符（看不见，还可能改变终端显示）：删除它"),
    LOAD_TOO_DEEP("load.too-deep", Stage.LOAD, Severity.ERROR, "YAML 嵌套层级超过上限：检查文件是否损坏"),
    LOAD_TOO_MANY("load.too-many", Stage.LOAD, Severity.ERROR, "列表的项数超过上限：检查文件是否由程序错误生成"),
    LOAD_TOO_LONG("load.too-long", Stage.LOAD, Severity.ERROR, "键、文本、名称或全文的 Markdown 正文超过长度上限：检查是否缺少“: ”后的空格或引号，或把多格内容写进了一格"),
    LOAD_MARKDOWN("load.markdown", Stage.LOAD, Severity.ERROR, "Markdown 正文嵌套过深或标记字符过多：照提示简化这一段"),
    YAML_TAB("yaml.tab", Stage.LOAD, Severity.ERROR, "YAML 中用了 Tab 字符：缩进只能用空格"),
    YAML_SYNTAX("yaml.syntax", Stage.LOAD, Severity.ERROR, "YAML 语法错误（缩进、引号、括号、冒号等）：照消息和提示改这一行"),
    YAML_ALIAS("yaml.alias", Stage.LOAD, Severity.ERROR, "用了锚点或别名（& 与 *）：把引用的内容直接写出来；以 & 或 * 开头的文本要加引号"),
    YAML_TAG("yaml.tag", Stage.LOAD, Severity.ERROR, "用了标签（以 ! 开头的类型标记）：删去；以 ! 开头的文本要加引号"),
    YAML_DIRECTIVE("yaml.directive", Stage.LOAD, Severity.ERROR, "用了 YAML 指令（以 % 开头的行）：删除这一行；以 % 开头的文本要加引号"),
    YAML_ESCAPE("yaml.escape", Stage.LOAD, Severity.ERROR, "双引号文本中的转义序列无法识别或不完整：反斜杠本身写成 `\\\\`，或改用单引号"),
    YAML_DUPLICATE_KEY("yaml.duplicate-key", Stage.LOAD, Severity.ERROR, "同一映射中有重复的键：删去或合并其中一个"),
    YAML_COMPLEX_KEY("yaml.complex-key", Stage.LOAD, Severity.ERROR, "键不是简单文本：键写成 docs/content-schema.md 中的英文单词"),
    SCHEMA_TYPE("schema.type", Stage.LOAD, Severity.ERROR, "值的类型不对（应为映射、文本或列表）：参照 docs/content-schema.md 的示例"),
    SCHEMA_UNKNOWN_KEY("schema.unknown-key", Stage.LOAD, Severity.ERROR, "未知的键（多为拼写错误或缩进不对）：改成提示中列出的键"),
    SCHEMA_MISSING_KEY("schema.missing-key", Stage.LOAD, Severity.ERROR, "缺少必填的键：照提示补上"),
    SCHEMA_PART_TYPE("schema.part-type", Stage.LOAD, Severity.ERROR, "未知的部分类型：可用 overview、tables、narrative、text、glossary、performance"),
    SITE_MISSING("site.missing", Stage.LOAD, Severity.ERROR, "内容目录缺少门户设置文件 site.yaml：创建它，至少写 title"),
    SITE_BOOLEAN("site.boolean", Stage.LOAD, Severity.ERROR, "site.yaml 的 show_findings 不是 true 或 false"),
    SITE_BASE_URL("site.base-url", Stage.LOAD, Severity.ERROR, "site.yaml 的 base_url 不是完整的网址：以 http:// 或 https:// 开头，不带 ? 和 #"),
    SITE_LINK("site.link", Stage.LOAD, Severity.ERROR, "site.yaml 的页脚链接不是以 http:// 或 https:// 开头的网址"),
    DEPARTMENT_ID("department.id", Stage.LOAD, Severity.ERROR, "部门目录名不合规（它出现在网址中）：只用小写字母、数字和连字符"),
    DEPARTMENT_MISSING("department.missing", Stage.LOAD, Severity.ERROR, "部门目录缺少 department.yaml：写明部门全称 name"),
    DISCLOSURE_YEAR("disclosure.year", Stage.LOAD, Severity.ERROR, "year 与文件名中的年度不一致：改正其中之一"),
    DISCLOSURE_KIND("disclosure.kind", Stage.LOAD, Severity.ERROR, "kind 不是“预算”或“决算”，或与文件名（-budget、-final）不一致"),
    DISCLOSURE_DATE("disclosure.date", Stage.LOAD, Severity.ERROR, "approved（批复日期）不是可识别的日期：写成 2021 年 1 月 20 日 或 2021-01-20"),
    DISCLOSURE_FORMS("disclosure.forms", Stage.LOAD, Severity.ERROR, "forms 指定的表样集不存在：用提示中的表样集，或在 content/forms/ 中添加"),
    SOURCE_URL("source.url", Stage.LOAD, Severity.ERROR, "source.url 不是以 http:// 或 https:// 开头的网址：写原文发布的网页地址"),
    SOURCE_SHA256("source.sha256", Stage.LOAD, Severity.ERROR, "source.sha256 不是 64 位十六进制数：用 sha256sum 计算原文文件的 SHA-256"),
    SECTION_NUMBER("section.number", Stage.LOAD, Severity.ERROR, "小节编号超出上限：小节标题照原文编号"),
    FIGURE_METRIC("figure.metric", Stage.LOAD, Severity.ERROR, "stated_figures 中未知的指标：用提示中列出的指标标识"),
    FIGURE_VALUE("figure.value", Stage.LOAD, Severity.ERROR, "stated_figures 中的数字无法识别或位数过多：照原文写数字，如 1118.78"),
    FIGURE_YEAR("figure.year", Stage.LOAD, Severity.ERROR, "stated_figures 中的 year 不是四位年份"),
    TABLE_FORMS("table.forms", Stage.LOAD, Severity.ERROR, "表格引用了表样，但文件没有指定表样集：在文件顶层写 forms"),
    TABLE_FORM("table.form", Stage.LOAD, Severity.ERROR, "表样集中没有所引用的表样：用提示中列出的表样标识"),
    TABLE_ROW("table.row", Stage.LOAD, Severity.ERROR, "表格的一行不是单元格列表：写成 [\"201\", 一般公共服务支出, \"2,408.17\"] 的形式"),
    TABLE_ROW_WIDTH("table.row-width", Stage.LOAD, Severity.ERROR, "一行的单元格数与表样的列数不同：按列顺序每列一格，空白写 \"\""),
    TABLE_CELL("table.cell", Stage.LOAD, Severity.ERROR, "单元格不是文本或数字"),
    TABLE_AMOUNT("table.amount", Stage.LOAD, Severity.ERROR, "金额无法识别：写成 1234.56 或 \"1,234.56\"，空白写 \"\"，原文为横线写 -"),
    TABLE_AMOUNT_DIGITS("table.amount-digits", Stage.LOAD, Severity.ERROR, "金额的位数过多：照原文核对这个数"),
    TABLE_CODE("table.code", Stage.LOAD, Severity.ERROR, "科目编码不是 3、5 或 7 位数字：写完整编码，合计行写 \"\""),
    TABLE_LINE("table.line", Stage.LOAD, Severity.ERROR, "行次不是 1–3 位数字：原文没有行次时写 \"\""),
    TABLE_ILLEGIBLE("table.illegible", Stage.LOAD, Severity.ERROR, "illegible 指向的格不存在、已有标记，或 printed 与 rows 中该格照录的内容不同"),
    TABLE_RESTORED_ROW("table.restored-row", Stage.LOAD, Severity.ERROR, "restored 指向的行不存在：行从 1 数"),
    TABLE_RESTORED_COLUMN("table.restored-column", Stage.LOAD, Severity.ERROR, "restored 指向的列不存在或不是金额列：列从 1 数，只能恢复金额"),
    TABLE_RESTORED_TWICE("table.restored-twice", Stage.LOAD, Severity.ERROR, "同一格写了两条 restored：每格只写一条"),
    TABLE_RESTORED_PRINTED("table.restored-printed", Stage.LOAD, Severity.ERROR, "restored 的 printed 与 rows 中该格照录的内容不同：照抄该格"),
    TABLE_RESTORED_VALUE("table.restored-value", Stage.LOAD, Severity.ERROR, "restored 的 value 不是金额"),
    TABLE_RESTORED_DIGITS("table.restored-digits", Stage.LOAD, Severity.ERROR, "restored 的 value 没有按原顺序保留原文所印的数字：只能补回丢失的数字"),
    FORM_ID("form.id", Stage.LOAD, Severity.ERROR, "表样标识不合规：只用小写字母、数字和连字符"),
    FORM_DUPLICATE("form.duplicate", Stage.LOAD, Severity.ERROR, "同一表样集中表样标识重复：每个表样的 id 必须唯一"),
    FORM_ROW("form.row", Stage.LOAD, Severity.ERROR, "表样的固定行不是单元格列表"),
    FORM_ROW_WIDTH("form.row-width", Stage.LOAD, Severity.ERROR, "表样固定行的格数与表样的非金额列数不同"),
    FORM_ROW_LINE("form.row-line", Stage.LOAD, Severity.ERROR, "表样固定行的行次不是 1–3 位数字，或在固定行中重复"),
    FORM_ROW_CODE("form.row-code", Stage.LOAD, Severity.ERROR, "表样固定行的科目编码不是 3、5 或 7 位数字"),
    FORM_ROLE("form.role", Stage.LOAD, Severity.ERROR, "表样中未知的列类型：可用 code、name、line、text、amount"),
    FORM_SCHEME("form.scheme", Stage.LOAD, Severity.ERROR, "表样中未知的科目分类：可用 functional、economic、other"),
    FORM_MEASURE("form.measure", Stage.LOAD, Severity.ERROR, "表样中未知的度量（measure）：用提示中列出的度量"),
    FORM_SCOPE("form.scope", Stage.LOAD, Severity.ERROR, "表样中未知的资金范围（scope）：用提示中列出的资金范围"),
    FORM_MEASURE_ROLE("form.measure-role", Stage.LOAD, Severity.ERROR, "measure 写在了非金额列上：measure 只写在金额列上"),
    FORM_MEASURE_DUPLICATE("form.measure-duplicate", Stage.LOAD, Severity.ERROR, "同一栏组中两列的资金范围和度量相同：同一个数只能由一列给出"),
    FORM_TOTAL_ROW("form.total-row", Stage.LOAD, Severity.ERROR, "合计行（total_rows）的 measure 不是另一度量的组成部分：用 basic、project、personnel、public"),
    FORM_PANELS("form.panels", Stage.LOAD, Severity.ERROR, "表样的 panels 不是正整数，或各组列数之和不等于末级列数"),
    FORM_REQUIRED("form.required", Stage.LOAD, Severity.ERROR, "表样的 required 不是 true 或 false"),
    FORM_RULE("form.rule", Stage.LOAD, Severity.ERROR, "表样的勾稽关系表达式无法识别，或引用了表样中没有的栏次、固定行中没有的行次"),
    LAYOUT_ID("layout.id", Stage.LOAD, Severity.ERROR, "表格版式标识不合规：只用小写字母、数字和连字符"),
    LAYOUT_DUPLICATE("layout.duplicate", Stage.LOAD, Severity.ERROR, "同一处（内置或本站）的表格版式重复定义：版式 id 必须唯一"),
    LAYOUT_COLUMNS("layout.columns", Stage.LOAD, Severity.ERROR, "表格版式缺少列名 columns：照原文写出各列列名"),
    PERFORMANCE_KIND("performance.kind", Stage.LOAD, Severity.ERROR, "未知的绩效表类型：用提示中列出的类型"),
    PERFORMANCE_FIELD("performance.field", Stage.LOAD, Severity.ERROR, "绩效表 fields 的一项不是 [名称, 内容] 两格"),
    PERFORMANCE_BLOCK("performance.block", Stage.LOAD, Severity.ERROR, "绩效表中的一块没有 fields、grid 或 text"),
    PERFORMANCE_LAYOUT("performance.layout", Stage.LOAD, Severity.ERROR, "绩效表引用的表格版式不存在：用提示中的版式，或在 content/performance/ 中添加"),
    PERFORMANCE_ROW_WIDTH("performance.row-width", Stage.LOAD, Severity.ERROR, "绩效表格一行的格数与列数不同：按列顺序每列一格，空白写 \"\""),
    PERFORMANCE_NUMBER("performance.number", Stage.LOAD, Severity.ERROR, "绩效表中的得分、分值、执行率超出范围，或金额位数过多：照原文核对"),
    PERFORMANCE_ROLE("performance.role", Stage.LOAD, Severity.ERROR, "未知的表格块用途：用提示中列出的用途"),
    PERFORMANCE_ROLES("performance.roles", Stage.LOAD, Severity.ERROR, "roles 的项数与列数不同，或有未知的列含义：按列顺序每列写一个含义"),
    PERFORMANCE_GROUPS("performance.groups", Stage.LOAD, Severity.ERROR, "groups 不是 0–9 的整数（树形列的列数）"),
    CATALOGUE_SCHEME("catalogue.scheme", Stage.LOAD, Severity.ERROR, "科目表中未知的分类：可用 functional、economic"),
    CATALOGUE_CODE("catalogue.code", Stage.LOAD, Severity.ERROR, "科目表中的编码不是 3、5 或 7 位数字"),
    CATALOGUE_SINCE("catalogue.since", Stage.LOAD, Severity.ERROR, "科目表中的 since 不是四位年份"),
    CATALOGUE_NAME("catalogue.name", Stage.LOAD, Severity.ERROR, "科目表中的科目缺少名称：写 name 或 names"),
    ASSET_NOT_A_FILE("asset.not-a-file", Stage.LOAD, Severity.ERROR, "content/assets/ 中有子目录：文件直接放在 content/assets/ 中"),
    ASSET_TYPE("asset.type", Stage.LOAD, Severity.ERROR, "content/assets/ 中有不允许的文件（脚本、SVG 或其他类型）：只放样式表、图片和字体"),
    ASSET_REMOTE("asset.remote", Stage.LOAD, Severity.ERROR, "样式表从其他网站加载文件：把文件放到 content/assets/ 中，用相对地址引用"),

    // Checking the loaded content, besides the validator's rules.
    TABLE_LINE_DUPLICATE("table.line-duplicate", Stage.CHECK, Severity.ERROR, "同一张表中行次重复：照原文核对"),
    CATALOGUE_UNKNOWN_CODE("catalogue.unknown-code", Stage.CHECK, Severity.WARNING, "科目编码不在该年度的科目表中：核对编码；确属有效科目时在 content/catalogue/ 中补充它的名称"),
    FORMS_FEATURE("forms.feature", Stage.CHECK, Severity.WARNING, "公开文件所用的表样集缺少某些功能需要的声明（或 without 中有未知的功能名）：按提示在表样中补充，或用 without 说明"),
    ACKNOWLEDGEMENT_UNUSED("acknowledgement.unused", Stage.CHECK, Severity.WARNING, "acknowledgements 中的说明没有对应的校验发现：rule 和 subject 照 check 的输出填写；数据已更正时删去这条说明"),

    // The validator's findings (docs/rules.md): each can be explained in acknowledgements.
    IDENTITY_COLUMN("identity.column", Stage.RULE, Severity.ERROR, "表样印明的栏间勾稽关系不成立：核对这一行的各栏"),
    IDENTITY_ROW("identity.row", Stage.RULE, Severity.ERROR, "表样印明的行间勾稽关系不成立：核对这一栏的各行"),
    HIERARCHY_SUM("hierarchy.sum", Stage.RULE, Severity.ERROR, "上级科目（或合计）不等于其下各级科目之和：核对这些行"),
    CROSS_SAME_FIGURE("cross.same-figure", Stage.RULE, Severity.ERROR, "同一数字在不同表中不一致：核对两张表"),
    CROSS_BASIC_SPLIT("cross.basic-split", Stage.RULE, Severity.ERROR, "基本支出不等于人员经费与公用经费之和：核对这三个合计"),
    CROSS_BALANCE("cross.balance", Stage.RULE, Severity.ERROR, "收入总计不等于支出总计（收支总表应平衡）：核对两个总计"),
    CROSS_FISCAL_INCOME("cross.fiscal-income", Stage.RULE, Severity.ERROR, "财政拨款的本年收入与全部资金表中的财政拨款收入不一致：核对两张表"),
    NARRATIVE_CHANGE("narrative.change", Stage.RULE, Severity.ERROR, "情况说明中的增减额与增减率不一致：核对这一句"),
    NARRATIVE_RATE("narrative.rate", Stage.RULE, Severity.ERROR, "情况说明中的预算完成率不等于决算数÷年初预算数：核对这一句"),
    NARRATIVE_SHARE("narrative.share", Stage.RULE, Severity.ERROR, "情况说明中的占比不等于部分÷整体：核对这一句"),
    NARRATIVE_PARTS("narrative.parts", Stage.RULE, Severity.ERROR, "情况说明中列出的各部分之和不等于整体：核对这一句"),
    NARRATIVE_TABLE("narrative.table", Stage.RULE, Severity.ERROR, "情况说明中的合计数与表中不一致：核对说明和表"),
    PERF_TOTAL_SCORE("perf.total-score", Stage.RULE, Severity.ERROR, "绩效自评表的自评得分不等于各部分得分之和"),
    PERF_EXECUTION_RATE("perf.execution-rate", Stage.RULE, Severity.ERROR, "绩效表的执行率不等于执行数÷预算数"),
    PERF_EXECUTION_SCORE("perf.execution-score", Stage.RULE, Severity.ERROR, "预算执行得分不等于分值×执行率，或超过分值"),
    PERF_INDICATOR_SUM("perf.indicator-sum", Stage.RULE, Severity.ERROR, "绩效指标的上级分值不等于其下各指标分值之和"),
    PERF_PROJECT_AMOUNT("perf.project-amount", Stage.RULE, Severity.ERROR, "同一项目的金额在各处不一致"),
    TEXT_YEAR("text.year", Stage.RULE, Severity.WARNING, "标题中的年度与公开年度不一致"),
    TEXT_NUMBERING("text.numbering", Stage.RULE, Severity.WARNING, "节号不连续（缺号或重号）"),
    TEXT_CATALOGUE_NAME("text.catalogue-name", Stage.RULE, Severity.WARNING, "科目名称与该年度政府收支分类科目的名称不同"),
    TEXT_UNIT("text.unit", Stage.RULE, Severity.WARNING, "表的金额单位不是万元或元"),
    TEXT_UNFILLED("text.unfilled", Stage.RULE, Severity.WARNING, "gongkai new 生成的占位文字“【未填写】”还没有换成原文"),
    COMPLETENESS_TABLE("completeness.table", Stage.RULE, Severity.WARNING, "表样集标明必须公开的表不在公开文件中：照原文核对；原文表格以图片等形式公开、没有转录时，在表格部分写 not_transcribed"),
    COMPLETENESS_EMPTY_TABLE("completeness.empty-table", Stage.RULE, Severity.WARNING, "空表（没有不为零的金额）没有说明为什么为空：照原文写出表下的空表说明（statement）"),
    TIMELINESS_PUBLISHED("timeliness.published", Stage.RULE, Severity.WARNING, "没有在批复后 20 日内公开（或公开日期早于批复日期、无法识别）：核对 approved 和 published"),
    ROUNDING_SUM("rounding.sum", Stage.RULE, Severity.NOTICE, "合计与各项之和不同，但相差不超过 0.005×项数，各数分别四舍五入即可解释；不影响发布"),
    ROUNDING_PERCENT("rounding.percent", Stage.RULE, Severity.NOTICE, "百分比不是按所印金额计算、四舍五入的结果，但截尾或金额本身的舍入可以解释（如 95.92% 写作 95%）；不影响发布"),

    // Building and writing the portal and its packages.
    IO_OUT_REFUSED("io.out-refused", Stage.WRITE, Severity.ERROR, "不能用这个路径作输出目录（当前目录、内容目录、文件、链接、有其他文件的目录等）：换一个不存在的路径、空目录或上次生成的输出目录"),
    IO_ZIP_REFUSED("io.zip-refused", Stage.WRITE, Severity.ERROR, "--zip、--bag、--warc 或 --wacz 的位置不允许（在输出目录或内容目录里、已存在等）：换一个位置"),
    IO_OUT_BUSY("io.out-busy", Stage.WRITE, Severity.ERROR, "另一个生成过程正在写同一个输出目录：等它结束后再生成"),
    IO_WRITE("io.write", Stage.WRITE, Severity.ERROR, "无法锁定或写入输出目录：检查所在磁盘的空间和写权限"),
    IO_ARCHIVE("io.archive", Stage.WRITE, Severity.ERROR, "无法写入 BagIt、WARC 或 WACZ 存档，或 site.yaml 没有它们需要的 base_url"),
    IO_ZIP("io.zip", Stage.WRITE, Severity.ERROR, "门户已生成，但无法写入 ZIP 文件：检查 --zip 所指位置的空间和写权限"),
    WRITE_NOTE("write.note", Stage.WRITE, Severity.WARNING, "生成时留下了没有删除的文件或目录（不是 Gongkai 写入的，或清理未完成）：照消息确认后自行删除");

    /** Which part of a run reports a code; docs/diagnostics.md lists the codes by it. */
    public enum Stage {
        LOAD("读取内容"),
        CHECK("校验"),
        RULE("校验规则的发现"),
        WRITE("生成与写入");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String id;
    private final Stage stage;
    private final Severity severity;
    private final String description;

    Code(String id, Stage stage, Severity severity, String description) {
        this.id = id;
        this.stage = stage;
        this.severity = severity;
        this.description = description;
    }

    /** As printed: {@code yaml.syntax}. */
    public String id() {
        return id;
    }

    public Stage stage() {
        return stage;
    }

    public Severity severity() {
        return severity;
    }

    /** One line (Chinese): what the code means and what to do. */
    public String description() {
        return description;
    }

    /** An I/O problem (unreadable path, not a file) rather than a content mistake: exit code 2. */
    public boolean isIo() {
        return id.startsWith("io.");
    }

    @Override
    public String toString() {
        return id;
    }
}
