package org.gongkai.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The SVG itself: well-formed, accessible, and the same bytes for the same data on any machine. */
class SvgChartRendererTest {

    /** Regenerate the golden file with -Dgongkai.updateGolden=true, and review the diff. */
    static final Path GOLDEN = Path.of("src/test/resources/charts/golden-functional.svg");

    static ChartSpec split() {
        return new ChartSpec("expense-split", ChartSpec.Kind.SHARES, "支出决算结构：基本支出与项目支出",
                "武汉市武昌区大数据中心 · 2019 年度决算",
                List.of(new ChartSpec.Item("基本支出", new BigDecimal("329.25")),
                        new ChartSpec.Item("项目支出", new BigDecimal("2204.00"))),
                new ChartSpec.Total("本年支出合计", new BigDecimal("2533.25")), "表3 2019年度支出决算表（合计行）",
                "上缴上级支出 & <其他> 为空白");
    }

    /** Long names that wrap: line breaks depend on measured widths. */
    static ChartSpec wrapping() {
        return new ChartSpec("expense-functional", ChartSpec.Kind.SHARES, "支出决算按功能分类（类）",
                "武汉市武昌区大数据中心 · 2019 年度决算",
                List.of(new ChartSpec.Item("一般公共服务支出", new BigDecimal("2455.10")),
                        new ChartSpec.Item("机关事业单位基本养老保险缴费支出（Test 2019）", new BigDecimal("23.32")),
                        new ChartSpec.Item("住房保障支出", new BigDecimal("0.13"))),
                null, "表3 2019年度支出决算表（类级科目行）", "");
    }

    static ChartSpec years() {
        return new ChartSpec("total-change", ChartSpec.Kind.YEARS, "收、支决算总计变动情况", "测试区大数据中心 · 2021 年度决算",
                List.of(new ChartSpec.Item("2020 年", new BigDecimal("917.02")),
                        new ChartSpec.Item("2021 年", new BigDecimal("1118.78"))),
                null, "表1", "");
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSameDataGivesTheSameBytes() throws Exception {
        String once = new SvgChartRenderer().render(split()).document();
        assertEquals(once, new SvgChartRenderer().render(split()).document());
        // Drawn on several threads at once, as the build does.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> new SvgChartRenderer().render(split()).document()));
            }
            for (Future<String> r : results) {
                assertEquals(once, r.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void matchesTheGoldenFileSoLayoutDoesNotDependOnTheMachinesFonts() throws IOException {
        String svg = new SvgChartRenderer().render(wrapping()).document();
        if (Boolean.getBoolean("gongkai.updateGolden")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, svg, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), svg,
                "chart layout changed; if intended, regenerate with -Dgongkai.updateGolden=true and review the diff");
    }

    @Test
    void labelsAreMeasuredWithTheBundledFont() {
        assertEquals("Gongkai Chart Sans", ChartFont.family());
        // CJK ideographs are one em wide; digits and Latin have the bundled font's own advances.
        assertEquals(56.0, ChartFont.width("基本支出", 14), 0.01);
        assertTrue(ChartFont.width("2,204.00", 13) > 30, "digits measured, not zero");
        assertEquals(14.0, ChartFont.width("\uD840\uDC00", 14), 0.01, "outside the subset: one em, like any ideograph");
    }

    @Test
    void isWellFormedAndNamedForAssistiveTechnology() throws Exception {
        ChartSpec spec = split();
        Document doc = parse(new SvgChartRenderer().render(spec).document());
        Element svg = doc.getDocumentElement();
        assertEquals("svg", svg.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
        assertEquals("img", svg.getAttribute("role"));
        assertEquals(spec.id() + "-title " + spec.id() + "-desc", svg.getAttribute("aria-labelledby"));
        assertTrue(svg.getAttribute("viewBox").startsWith("0 0 380 "), svg.getAttribute("viewBox"));
        List<Element> children = elements(svg);
        assertEquals("title", children.get(0).getLocalName());
        assertEquals("武汉市武昌区大数据中心 · 2019 年度决算：支出决算结构：基本支出与项目支出", children.get(0).getTextContent());
        assertEquals("desc", children.get(1).getLocalName());
        String desc = children.get(1).getTextContent();
        for (String s : List.of("本年支出合计 2,533.25 万元", "基本支出 329.25 万元，占 13.00%",
                "项目支出 2,204.00 万元，占 87.00%", "上缴上级支出 & <其他> 为空白", Numbers.RULE)) {
            assertTrue(desc.contains(s), s + " in " + desc);
        }
        String text = doc.getDocumentElement().getTextContent();
        for (String s : List.of("329.25 万元（13.00%）", "2,204.00 万元（87.00%）", "单位：万元")) {
            assertTrue(text.contains(s), s);
        }
    }

    @Test
    void everyIdIsDerivedFromTheData() throws Exception {
        for (ChartSpec spec : List.of(split(), years(), wrapping())) {
            String svg = new SvgChartRenderer().render(spec).element();
            Matcher m = Pattern.compile("\\bid='([^']*)'").matcher(svg);
            int ids = 0;
            while (m.find()) {
                assertTrue(m.group(1).startsWith(spec.id()), m.group(1));
                ids++;
            }
            assertTrue(ids >= 3);
            assertFalse(svg.contains("font-family: \"Gongkai"), "the SVG names readers' fonts, not the bundled one");
            assertTrue(svg.contains("font-family: \"Noto Sans CJK SC\""), "fallback list");
            parse(svg);
        }
        assertFalse(split().id().equals(years().id()));
    }

    @Test
    void sameSvgOnAMachineWithoutCjkFonts(@TempDir Path tmp) throws Exception {
        // A JVM that sees one Latin font only (fontconfig and Java's font path pointed at a folder
        // holding DejaVu Sans, an empty home so no font cache is read), as on a bare CI machine.
        Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        assumeTrue(Files.isRegularFile(dejavu), "跳过：没有 DejaVu Sans 可作为唯一的系统字体");
        Path fonts = Files.createDirectories(tmp.resolve("fonts"));
        Files.copy(dejavu, fonts.resolve("DejaVuSans.ttf"));
        Path conf = tmp.resolve("fonts.conf");
        Files.writeString(conf, "<?xml version=\"1.0\"?>\n<fontconfig><dir>" + fonts + "</dir><cachedir>"
                + tmp.resolve("fc-cache") + "</cachedir></fontconfig>\n");
        Path out = tmp.resolve("out");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Duser.home=" + tmp.resolve("home"),
                "-Dsun.java2d.fontpath=" + fonts,
                "-cp", System.getProperty("java.class.path"), OtherMachine.class.getName(), out.toString());
        pb.environment().put("FONTCONFIG_FILE", conf.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), log);
        assertTrue(log.contains("fonts: [DejaVu Sans"), "the child saw only DejaVu: " + log);
        assertEquals(new SvgChartRenderer().render(split()).document() + new SvgChartRenderer().render(wrapping()).document(),
                Files.readString(out, StandardCharsets.UTF_8));
    }

    /** Entry point of the JVM above: prints the fonts it sees, writes the two charts. */
    static final class OtherMachine {
        public static void main(String[] args) throws IOException {
            System.out.println("fonts: " + java.util.Arrays.toString(
                    java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
            Files.writeString(Path.of(args[0]), new SvgChartRenderer().render(split()).document()
                    + new SvgChartRenderer().render(wrapping()).document(), StandardCharsets.UTF_8);
        }
    }

    private static List<Element> elements(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void barsStayFiniteWhateverTheValue() {
        assertEquals(1e16, SvgChartRenderer.plottable(new BigDecimal("1e400")));
        assertEquals(-1e16, SvgChartRenderer.plottable(new BigDecimal("-1" + "0".repeat(400))));
        assertEquals(2812.11, SvgChartRenderer.plottable(new BigDecimal("2812.11")));
        assertEquals(0.0, SvgChartRenderer.plottable(new BigDecimal("1e-400")));
    }

    @Test
    void wrappedTextIsBounded() {
        assertEquals("名".repeat(SvgChartRenderer.TEXT_MAX) + "…", SvgChartRenderer.bounded("名".repeat(10_000)));
        assertEquals("短名称", SvgChartRenderer.bounded("短名称"));
    }
}
