package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gongkai.model.Column;
import org.gongkai.model.Form;
import org.gongkai.model.HeaderNode;
import org.gongkai.model.Role;
import org.gongkai.model.Scheme;
import org.junit.jupiter.api.Test;

/**
 * Only the tables lists change; comments, quoting and the other parts stay byte for byte (a comment
 * above the first table stays too; comments inside the list go with the old tables).
 */
class TablesSpliceTest {

    static final Form FORM;

    static {
        Column name = new Column(0, "项目", Role.NAME, Scheme.OTHER, "", 0);
        Column amount = new Column(1, "金额", Role.AMOUNT, Scheme.OTHER, "", 0);
        FORM = new Form("simple", "简表", "", "", List.of(new HeaderNode("项目", List.of(), name), new HeaderNode("金额", List.of(), amount)),
                List.of(name, amount), 1, "", List.of());
    }

    static ImportedTable table(String title, String notes) {
        return new ImportedTable("s", FORM, "表1", title, "", "万元", List.of(List.of("合计", "1.00"), List.of("=cmd|' /C calc'!A0", "")),
                "", "", notes);
    }

    static final String HEAD = """
            # 江汉区 2021 决算：照原文转录
            year: 2021   # 年度
            kind: 决算
            forms: test
            parts:
              - type: overview
                title: '第一部分'   # 单引号照旧
                sections: []
              - type: tables
                title: 第二部分
                tables:
            """;
    static final String TAIL = """
              # 情况说明从这里开始
              - type: narrative
                title: "第三部分"
                sections: []
            """;

    @Test
    void replacesOnlyTheTablesList() {
        String old = HEAD + String.join("\n",
                "      # 表1 的注释",
                "      - form: simple",
                "        number: 表1",
                "        title: 旧表",
                "        rows:",
                "          - [合计, \"9.00\"]   # 行注释",
                "        notes: |-",
                "          旧的表注",
                "",
                "") + TAIL;
        String now = TablesSplice.splice(old, List.of(table("新表", "注：第一行\n\n第二行"))).orElseThrow();
        assertEquals(HEAD + String.join("\n",
                "      # 表1 的注释",
                "      - form: simple",
                "        number: \"表1\"",
                "        title: \"新表\"",
                "        unit: \"万元\"",
                "        rows:",
                "          - [\"合计\", \"1.00\"]",
                "          - [\"=cmd|' /C calc'!A0\", \"\"]",
                "        notes: |-",
                "          注：第一行",
                "",
                "          第二行",
                "",
                "") + TAIL, now);
    }

    @Test
    void anEmptyFlowListGetsTheTablesAndQuotesAreEscaped() {
        String old = HEAD.replace("tables:\n", "tables: []   # 待导入\n") + TAIL;
        String now = TablesSplice.splice(old, List.of(table("含\"引号\"与\\反斜杠", ""))).orElseThrow();
        assertTrue(now.startsWith(HEAD.replace("tables:\n", "tables:   # 待导入\n      - form: simple\n")), now);
        assertTrue(now.contains("title: \"含\\\"引号\\\"与\\\\反斜杠\""), now);
        assertTrue(now.endsWith("\"\"]\n" + TAIL), now);
    }

    @Test
    void aFileWithoutTablesPartIsRefused() {
        assertTrue(TablesSplice.splice("year: 2021\nparts: []\n", List.of(table("t", ""))).isEmpty());
    }
}
