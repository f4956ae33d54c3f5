package org.gongkai.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.cli.Main;
import org.gongkai.render.site.Addresses;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison on made-up content (no seed names, files or figures): departments are grouped by
 * peer_group, figures are found by the forms' measures, and the caveat appears exactly when years
 * or kinds differ.
 */
class ComparisonFixtureTest {

    static final String FORMS = """
            id: cmp-final
            kind: 决算
            name: 比较测试表样
            total_rows:
              - { name: 人员经费合计, measure: personnel }
              - { name: 公用经费合计, measure: public }
              - { name: "*总计", grand: true }
              - { name: "*合计" }
            forms:
              - id: expense
                name: 支出决算表
                scope: all
                columns:
                  - { label: 科目编码, role: code, scheme: functional }
                  - { label: 科目名称, role: name }
                  - { label: 本年支出合计, measure: expense }
                  - { label: 基本支出, measure: basic }
                  - { label: 项目支出, measure: project }
            """;

    static String disclosure(String year, String total, String basic, String project) {
        return """
                year: %s
                kind: 决算
                title: %s 年度测试部门决算
                forms: cmp-final
                parts:
                  - type: tables
                    title: 决算表
                    tables:
                      - form: expense
                        number: 表1
                        title: 支出决算表
                        rows:
                          - ["", 合计, "%s", "%s", "%s"]
                          - ["201", 一般公共服务支出, "%s", "%s", "%s"]
                """.formatted(year, year, total, basic, project, total, basic, project);
    }

    @TempDir
    Path root;

    void write(String path, String text) throws IOException {
        Path p = root.resolve("content").resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    Document build() throws IOException {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"build", "--content", root.resolve("content").toString(), "--out",
                root.resolve("out").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        return page(Addresses.compareGroup(Addresses.groupSlug("测试站")));
    }

    Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(root.resolve("out").resolve(path)));
    }

    void content(String secondYear) throws IOException {
        write("site.yaml", "title: 比较测试\n");
        write("forms/cmp-final.yaml", FORMS);
        write("aaa/department.yaml", "name: 甲测试站\npeer_group: 测试站\n");
        write("aaa/2020-final.yaml", disclosure("2020", "100.00", "60.00", "40.00"));
        write("bbb/department.yaml", "name: 乙测试站\npeer_group: 测试站\n");
        write("bbb/" + secondYear + "-final.yaml", disclosure(secondYear, "300.50", "200.25", "100.25"));
        write("ccc/department.yaml", "name: 丙单位\npeer_group: 其他\n");
    }

    @Test
    void sameYearAndKindHaveNoCaveat() throws IOException {
        content("2020");
        Document c = build();
        String g = Addresses.groupSlug("测试站");
        Element latest = c.selectFirst("#" + g + "-latest");
        assertNotNull(latest, c.select("main").html());
        assertTrue(latest.select(".caveat").isEmpty());
        Element table = latest.selectFirst("table.figure-table");
        assertEquals(List.of("100.00", "300.50"), PortalPagesTest.row(table, "本年支出合计"));
        assertEquals(List.of("60.00", "200.25"), PortalPagesTest.row(table, "基本支出"));
        assertEquals(List.of("40.00", "100.25"), PortalPagesTest.row(table, "项目支出"));
        assertEquals(List.of("100.00", "300.50"), PortalPagesTest.row(table, "201 一般公共服务支出"));
        assertEquals(List.of("—", "—"), PortalPagesTest.row(table, "“三公”经费"));
        // A group of one (丙单位) is not compared.
        Document index = page("compare.html");
        assertFalse(index.text().contains("其他") || c.text().contains("丙单位"), index.text());
        assertTrue(Files.notExists(root.resolve("out").resolve(Addresses.compareGroup(Addresses.groupSlug("其他")))));
        assertNotNull(page(Addresses.comparison(g, "2020", org.gongkai.model.Kind.FINAL)).selectFirst("#" + g + "-2020-final"));
    }

    @Test
    void differentYearsAreFlagged() throws IOException {
        content("2021");
        Document c = build();
        String g = Addresses.groupSlug("测试站");
        String caveat = c.selectFirst("#" + g + "-latest .caveat").text();
        assertTrue(caveat.contains("2020、2021"), caveat);
        assertTrue(c.select("[id^=" + g + "-202]").isEmpty(), "no same-year comparison");
        assertTrue(Files.notExists(root.resolve("out").resolve(Addresses.compareFolder(g))), "no same-year page");
    }
}
