package org.gongkai.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Diagnostics;
import org.gongkai.load.ContentParts;
import org.gongkai.model.Department;
import org.gongkai.model.FormSet;
import org.gongkai.model.Kind;

/**
 * {@code gongkai import}: reads a workbook's tables against a form set and writes them into a
 * disclosure file — a new file gets the skeleton of {@code gongkai new} around them, an existing one keeps every other byte.
 * The form set is the one given, else the one the file names, else the one the department's other
 * files of the same kind use, else the set whose titles the workbook matches. Nothing is written
 * when anything is wrong; the file is replaced by an atomic rename of a checked temporary file.
 */
public final class Importer {

    private static final Pattern TARGET = Pattern.compile("(\\d{4})-(budget|final)\\.yaml");

    /** Exit code and the lines for standard output and standard error. */
    public record Outcome(int exit, List<String> out, List<String> err) {
    }

    private final List<String> out = new ArrayList<>();
    private final List<String> err = new ArrayList<>();

    public Outcome run(Path workbook, Path target, Optional<String> formsOption) throws IOException {
        long started = System.nanoTime();
        Matcher name = TARGET.matcher(target.getFileName().toString());
        if (!name.matches() || target.toAbsolutePath().getParent() == null
                || target.toAbsolutePath().getParent().getParent() == null) {
            return fail(2, "错误：--into 应为 content/<部门>/<年度>-budget.yaml 或 <年度>-final.yaml，实际是“" + target + "”");
        }
        if (!Files.isRegularFile(workbook)) {
            return fail(2, "错误：找不到工作簿“" + workbook + "”");
        }
        String year = name.group(1);
        Kind kind = Kind.ofSlug(name.group(2)).orElseThrow();
        Path departmentDir = target.toAbsolutePath().getParent();
        Path contentDir = departmentDir.getParent();
        Diagnostics diagnostics = new Diagnostics();
        Map<String, FormSet> sets = ContentParts.formSets(contentDir, diagnostics);
        if (diagnostics.hasErrors()) {
            diagnostics.sorted().forEach(d -> err.add(line(d)));
            return fail(1, "错误：表样文件有错误，未导入");
        }
        String existing = Files.exists(target) ? Files.readString(target, StandardCharsets.UTF_8) : null;
        List<Grid> grids;
        try {
            grids = WorkbookReader.read(workbook);
        } catch (ImportException e) {
            err.add(e.line());
            return fail(1, "导入失败：未写入任何文件。");
        }
        Optional<String> chosen = formsOption.or(() -> existing == null ? Optional.empty() : TablesSplice.formSet(existing))
                .or(() -> siblingFormSet(departmentDir, kind, target));
        FormSet set;
        WorkbookImport result;
        if (chosen.isPresent()) {
            set = sets.get(chosen.get());
            if (set == null) {
                return fail(2, "错误：找不到表样集“" + chosen.get() + "”；可用：" + String.join("、", sets.keySet()));
            }
            result = WorkbookImport.read(grids, set);
        } else {
            Optional<Detected> detected = detect(grids, sets, kind);
            if (detected.isEmpty()) {
                return fail(1, "错误：工作簿中没有哪个" + kind.label() + "表样集的表题；用 --forms 指定表样集（可用："
                        + String.join("、", sets.keySet()) + "）");
            }
            set = detected.get().set();
            result = detected.get().result();
            out.add("表样集：" + set.id() + "（按表题识别）");
        }
        out.addAll(result.report());
        if (!result.problems().isEmpty()) {
            result.problems().forEach(p -> err.add(p.line()));
            return fail(1, "导入失败：" + result.problems().size() + " 处错误，未写入任何文件。");
        }
        if (result.tables().isEmpty()) {
            return fail(1, "错误：工作簿中没有表格，未写入任何文件。");
        }
        String text;
        if (existing != null) {
            Optional<String> spliced = TablesSplice.splice(existing, result.tables());
            if (spliced.isEmpty()) {
                return fail(1, target + ": 错误：文件中没有 type: tables 的部分，无处放入表格；先加上 - type: tables 和 tables: []");
            }
            text = spliced.get();
        } else {
            String skeleton = NewDisclosure.skeleton(year, kind, departmentName(departmentDir, result), set, Optional.empty());
            text = TablesSplice.splice(skeleton, result.tables()).orElseThrow();
        }
        Department department = new Department(departmentDir.getFileName().toString(), "", "", "", "");
        if (!writeChecked(target, text, existing, department, year, kind, sets, contentDir)) {
            return fail(1, "错误：导入后的文件无法通过读取检查，未写入任何文件。");
        }
        Path departmentFile = departmentDir.resolve("department.yaml");
        if (!Files.exists(departmentFile)) {
            atomicWrite(departmentFile, "name: " + TablesYaml.quote(departmentName(departmentDir, result)) + "\n");
            out.add("已新建 " + departmentFile + "（请核对部门全称）");
        }
        int rows = result.tables().stream().mapToInt(t -> t.rows().size()).sum();
        int cells = result.tables().stream().mapToInt(ImportedTable::cellCount).sum();
        out.add("已写入 " + target + "：" + result.tables().size() + " 张表，" + rows + " 行，" + cells + " 个单元格"
                + (existing == null ? "（新文件）" : "（其他部分保持不变）") + "，用时 "
                + String.format("%.2f", (System.nanoTime() - started) / 1e9) + " 秒。");
        return new Outcome(0, out, err);
    }

    private record Detected(FormSet set, WorkbookImport result) {
    }

    /** Sets of the right kind, most titles first; the first that reads the whole workbook wins. */
    private static Optional<Detected> detect(List<Grid> grids, Map<String, FormSet> sets, Kind kind) {
        List<FormSet> ranked = sets.values().stream().filter(s -> s.kind().equals(kind.label()))
                .filter(s -> WorkbookImport.titlesMatched(grids, s) > 0)
                .sorted(Comparator.comparingInt((FormSet s) -> -WorkbookImport.titlesMatched(grids, s)))
                .toList();
        Detected first = null;
        for (FormSet s : ranked) {
            WorkbookImport r = WorkbookImport.read(grids, s);
            if (r.problems().isEmpty()) {
                return Optional.of(new Detected(s, r));
            }
            first = first == null ? new Detected(s, r) : first;
        }
        return Optional.ofNullable(first);
    }

    /** The form set the department's other disclosure files of the same kind name (newest first). */
    private static Optional<String> siblingFormSet(Path departmentDir, Kind kind, Path target) {
        if (!Files.isDirectory(departmentDir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(departmentDir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith("-" + kind.slug() + ".yaml"))
                    .filter(p -> !p.getFileName().equals(target.getFileName()))
                    .sorted(Comparator.reverseOrder()).toList()) {
                Optional<String> set = TablesSplice.formSet(Files.readString(f, StandardCharsets.UTF_8));
                if (set.isPresent()) {
                    return set;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String departmentName(Path departmentDir, WorkbookImport result) {
        return result.tables().stream().map(ImportedTable::department).filter(d -> !d.isEmpty()).findFirst()
                .orElse(departmentDir.getFileName().toString());
    }

    /**
     * Writes to a temporary file beside the target, reads it back as a build would, and renames it
     * into place only when it reads without errors (or with no more than the old file had).
     */
    private boolean writeChecked(Path target, String text, String existing, Department department, String year, Kind kind,
            Map<String, FormSet> sets, Path contentDir) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            var layouts = ContentParts.layouts(contentDir, new Diagnostics());
            Diagnostics after = new Diagnostics();
            ContentParts.disclosure(tmp, target.toString(), department, year, kind, sets, layouts, after);
            int before = 0;
            if (existing != null) {
                Diagnostics old = new Diagnostics();
                ContentParts.disclosure(target, target.toString(), department, year, kind, sets, layouts, old);
                before = (int) old.sorted().stream().filter(d -> d.severity() == org.gongkai.diag.Severity.ERROR).count();
            }
            List<Diagnostic> errors = after.sorted().stream().filter(d -> d.severity() == org.gongkai.diag.Severity.ERROR).toList();
            if (errors.size() > before) {
                errors.forEach(d -> err.add(line(d)));
                return false;
            }
            move(tmp, target);
            return true;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void atomicWrite(Path file, String text) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            move(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String line(Diagnostic d) {
        return d.position() + ": 错误：" + d.message();
    }

    private Outcome fail(int exit, String message) {
        err.add(message);
        return new Outcome(exit, out, err);
    }
}
