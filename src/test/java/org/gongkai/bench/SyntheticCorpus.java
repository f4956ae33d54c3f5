package org.gongkai.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A deterministic synthetic portal for benchmarks: the seed departments of a content folder cloned
 * into many departments and years. Department-year {@code i} (0-based) belongs to department
 * {@code i / years}; department {@code k} is a clone of seed {@code k % seeds} (seeds in folder
 * order), clone number {@code k / seeds}; its disclosures are the seed's disclosure moved back
 * {@code i % years} years. Clone 0 keeps the seed's id and names, so the first year of the first
 * clones is the seed itself; later clones rename the seed's district everywhere ("江汉区" becomes
 * "江汉12区", id "jianghan-dsj-12"). Moving back a year shifts every year in the file (titles, text,
 * stated figures, acknowledgements) by the same amount, and figures are the seed's own, so every
 * identity and every acknowledged finding of the seed holds in every clone. Peer groups hold 100
 * departments (20 clones of each seed). Text only: the YAML is rewritten line by line, comments and
 * layout kept, no parser involved, so the generator runs from the test classes alone.
 */
public final class SyntheticCorpus {

    /** Departments per peer group, as clones of each seed. */
    static final int CLONES_PER_GROUP = 20;

    private static final Pattern DISCLOSURE = Pattern.compile("(\\d{4})-(budget|final)\\.yaml");
    /**
     * A year: four digits 1990–2039 standing alone (not part of an amount, a code or an id such as
     * final-2021 or self-evaluation-2021-goals).
     */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,A-Za-z_])(?<![A-Za-z]-)(19[9]\\d|20[0-3]\\d)(?![\\d.,])(?!-[A-Za-z])");
    /** Lines naming a form set or layout by id: ids are not years. */
    private static final Pattern ID_LINE = Pattern.compile("^\\s*(forms|layout|form|kind):");

    private final Path seeds;
    private final int years;

    public SyntheticCorpus(Path seeds, int years) {
        this.seeds = seeds;
        this.years = years;
    }

    /** One seed department: its folder, its district (renamed in clones) and its one disclosure. */
    record Seed(Path folder, String district, Path disclosure, int year, String kind) {
    }

    /** Usage: SyntheticCorpus SEED_CONTENT OUT_DIR DEPARTMENT_YEARS [YEARS_PER_DEPARTMENT]. */
    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 4) {
            System.err.println("用法：SyntheticCorpus 种子内容目录 输出目录 部门年度数 [每个部门的年度数，默认 10]");
            System.exit(2);
        }
        int count = Integer.parseInt(args[2]);
        int years = args.length == 4 ? Integer.parseInt(args[3]) : 10;
        Path out = Path.of(args[1]);
        int files = new SyntheticCorpus(Path.of(args[0]), years).write(out, count);
        System.out.println("生成 " + count + " 个部门年度（" + files + " 个文件）：" + out);
    }

    /** Writes {@code count} department-years into {@code out} (absent or empty); returns the files written. */
    public int write(Path out, int count) throws IOException {
        if (Files.exists(out)) {
            try (Stream<Path> s = Files.list(out)) {
                if (s.findAny().isPresent()) {
                    throw new IOException("输出目录不是空目录：" + out);
                }
            }
        }
        Files.createDirectories(out);
        List<Seed> seedList = seeds();
        int written = copyShared(out);
        for (int i = 0; i < count; i++) {
            int k = i / years;
            Seed seed = seedList.get(k % seedList.size());
            int clone = k / seedList.size();
            Path dept = out.resolve(id(seed, clone));
            if (i % years == 0) {
                Files.createDirectories(dept);
                String yaml = read(seed.folder().resolve("department.yaml"));
                Files.writeString(dept.resolve("department.yaml"), department(rename(yaml, seed, clone), clone));
                written++;
            }
            int shift = -(i % years);
            String text = shiftYears(rename(read(seed.disclosure()), seed, clone), shift);
            Files.writeString(dept.resolve((seed.year() + shift) + "-" + seed.kind() + ".yaml"), text);
            written++;
        }
        return written;
    }

    /** The seed departments in folder-name order, each with exactly one disclosure. */
    List<Seed> seeds() throws IOException {
        List<Seed> list = new ArrayList<>();
        for (Path folder : sorted(seeds)) {
            Path department = folder.resolve("department.yaml");
            if (!Files.isRegularFile(department)) {
                continue;
            }
            List<Path> disclosures = sorted(folder).stream()
                    .filter(p -> DISCLOSURE.matcher(p.getFileName().toString()).matches()).toList();
            if (disclosures.size() != 1) {
                throw new IOException("种子部门应恰有一份公开文件：" + folder);
            }
            Matcher m = DISCLOSURE.matcher(disclosures.get(0).getFileName().toString());
            m.matches();
            list.add(new Seed(folder, district(read(department), department), disclosures.get(0),
                    Integer.parseInt(m.group(1)), m.group(2)));
        }
        if (list.isEmpty()) {
            throw new IOException("没有种子部门：" + seeds);
        }
        return list;
    }

    /** site.yaml and the folders that are not departments (forms, catalogue, assets), as they are. */
    private int copyShared(Path out) throws IOException {
        int n = 0;
        for (Path p : sorted(seeds)) {
            if (Files.isDirectory(p) && Files.isRegularFile(p.resolve("department.yaml"))) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                for (Path f : walk.sorted().toList()) {
                    Path target = out.resolve(seeds.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(f, target);
                        n++;
                    }
                }
            }
        }
        return n;
    }

    static String id(Seed seed, int clone) {
        String id = seed.folder().getFileName().toString();
        return clone == 0 ? id : id + "-" + clone;
    }

    /** The seed's text with its district renamed for clone {@code clone} (none for clone 0). */
    static String rename(String text, Seed seed, int clone) {
        if (clone == 0) {
            return text;
        }
        String base = seed.district().substring(0, seed.district().length() - 1);
        String suffix = seed.district().substring(seed.district().length() - 1);
        return text.replace(seed.district(), base + clone + suffix);
    }

    /** department.yaml with the peer group of the clone's group (group 0 keeps the seed's). */
    static String department(String yaml, int clone) {
        int group = clone / CLONES_PER_GROUP;
        if (group == 0) {
            return yaml;
        }
        Matcher m = Pattern.compile("(?m)^peer_group:\\s*(.+)$").matcher(yaml);
        if (!m.find()) {
            return yaml;
        }
        String name = m.group(1).strip();
        return yaml.substring(0, m.start()) + "peer_group: " + name + "（第 " + (group + 1) + " 片）" + yaml.substring(m.end());
    }

    /** Every year in the text moved by {@code shift}, lines naming ids left alone. */
    static String shiftYears(String text, int shift) {
        if (shift == 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (String line : text.split("(?<=\n)", -1)) {
            if (ID_LINE.matcher(line).find()) {
                b.append(line);
                continue;
            }
            Matcher m = YEAR.matcher(line);
            StringBuilder l = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(l, Integer.toString(Integer.parseInt(m.group(1)) + shift));
            }
            m.appendTail(l);
            b.append(l);
        }
        return b.toString();
    }

    /** The district a department's region names: the part after the last 市 ("武汉市江汉区" → "江汉区"). */
    private static String district(String yaml, Path file) throws IOException {
        Map<String, String> keys = new TreeMap<>();
        for (String line : yaml.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith(" ") && !line.startsWith("#")) {
                keys.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip().replace("\"", ""));
            }
        }
        String region = keys.getOrDefault("region", "");
        String district = region.substring(region.lastIndexOf('市') + 1);
        if (district.length() < 2) {
            throw new IOException("无法从 region 得出区名：" + file);
        }
        return district;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> sorted(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
