package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site's catalogue may add other published wordings of an explanation, each with its source. */
class CatalogueAlternativesTest {

    @TempDir
    Path tmp;

    @Test
    void alternativesShowWithTheirSources() throws IOException {
        Fixture fx = new Fixture(tmp);
        fx.write("catalogue/extra.yaml", """
                scheme: functional
                codes:
                  - code: "201"
                    name: 一般公共服务支出
                    alternatives:
                      - explanation: 反映一般公共服务方面的支出。
                        source: 某区某单位2021年度部门决算·名词解释
                """);
        Fixture.Run run = fx.build();
        assertEquals(0, run.exit(), run.err());
        var dd = Jsoup.parse(fx.page("testdept/2021-final/codes.html")).getElementById("f-201").nextElementSibling();
        assertEquals(2, dd.select("p").size(), dd.outerHtml());
        assertTrue(dd.select("p").get(0).text().contains("（来自《政府收支分类科目》）"), "the bundled wording stays primary");
        assertTrue(dd.select("p").get(1).text().contains("（来自某区某单位2021年度部门决算·名词解释）"));
    }

    @Test
    void anAlternativeWithoutASourceIsAnErrorAtItsPlace() throws IOException {
        Fixture fx = new Fixture(tmp);
        fx.write("catalogue/extra.yaml", """
                scheme: functional
                codes:
                  - code: "201"
                    name: 一般公共服务支出
                    alternatives:
                      - explanation: 反映一般公共服务方面的支出。
                """);
        Fixture.Run run = fx.run("check", "--content", fx.content.toString());
        assertEquals(1, run.exit(), run.out() + run.err());
        String all = run.out() + run.err();
        assertTrue(all.contains("extra.yaml:6:9"), all);
        assertTrue(all.contains("缺少必填的键“source”"), all);
    }
}
