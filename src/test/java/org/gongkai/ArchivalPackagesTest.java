package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.loc.repository.bagit.exceptions.CorruptChecksumException;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.gongkai.json.JsonReader;
import org.gongkai.write.ArchiveInfo;
import org.gongkai.write.Bag;
import org.gongkai.write.BagCheck;
import org.gongkai.write.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.Warcinfo;

/** BagIt bags, WARC files and WACZ packages of a built portal, read back with the reference tools. */
class ArchivalPackagesTest {

    static final String BASE = "https://yjs.example.gov.cn/gk/";

    @TempDir
    Path tmp;
    Fixture fx;
    ArchiveInfo info;

    @BeforeEach
    void build() throws IOException {
        fx = new Fixture(tmp.resolve("fx"));
        fx.write("site.yaml", Fixture.SITE + "contact: 027-12345678\nbase_url: " + BASE + "\n");
        Fixture.Run run = fx.build();
        assertEquals(0, run.exit(), run.err());
        info = new ArchiveInfo("测试主办单位", "027-12345678", "测试门户", LocalDate.of(2022, 10, 27), "gongkai test",
                Optional.of(BASE), List.of());
    }

    @Test
    void theBagIsValidForTheLibraryOfCongressImplementationAndTheSameEveryTime() throws Exception {
        Path a = tmp.resolve("bag-a");
        Path b = tmp.resolve("bag-b");
        Bag.write(fx.out, a, info);
        Bag.write(fx.out, b, info);
        try (BagVerifier verifier = new BagVerifier()) {
            verifier.isValid(new BagReader().read(a), false);
        }
        assertEquals(Fixture.digest(a), Fixture.digest(b), "two bags of the same content are byte-identical");
        assertEquals(List.of(), BagCheck.verify(a));
        String bagInfo = Files.readString(a.resolve("bag-info.txt"));
        assertTrue(bagInfo.contains("Source-Organization: 测试主办单位\n"), bagInfo);
        assertTrue(bagInfo.contains("Contact-Name: 027-12345678\n"), bagInfo);
        assertTrue(bagInfo.contains("Bagging-Date: 2022-10-27\n"), bagInfo);
        long bytes = 0;
        int files = 0;
        for (String f : Fixture.digest(fx.out).keySet()) {
            bytes += Files.size(fx.out.resolve(f));
            files++;
        }
        assertTrue(bagInfo.contains("Payload-Oxum: " + bytes + "." + files + "\n"), bagInfo);
        assertTrue(Files.readString(a.resolve("manifest-sha512.txt")).contains("  data/index.html\n"));
    }

    @Test
    void aTamperedPayloadFileFailsValidationNamingTheFile() throws Exception {
        Path bag = tmp.resolve("bag");
        Bag.write(fx.out, bag, info);
        Files.writeString(bag.resolve("data/index.html"), "<p>changed</p>", StandardCharsets.UTF_8);
        Files.writeString(bag.resolve("data/extra.txt"), "x", StandardCharsets.UTF_8);
        List<String> problems = BagCheck.verify(bag);
        assertTrue(problems.contains("data/index.html：内容已改动（sha256 校验和不符）"), problems.toString());
        assertTrue(problems.contains("data/extra.txt：多余（不在 manifest-sha256.txt 中）"), problems.toString());
        Files.delete(bag.resolve("data/extra.txt"));
        try (BagVerifier verifier = new BagVerifier()) {
            var bagit = new BagReader().read(bag);
            CorruptChecksumException e = assertThrows(CorruptChecksumException.class, () -> verifier.isValid(bagit, false));
            assertTrue(e.getMessage().contains("index.html"), e.getMessage());
        }
    }

    @Test
    void anExistingBagDirectoryIsNeverOverwritten() throws IOException {
        Path bag = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(bag.resolve("keep.txt"), "mine");
        IOException e = assertThrows(IOException.class, () -> Bag.write(fx.out, bag, info));
        assertTrue(e.getMessage().contains("已存在"), e.getMessage());
        assertEquals("mine", Files.readString(bag.resolve("keep.txt")));
    }

    @Test
    void theWarcHasOneResponsePerFileAtItsPublicAddress() throws IOException {
        Path warc = tmp.resolve("site.warc.gz");
        WebArchive.writeWarc(fx.out, warc, info);
        Map<String, String> types = new TreeMap<>();
        List<String> kinds = new ArrayList<>();
        try (WarcReader reader = new WarcReader(warc)) {
            for (WarcRecord r : reader) {
                kinds.add(r.type());
                assertEquals("2022-10-27T00:00:00Z", r.date().toString());
                if (r instanceof WarcResponse response) {
                    types.put(response.target(), response.http().contentType().toString());
                    assertEquals(200, response.http().status());
                } else {
                    assertTrue(r instanceof Warcinfo, r.type());
                }
            }
        }
        assertEquals("warcinfo", kinds.get(0));
        var files = Fixture.digest(fx.out).keySet();
        assertEquals(files.size(), types.size(), "one response record per file");
        for (String f : files) {
            assertTrue(types.containsKey(BASE + f), f);
        }
        assertTrue(types.get(BASE + "index.html").startsWith("text/html"), types.get(BASE + "index.html"));
        Matcher loc = Pattern.compile("<loc>([^<]+)</loc>").matcher(Files.readString(fx.out.resolve("sitemap.xml")));
        int pages = 0;
        while (loc.find()) {
            pages++;
            assertTrue(types.containsKey(loc.group(1)), "the sitemap's " + loc.group(1) + " is in the WARC");
        }
        assertTrue(pages > 3);
        Path again = tmp.resolve("again.warc.gz");
        WebArchive.writeWarc(fx.out, again, info);
        assertEquals(-1L, Files.mismatch(warc, again), "byte-identical");
    }

    @Test
    void theWaczIndexesEveryRecordAndListsThePages() throws Exception {
        Path wacz = tmp.resolve("site.wacz");
        WebArchive.writeWacz(fx.out, wacz, info);
        try (ZipFile zip = new ZipFile(wacz.toFile())) {
            List<String> names = java.util.Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
            assertEquals(List.of("archive/data.warc.gz", "datapackage-digest.json", "datapackage.json",
                    "indexes/index.cdxj", "pages/pages.jsonl"), names);
            Map<?, ?> pkg = (Map<?, ?>) JsonReader.parse(read(zip, "datapackage.json"));
            assertEquals("1.1.1", pkg.get("wacz_version"));
            for (Object o : (List<?>) pkg.get("resources")) {
                Map<?, ?> res = (Map<?, ?>) o;
                byte[] bytes = readBytes(zip, res.get("path").toString());
                assertEquals("sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                        res.get("hash"), res.get("path").toString());
            }
            List<String> cdxj = read(zip, "indexes/index.cdxj").lines().toList();
            assertEquals(cdxj.stream().sorted().toList(), cdxj, "CDXJ is sorted");
            assertEquals(Fixture.digest(fx.out).size(), cdxj.size());
            assertTrue(cdxj.stream().anyMatch(l -> l.startsWith("cn,gov,example,yjs)/gk/index.html 20221027000000 {")),
                    cdxj.get(0));
            Path warc = tmp.resolve("data.warc.gz");
            Files.write(warc, readBytes(zip, "archive/data.warc.gz"));
            for (String line : cdxj) {
                Map<?, ?> json = (Map<?, ?>) JsonReader.parse(line.substring(line.indexOf('{')));
                try (FileChannel ch = FileChannel.open(warc)) {
                    ch.position(((Number) json.get("offset")).longValue());
                    WarcResponse r = (WarcResponse) new WarcReader(ch).next().orElseThrow();
                    assertEquals(json.get("url"), r.target(), "the index points at the record");
                }
            }
            List<String> pages = read(zip, "pages/pages.jsonl").lines().toList();
            assertTrue(pages.get(0).contains("\"json-pages-1.0\""), pages.get(0));
            long html = Fixture.digest(fx.out).keySet().stream().filter(f -> f.endsWith(".html") && !f.equals("404.html")).count();
            assertEquals(html, pages.size() - 1, "every page but 404 is listed");
            assertTrue(pages.stream().anyMatch(p -> p.contains("\"url\": \"" + BASE + "index.html\"") && p.contains("测试门户")),
                    String.join("\n", pages));
        }
        Path again = tmp.resolve("again.wacz");
        WebArchive.writeWacz(fx.out, again, info);
        assertEquals(-1L, Files.mismatch(wacz, again), "byte-identical");
    }

    private static String read(ZipFile zip, String name) throws IOException {
        return new String(readBytes(zip, name), StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    @Test
    void buildAndArchiveMakeTheSamePackagesAndVerifyAcceptsTheBag() throws IOException {
        Path bag = tmp.resolve("bag");
        Fixture.Run build = fx.run("build", "--content", fx.content.toString(), "--out", fx.out.toString(),
                "--bag", bag.toString(), "--warc", tmp.resolve("a.warc.gz").toString(), "--wacz", tmp.resolve("a.wacz").toString());
        assertEquals(0, build.exit(), build.err());
        assertTrue(build.out().contains("已另存为 BagIt 目录 " + bag + "。"), build.out());
        String manifest = Files.readString(fx.out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"generator\": \"gongkai "), manifest);
        assertTrue(manifest.contains("\"base_url\": \"" + BASE + "\""), manifest);

        Fixture.Run archive = fx.run("archive", fx.out.toString(), "--bag", tmp.resolve("bag2").toString(),
                "--wacz", tmp.resolve("b.wacz").toString());
        assertEquals(0, archive.exit(), archive.err());
        assertEquals(Fixture.digest(bag), Fixture.digest(tmp.resolve("bag2")), "build --bag and archive --bag agree");
        assertEquals(-1L, Files.mismatch(tmp.resolve("a.wacz"), tmp.resolve("b.wacz")));

        Fixture.Run verified = fx.run("verify", bag.toString());
        assertEquals(0, verified.exit(), verified.err());
        assertTrue(verified.out().contains("BagIt 包有效"), verified.out());
        assertTrue(verified.out().contains("校验通过"), verified.out());
        Files.writeString(bag.resolve("data/index.html"), "<p>changed</p>");
        Fixture.Run tampered = fx.run("verify", bag.toString());
        assertEquals(1, tampered.exit());
        assertTrue(tampered.err().contains("BagIt 包有误：data/index.html：内容已改动（sha256 校验和不符）"), tampered.err());
    }

    @Test
    void webArchivesNeedThePublishedAddressAndPackagesStayOutOfThePortal() throws IOException {
        Fixture.Run inside = fx.run("archive", fx.out.toString(), "--zip", fx.out.resolve("x.zip").toString());
        assertEquals(2, inside.exit(), inside.err());
        assertTrue(inside.err().contains("ZIP 文件 " + fx.out.resolve("x.zip") + " 不能放在输出目录 " + fx.out + " 里"), inside.err());
        Files.createDirectories(tmp.resolve("taken"));
        Fixture.Run taken = fx.run("archive", fx.out.toString(), "--bag", tmp.resolve("taken").toString());
        assertEquals(2, taken.exit(), taken.err());
        assertTrue(taken.err().contains("已存在；请指定一个不存在的目录"), taken.err());

        fx.write("site.yaml", Fixture.SITE);
        Fixture.Run noBase = fx.run("build", "--content", fx.content.toString(), "--out", fx.out.toString(),
                "--warc", tmp.resolve("a.warc.gz").toString());
        assertEquals(2, noBase.exit(), noBase.err());
        assertTrue(noBase.err().contains("WARC 和 WACZ 中每个文件都记在它的公开地址下，需要 site.yaml 设置 base_url"), noBase.err());
        assertTrue(Files.notExists(tmp.resolve("a.warc.gz")));
    }

    static final String SOURCE = """
            source:
              title: 2021 年度测试区大数据中心部门决算公开
              publisher: 测试区大数据中心
              published: 2022 年 10 月 27 日
              url: https://www.example.gov.cn/zwgk/2022/1027/123.html
              sha256: 9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08
            """;

    @Test
    void aDisclosureNamesItsSourceOnItsPageInItsDataAndInTheBag() throws Exception {
        fx.write("testdept/2021-final.yaml", Fixture.DISCLOSURE + SOURCE);
        Path bag = tmp.resolve("bag");
        Fixture.Run run = fx.run("build", "--content", fx.content.toString(), "--out", fx.out.toString(), "--bag", bag.toString());
        assertEquals(0, run.exit(), run.err());
        var page = org.jsoup.Jsoup.parse(fx.page("testdept/2021-final/index.html"));
        var source = page.selectFirst("section.source");
        assertTrue(source != null && source.text().contains("原文 2021 年度测试区大数据中心部门决算公开"), page.html());
        var link = source.selectFirst("a.external");
        assertEquals("https://www.example.gov.cn/zwgk/2022/1027/123.html", link.attr("href"));
        assertTrue(source.text().contains("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"), source.text());
        Map<?, ?> json = (Map<?, ?>) JsonReader.parse(fx.page("data/testdept/2021-final.json"));
        assertEquals("测试区大数据中心", ((Map<?, ?>) json.get("source")).get("publisher"));
        assertTrue(Files.readString(bag.resolve("bag-info.txt")).contains("Source-Document: testdept/2021-final：2021 年度测试区大数据中心部门决算公开；"
                + "测试区大数据中心；2022 年 10 月 27 日；https://www.example.gov.cn/zwgk/2022/1027/123.html；SHA-256 9f86d0"),
                Files.readString(bag.resolve("bag-info.txt")));
    }

    @Test
    void aSourceAddressMustBeAWebAddressAndTheChecksumHex() throws IOException {
        fx.write("testdept/2021-final.yaml", Fixture.DISCLOSURE + SOURCE.replace("https://www.example.gov.cn/zwgk/2022/1027/123.html",
                "javascript:alert(1)").replace("9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08", "abc"));
        Fixture.Run run = fx.run("check", "--content", fx.content.toString());
        assertEquals(1, run.exit(), run.err());
        int line = (Fixture.DISCLOSURE + SOURCE).lines().toList().indexOf("  url: https://www.example.gov.cn/zwgk/2022/1027/123.html") + 1;
        assertTrue(run.err().contains("2021-final.yaml:" + line + ":8: 错误：source.url 应为以 http:// 或 https:// 开头的网址 [source.url]"), run.err());
        assertTrue(run.err().contains("2021-final.yaml:" + (line + 1) + ":11: 错误：source.sha256 应为 64 位十六进制数（原文文件的 SHA-256） [source.sha256]"),
                run.err());
    }
}
