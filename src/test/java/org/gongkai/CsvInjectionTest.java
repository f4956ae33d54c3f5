package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV files are opened in Excel: text cells and headings that would start a formula get a leading
 * single quote, while amounts (negative ones included) and the lone dash stay as written. Exact
 * bytes, and datapackage.json names the columns as the CSV header does.
 */
class CsvInjectionTest {

    @TempDir
    Path dir;

    @Test
    void formulaTextIsQuotedAndAmountsStayNumbers() throws IOException {
        Fixture f = new Fixture(dir);
        f.write("forms/test-final.yaml", """
                id: test-final
                kind: 决算
                name: 测试表样
                forms:
                  - id: expense
                    name: 支出决算表
                    columns:
                      - { label: 科目编码, role: code, scheme: functional }
                      - { label: "=科目名称", role: name }
                      - { label: "@本年支出", col: "1" }
                      - { label: "说明", role: text }
                """);
        f.write("testdept/2021-final.yaml", """
                year: 2021
                kind: 决算
                title: 2021 年度测试区大数据中心部门决算公开
                forms: test-final
                parts:
                  - type: tables
                    title: 第二部分 决算表
                    tables:
                      - form: expense
                        number: 表3
                        title: 2021 年度支出决算表
                        rows:
                          - ["", "=HYPERLINK(\\"https://evil.example/\\",\\"合计\\")", "-1,234.50", "+1"]
                          - ["201", "一般公共服务支出", "-", "-其他"]
                          - ["20101", "@SUM(A1:A2)", "--", "=cmd|' /C calc'!A0"]
                          - ["2010101", "行政运行", "12.00", "a=b, -c"]
                          - ["2010102", "一般行政管理事务", "", "\\t=1"]
                acknowledgements:
                  - rule: hierarchy.sum
                    subject: "表3 “20101 @SUM(A1:A2)” 1 栏（@本年支出）"
                    note: 原文如此。
                """);
        Fixture.Run run = f.build();
        assertEquals(0, run.exit(), run.err());
        String expected = "\uFEFF科目编码,'=科目名称,'@本年支出,说明\r\n"
                + ",\"'=HYPERLINK(\"\"https://evil.example/\"\",\"\"合计\"\")\",-1234.50,'+1\r\n"
                + "201,一般公共服务支出,-,'-其他\r\n"
                + "20101,'@SUM(A1:A2),'--,'=cmd|' /C calc'!A0\r\n"
                + "2010101,行政运行,12.00,\"a=b, -c\"\r\n"
                + "2010102,一般行政管理事务,,'=1\r\n";
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(f.out.resolve("data/testdept/2021-final/expense.csv")),
                () -> f.out.resolve("data/testdept/2021-final/expense.csv").toString());
        String datapackage = Files.readString(f.out.resolve("datapackage.json"));
        assertTrue(datapackage.contains("\"name\": \"'=科目名称\"") && datapackage.contains("\"source\": \"'@本年支出\""), datapackage);
    }
}
