package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The open data of the small fixture: CSV bytes, the disclosure JSON, datapackage.json, the links to them. */
class OpenDataTest {

    /** Jackson, keeping decimals exact (1.10 stays 1.10) and refusing duplicate keys. */
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    @TempDir
    Path tmp;

    private Fixture built() throws IOException {
        Fixture fx = new Fixture(tmp);
        Fixture.Run run = fx.build();
        assertEquals(0, run.exit(), run.err());
        return fx;
    }

    @Test
    void csvIsExcelFriendlyRfc4180WithAmountsAsWritten() throws IOException {
        Fixture fx = built();
        byte[] csv = Files.readAllBytes(fx.out.resolve("data/testdept/2021-final/expense.csv"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv, 3), "UTF-8 BOM");
        String text = new String(csv, StandardCharsets.UTF_8);
        assertEquals("\uFEFF项目/科目编码,项目/科目名称,本年支出合计,基本支出,项目支出\r\n"
                + ",合计,2812.11,1.10,-\r\n"
                + "201,一般公共服务支出,2697.42,0.00,\r\n", text);
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaks() throws IOException {
        Fixture fx = new Fixture(tmp);
        String name = "一般公共服务支出, 含\\\"引号\\\"\\n和换行";
        fx.write("testdept/2021-final.yaml", Fixture.DISCLOSURE.replace("[\"201\", 一般公共服务支出,", "[\"201\", \"" + name + "\",")
                .replace("“201 一般公共服务支出”", "“201 " + name + "”"));
        assertEquals(0, fx.build().exit());
        List<List<String>> records = CsvReader.read(Files.readAllBytes(fx.out.resolve("data/testdept/2021-final/expense.csv")));
        assertEquals("一般公共服务支出, 含\"引号\"\n和换行", records.get(2).get(1));
        String raw = Files.readString(fx.out.resolve("data/testdept/2021-final/expense.csv"));
        assertTrue(raw.contains("201,\"一般公共服务支出, 含\"\"引号\"\"\n和换行\",2697.42"), raw);
    }

    @Test
    void disclosureJsonHoldsIdentityPartsTablesAndFigures() throws IOException {
        Fixture fx = built();
        JsonNode d = JSON.readTree(fx.out.resolve("data/testdept/2021-final.json").toFile());
        assertEquals("gongkai-disclosure/1", d.get("format").asText());
        assertEquals("testdept", d.at("/department/id").asText());
        assertEquals("测试区大数据中心", d.at("/department/name").asText());
        assertEquals("2021", d.get("year").asText());
        assertEquals("决算", d.get("kind").asText());
        assertEquals("2022-10-27", d.get("published").asText(), "dates stay text as written");
        assertEquals(List.of("overview", "tables", "glossary"), d.get("parts").findValuesAsText("type"));
        assertTrue(d.at("/parts/0/sections/0/text").asText().contains("编号 0123 与 NO 照原文"));
        JsonNode table = d.at("/parts/1/tables/0");
        assertEquals("表3", table.get("number").asText());
        assertEquals("2021-final/expense.csv", table.get("csv").asText());
        assertEquals("项目/科目编码", table.at("/columns/0/heading").asText());
        assertEquals("functional", table.at("/columns/0/scheme").asText());
        assertEquals("1", table.at("/columns/2/col").asText());
        JsonNode first = table.at("/rows/0");
        assertEquals("", first.get(0).asText());
        assertEquals(new BigDecimal("2812.11"), first.get(2).decimalValue());
        assertEquals(new BigDecimal("1.10"), first.get(3).decimalValue(), "written digits kept: 1.10 is not 1.1");
        assertEquals("-", first.get(4).asText(), "a printed dash stays a dash");
        JsonNode second = table.at("/rows/1");
        assertEquals(new BigDecimal("0.00"), second.get(3).decimalValue());
        assertTrue(second.get(4).isNull(), "a blank amount is null, not 0");
        assertEquals("基本支出", d.at("/parts/2/terms/0/term").asText());
    }

    @Test
    void dataPackageDescribesEveryCsvAsAFiscalResource() throws IOException {
        Fixture fx = built();
        JsonNode dp = JSON.readTree(fx.out.resolve("datapackage.json").toFile());
        assertEquals("*", dp.at("/profiles/fiscal").asText());
        assertEquals("2021-01-01", dp.at("/fiscalPeriod/start").asText());
        assertFalse(dp.has("licenses"), "no licence in site.yaml, none claimed");
        JsonNode res = dp.at("/resources/0");
        assertEquals("testdept-2021-final-expense", res.get("name").asText());
        byte[] csv = Files.readAllBytes(fx.out.resolve(res.get("path").asText()));
        assertEquals(csv.length, res.get("bytes").asLong());
        assertEquals("sha256:" + Fixture.sha256(csv), res.get("hash").asText());
        List<String> header = CsvReader.read(csv).get(0);
        assertEquals(header, res.at("/schema/fields").findValuesAsText("name"));
        assertEquals("number", res.at("/schema/fields/2/type").asText());

        JsonNode measure = dp.at("/model/measures/testdept-2021-final-expense-c3");
        assertEquals("本年支出合计", measure.get("source").asText());
        assertEquals("CNY", measure.get("currency").asText());
        assertEquals(10000, measure.get("factor").asInt());
        assertEquals("executed", measure.get("phase").asText());
        assertEquals("expenditure", measure.get("direction").asText());
        assertEquals(3, dp.at("/model/measures").size(), "one measure per amount column");

        JsonNode functional = dp.at("/model/dimensions/testdept-2021-final-expense-functional");
        assertEquals("classification", functional.get("dimensionType").asText());
        assertEquals("functional", functional.get("classificationType").asText());
        assertEquals("项目/科目编码", functional.at("/attributes/code/source").asText());
        assertEquals("code", functional.at("/attributes/title/labelfor").asText());
        assertEquals("testdept", dp.at("/model/dimensions/testdept-2021-final-expense-department/attributes/id/constant").asText());
    }

    @Test
    void licenceFromSiteYamlReachesDataPageAndPackage() throws IOException {
        Fixture fx = new Fixture(tmp);
        fx.write("site.yaml", Fixture.SITE + "licence: 可自由复制和再利用，请注明来源。\n");
        assertEquals(0, fx.build().exit());
        Document data = Jsoup.parse(fx.page("data.html"));
        assertTrue(data.selectFirst("#licence").parent().text().contains("可自由复制和再利用，请注明来源。"));
        JsonNode dp = JSON.readTree(fx.out.resolve("datapackage.json").toFile());
        assertEquals("可自由复制和再利用，请注明来源。", dp.at("/licenses/0/title").asText());
        assertEquals("data.html", dp.at("/licenses/0/path").asText());
    }

    @Test
    void pagesLinkToTheirDownloads() throws IOException {
        Fixture fx = built();
        Path tablePage = fx.out.resolve("testdept/2021-final/tables/expense.html");
        Element csv = Jsoup.parse(Files.readString(tablePage)).selectFirst("a[download]");
        assertNotNull(csv);
        assertTrue(csv.text().contains("下载"));
        assertEquals("../../../data/testdept/2021-final/expense.csv", csv.attr("href"));
        assertTrue(Files.isRegularFile(tablePage.getParent().resolve(csv.attr("href")).normalize()));

        Path overview = fx.out.resolve("testdept/2021-final/index.html");
        Element json = Jsoup.parse(Files.readString(overview)).selectFirst("a[type=application/json]");
        assertNotNull(json);
        assertTrue(Files.isRegularFile(overview.getParent().resolve(json.attr("href")).normalize()));

        Document data = Jsoup.parse(fx.page("data.html"));
        assertEquals("开放数据", data.selectFirst("h1").text());
        // data.html links each department's downloads page, which links every file.
        Set<String> index = new HashSet<>(data.select("section a").eachAttr("href"));
        assertTrue(index.contains("downloads/testdept.html"), index.toString());
        Document downloads = Jsoup.parse(fx.page("downloads/testdept.html"));
        Set<String> hrefs = new HashSet<>(downloads.select("main ul.downloads a").eachAttr("href"));
        assertTrue(hrefs.contains("../data/testdept/2021-final/expense.csv"), hrefs.toString());
        assertTrue(hrefs.contains("../data/testdept/2021-final.json"), hrefs.toString());
        assertTrue(hrefs.contains("../data/testdept/2021-final.xlsx"), hrefs.toString());
        for (String href : hrefs) {
            assertTrue(Files.isRegularFile(fx.out.resolve("downloads").resolve(href).normalize()), href);
        }
        assertTrue(Jsoup.parse(fx.page("index.html")).select("footer a[href=data.html]").size() == 1, "footer links to 开放数据");
    }
}
