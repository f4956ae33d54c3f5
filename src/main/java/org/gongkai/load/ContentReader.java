package org.gongkai.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.diag.Code;
import org.gongkai.diag.Diagnostics;
import org.gongkai.diag.Position;
import org.gongkai.model.Department;
import org.gongkai.model.Disclosure;
import org.gongkai.model.FormSet;
import org.gongkai.model.GridLayout;
import org.gongkai.model.Kind;
import org.gongkai.model.Portal;
import org.gongkai.model.Site;

/**
 * The load stage: walks content/ in sorted order and turns every YAML file into the model.
 * All problems of all files are collected in {@link Diagnostics}; the result is empty when
 * the content could not be read at all.
 */
public final class ContentReader {

    private static final Pattern DISCLOSURE_FILE = Pattern.compile("(\\d{4})-(budget|final)\\.yaml");
    /** An absolute http(s) address without query or fragment, e.g. https://www.example.gov.cn/yjsgk/. */
    private static final Pattern BASE_URL = Pattern.compile("https?://[A-Za-z0-9.-]+(:\\d+)?(/[\\x21-\\x7E&&[^?#]]*)?");
    /** A footer link (ICP, police record): an absolute http(s) address, nothing a browser could run. */
    /** An http(s) address with a plain host: the only kind of link content may point readers to. */
    static final Pattern WEB_ADDRESS = Pattern.compile("https?://[A-Za-z0-9.-]+(:\\d+)?([/?#][\\x21-\\x7E]*)?");
    private static final Pattern DEPARTMENT_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Path contentDir;
    private final String displayRoot;
    private final Diagnostics diagnostics;
    private final YamlLoader yaml;
    private final ContentFiles files;

    public ContentReader(Path contentDir, Diagnostics diagnostics) {
        this.contentDir = contentDir;
        this.displayRoot = contentDir.toString().replace('\\', '/');
        this.diagnostics = diagnostics;
        this.yaml = new YamlLoader(diagnostics);
        this.files = new ContentFiles(diagnostics, this::display);
    }

    public Optional<Content> read() {
        if (!Files.isDirectory(contentDir)) {
            diagnostics.report(Position.startOf(displayRoot), Code.IO_CONTENT_DIR,
                    Files.exists(contentDir) ? "内容路径不是目录" : "内容目录不存在",
                    "用 --content 指定包含 site.yaml 的内容目录");
            return Optional.empty();
        }
        Site site = readSite();
        Map<String, FormSet> formSets = readFormSets();
        Map<String, GridLayout> layouts = readLayouts();
        CatalogueReader catalogue = new CatalogueReader();
        readAll(Resources.files(Resources.directory("catalogue"), ".yaml"), "内置科目表", catalogue);
        readAll(files.files(contentDir.resolve("catalogue"), ".yaml"), null, catalogue);

        List<Department> departments = new ArrayList<>();
        List<Disclosure> disclosures = new ArrayList<>();
        for (Path dir : departmentDirs()) {
            readDepartment(dir).ifPresent(department -> {
                departments.add(department);
                disclosures.addAll(readDisclosures(dir, department, formSets, layouts));
            });
        }
        if (site == null) {
            return Optional.empty();
        }
        List<Asset> assets = new AssetReader(diagnostics, this::display, files).read(contentDir.resolve("assets"));
        return Optional.of(new Content(new Portal(site, departments, disclosures), catalogue.build(), assets, formSets,
                layouts));
    }

    private String display(Path file) {
        return displayRoot + "/" + contentDir.relativize(file).toString().replace('\\', '/');
    }

    private Site readSite() {
        Path file = contentDir.resolve("site.yaml");
        String name = display(file);
        if (files.isLink(file)) {
            return null;
        }
        if (!Files.exists(file)) {
            diagnostics.report(Position.startOf(name), Code.SITE_MISSING, "缺少门户设置文件 site.yaml",
                    "在内容目录中创建 site.yaml，至少写 title: 门户名称");
            return null;
        }
        return yaml.load(file, name).flatMap(root -> MapReader.of(root, name, diagnostics, "site.yaml")).map(map -> {
            map.allow("title", "description", "host", "contact", "site_code", "icp", "icp_url", "police_record",
                    "police_record_url", "base_url", "licence", "show_findings");
            String title = map.required("title", "门户名称").map(Scalar::text).orElse("");
            boolean showFindings = map.scalar("show_findings").map(s -> {
                if (!s.text().equals("true") && !s.text().equals("false")) {
                    diagnostics.report(s.position(), Code.SITE_BOOLEAN, "show_findings 应为 true 或 false", "");
                }
                return s.text().equals("true");
            }).orElse(false);
            String baseUrl = map.scalar("base_url").map(s -> {
                if (!BASE_URL.matcher(s.text()).matches()) {
                    diagnostics.report(s.position(), Code.SITE_BASE_URL, "base_url 应为完整的网址，如 https://www.example.gov.cn/yjsgk/",
                            "以 http:// 或 https:// 开头，不带 ? 和 #；它只用于 sitemap.xml、robots.txt 和 404 页面");
                }
                return s.text();
            }).orElse("");
            return new Site(title, map.text("description"), map.text("host"), map.text("contact"), map.text("site_code"),
                    map.text("icp"), webAddress(map, "icp_url"), map.text("police_record"), webAddress(map, "police_record_url"),
                    baseUrl, map.text("licence"), showFindings);
        }).orElse(null);
    }

    /** The footer link {@code key}: refused unless it is an http(s) address (a javascript: link would run). */
    private String webAddress(MapReader map, String key) {
        return map.scalar(key).map(s -> {
            if (!WEB_ADDRESS.matcher(s.text()).matches()) {
                diagnostics.report(s.position(), Code.SITE_LINK, key + " 应为以 http:// 或 https:// 开头的网址",
                        "页脚链接只能指向网站，如 https://beian.miit.gov.cn/");
                return "";
            }
            return s.text();
        }).orElse("");
    }

    /** Bundled form sets, then the site's own: a site set with the same id replaces the bundled one. */
    private Map<String, FormSet> readFormSets() {
        Map<String, FormSet> sets = new TreeMap<>();
        List<Path> files = new ArrayList<>(Resources.files(Resources.directory("forms"), ".yaml"));
        files.addAll(this.files.files(contentDir.resolve("forms"), ".yaml"));
        for (Path f : files) {
            String name = f.startsWith(contentDir) ? display(f) : "内置表样/" + f.getFileName();
            yaml.load(f, name).flatMap(root -> new FormReader(name, diagnostics).read(root)).ifPresent(set -> sets.put(set.id(), set));
        }
        return sets;
    }

    /** Bundled grid layouts, then the site's: a site layout with the same id replaces the bundled one. */
    private Map<String, GridLayout> readLayouts() {
        Map<String, GridLayout> layouts = layoutsIn(Resources.files(Resources.directory("performance"), ".yaml"));
        layouts.putAll(layoutsIn(files.files(contentDir.resolve("performance"), ".yaml")));
        return layouts;
    }

    private Map<String, GridLayout> layoutsIn(List<Path> files) {
        GridLayoutReader reader = new GridLayoutReader(diagnostics);
        for (Path f : files) {
            String name = f.startsWith(contentDir) ? display(f) : "内置绩效版式/" + f.getFileName();
            yaml.load(f, name).ifPresent(root -> reader.read(root, name));
        }
        return reader.layouts();
    }

    private void readAll(List<Path> files, String bundledLabel, CatalogueReader catalogue) {
        for (Path f : files) {
            String name = bundledLabel != null ? bundledLabel + "/" + f.getFileName() : display(f);
            yaml.load(f, name).ifPresent(root -> catalogue.read(root, name, diagnostics));
        }
    }

    private List<Path> departmentDirs() {
        try {
            return files.entries(contentDir).stream()
                    .filter(p -> Files.isDirectory(p, ContentFiles.NO_FOLLOW))
                    .filter(p -> !List.of("forms", "performance", "catalogue", "assets").contains(p.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            diagnostics.report(Position.startOf(displayRoot), Code.IO_CONTENT_DIR, "无法列出内容目录", "检查目录的读取权限");
            return List.of();
        }
    }

    private Optional<Department> readDepartment(Path dir) {
        String id = dir.getFileName().toString();
        Path file = dir.resolve("department.yaml");
        String name = display(file);
        if (!DEPARTMENT_ID.matcher(id).matches()) {
            diagnostics.report(Position.startOf(display(dir)), Code.DEPARTMENT_ID, "部门目录名“" + id + "”不合规",
                    "目录名会出现在网址中，只用小写字母、数字和连字符，如 jianghan-dsj");
            return Optional.empty();
        }
        if (files.isLink(file)) {
            return Optional.empty();
        }
        if (!Files.exists(file)) {
            diagnostics.report(Position.startOf(name), Code.DEPARTMENT_MISSING, "部门目录缺少 department.yaml", "写明部门全称：name: …");
            return Optional.empty();
        }
        return yaml.load(file, name).flatMap(root -> MapReader.of(root, name, diagnostics, "department.yaml")).map(map -> {
            map.allow("name", "short_name", "region", "peer_group");
            String full = map.required("name", "部门全称").map(Scalar::text).orElse(id);
            return new Department(id, full, map.text("short_name"), map.text("region"), map.text("peer_group"));
        });
    }

    private List<Disclosure> readDisclosures(Path dir, Department department, Map<String, FormSet> formSets,
            Map<String, GridLayout> layouts) {
        Map<String, Path> files = new LinkedHashMap<>();
        try {
            this.files.entries(dir).stream().sorted().forEach(p -> files.put(p.getFileName().toString(), p));
        } catch (IOException e) {
            diagnostics.report(Position.startOf(display(dir)), Code.IO_CONTENT_DIR, "无法列出部门目录", "检查目录的读取权限");
            return List.of();
        }
        List<Disclosure> out = new ArrayList<>();
        for (Path file : files.values()) {
            disclosure(file, department, formSets, layouts).ifPresent(out::add);
        }
        return out;
    }

    /**
     * Reads one disclosure file of {@code department} again, with the form sets and layouts of an
     * earlier complete read, reporting its problems as {@link #read} does; empty when the file is
     * not a disclosure or has errors that prevent reading it.
     */
    public Optional<Disclosure> readDisclosure(Path file, Department department, Content loaded) {
        return disclosure(file, department, loaded.formSets(), loaded.layouts());
    }

    private Optional<Disclosure> disclosure(Path file, Department department, Map<String, FormSet> formSets,
            Map<String, GridLayout> layouts) {
        String fileName = file.getFileName().toString();
        if (fileName.equals("department.yaml") || fileName.startsWith(".")) {
            return Optional.empty();
        }
        String name = display(file);
        Matcher m = DISCLOSURE_FILE.matcher(fileName);
        if (!m.matches()) {
            if (fileName.endsWith(".yaml") || fileName.endsWith(".yml")) {
                diagnostics.report(Position.startOf(name), Code.CONTENT_FILE_NAME, "无法识别的文件名“" + fileName + "”",
                        "公开文件命名为 <年度>-budget.yaml（预算）或 <年度>-final.yaml（决算），如 2021-final.yaml");
            }
            return Optional.empty();
        }
        Kind kind = Kind.ofSlug(m.group(2)).orElseThrow();
        return yaml.load(file, name)
                .flatMap(root -> new DisclosureReader(name, diagnostics, formSets, layouts).read(root, department, m.group(1), kind));
    }
}
