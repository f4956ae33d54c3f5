package org.gongkai;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gongkai.check.Checks;
import org.gongkai.facts.FactIndex;
import org.gongkai.check.Findings;
import org.gongkai.diag.Code;
import org.gongkai.diag.Diagnostics;
import org.gongkai.diag.Position;
import org.gongkai.load.Asset;
import org.gongkai.load.Content;
import org.gongkai.load.ContentReader;
import org.gongkai.load.Resources;
import org.gongkai.model.Portal;
import org.gongkai.render.Renderer;
import org.gongkai.render.data.OpenData;
import org.gongkai.render.site.Addresses;
import org.gongkai.render.web.WebFiles;
import org.gongkai.write.FileSink;
import org.gongkai.write.OutputGuard;
import org.gongkai.write.OutputLock;
import org.gongkai.write.SiteWriter;
import org.gongkai.write.ArchiveInfo;
import org.gongkai.write.Packages;
import org.gongkai.write.Packaging;

/**
 * The orchestrator. A build is, in order: load (YAML to model) → check → render pages → open data
 * (CSV, JSON, datapackage.json) → assets → web files (robots.txt, sitemap.xml) → manifest and swap
 * into place → optionally zip. Nothing is written unless loading and checking found no errors.
 */
public final class Build {

    /**
     * What a build or check run produced. {@code output} says what happened to the output directory,
     * so that the summary never claims more than is true.
     */
    public record Result(Diagnostics diagnostics, int filesWritten, boolean written, Output output) {

        public Result(Diagnostics diagnostics, int filesWritten, boolean written) {
            this(diagnostics, filesWritten, written, written ? Output.REPLACED : Output.UNCHANGED);
        }
    }

    /** The output directory after a run. */
    public enum Output {
        /** Not touched: refused, or the content had errors. */
        UNCHANGED,
        /** Another build holds its lock; this run did not touch it. */
        IN_USE,
        /** Writing failed before the switch: the old site (or nothing) is there as before. */
        NOT_REPLACED,
        /** The new site is in place. */
        REPLACED
    }

    /** The current directory of this process, from which relative paths are taken by default. */
    private static final Path PROCESS_DIR = Path.of("").toAbsolutePath();

    private final Path contentDir;
    private final Path workingDir;

    public Build(Path contentDir) {
        this(contentDir, PROCESS_DIR);
    }

    /**
     * A build whose relative paths (content, output, zip) are taken from {@code workingDir} rather than
     * the process's current directory; the output must not be or hold that directory.
     */
    public Build(Path contentDir, Path workingDir) {
        this.workingDir = workingDir.toAbsolutePath();
        // As the user wrote it where it means the same, so that messages name files the same way.
        this.contentDir = this.workingDir.equals(PROCESS_DIR) ? contentDir : this.workingDir.resolve(contentDir);
    }

    /** Load and check only. */
    public Result check() {
        Diagnostics diagnostics = new Diagnostics();
        loadAndCheck(diagnostics);
        return new Result(diagnostics, 0, false);
    }

    /**
     * Load, check, and publish only what passes the same gate as {@code check}: no open error (an
     * acknowledged finding does not count), and with {@code strict} no open warning either (a
     * notice never blocks).
     */
    public Result build(Path outDir, boolean strict) {
        return build(outDir, strict, Optional.empty());
    }

    /**
     * As {@link #build(Path, boolean)}, then, when {@code zip} is given, archive the finished output
     * directory into that zip file. A zip that cannot be written is an I/O error; the site stays built.
     */
    public Result build(Path outDir, boolean strict, Optional<Path> zip) {
        return build(outDir, strict, Packages.zipOnly(zip));
    }

    /**
     * As {@link #build(Path, boolean)}, then makes the requested packages of the finished portal (ZIP,
     * BagIt bag, WARC, WACZ). A package that cannot be written is an I/O error; the site stays built.
     */
    public Result build(Path outDir, boolean strict, Packages packages) {
        Diagnostics diagnostics = new Diagnostics();
        // Before anything is read: a refused output costs nothing and nothing is created for it.
        OutputGuard.Verdict verdict = new OutputGuard(workingDir, contentDir).check(outDir, packages);
        if (verdict instanceof OutputGuard.Refused refused) {
            diagnostics.report(Position.startOf(refused.shown()), refused.code(), refused.message(), OutputGuard.HINT);
            return new Result(diagnostics, 0, false, Output.UNCHANGED);
        }
        OutputGuard.Accepted accepted = (OutputGuard.Accepted) verdict;
        try (OutputLock lock = OutputLock.acquire(accepted.target())) {
            return build(lock, outDir, strict, accepted.packages(), diagnostics);
        } catch (OutputLock.Busy e) {
            diagnostics.report(Position.startOf(outDir.toString()), Code.IO_OUT_BUSY, e.getMessage(), "同一个输出目录一次只能有一个生成过程");
            return new Result(diagnostics, 0, false, Output.IN_USE);
        } catch (IOException e) {
            diagnostics.report(Position.startOf(outDir.toString()), Code.IO_WRITE, "无法锁定输出目录：" + e.getMessage(),
                    "检查输出目录所在文件夹的写权限");
            return new Result(diagnostics, 0, false, Output.UNCHANGED);
        }
    }

    /** The build proper, under the output's lock (held until the new site is in place and zipped). */
    private Result build(OutputLock lock, Path outDir, boolean strict, Packages packages, Diagnostics diagnostics) {
        Optional<Checked> checked = loadAndCheck(diagnostics);
        boolean blocked = diagnostics.hasErrors() || strict && diagnostics.hasMoreThanNotices();
        if (checked.isEmpty() || blocked) {
            return new Result(diagnostics, 0, false);
        }
        Portal portal = checked.get().content().portal();
        if (packages.needsBaseUrl() && portal.site().base().isEmpty()) {
            diagnostics.report(Position.startOf(contentDir.resolve("site.yaml").toString()), Code.IO_ARCHIVE,
                    "WARC 和 WACZ 中每个文件都记在它的公开地址下，需要 site.yaml 设置 base_url",
                    "在 site.yaml 中写明门户的发布地址，如 base_url: https://www.example.gov.cn/yjsgk/");
            return new Result(diagnostics, 0, false);
        }
        int files;
        SiteWriter writer = null;
        try (SiteWriter out = new SiteWriter(lock)) {
            writer = out;
            new Renderer(checked.get().content().catalogue()).render(portal, checked.get().facts(), checked.get().findings(), out);
            new OpenData().write(portal, checked.get().facts(), out);
            copyAssets(checked.get().content().assets(), out);
            new WebFiles().write(portal.site(), out);
            out.describe(ArchiveInfo.of(portal));
            out.commit();
            files = out.fileCount();
        } catch (OutputGuard.RefusedException e) {
            diagnostics.report(Position.startOf(outDir.toString()), Code.IO_OUT_REFUSED, e.getMessage(), OutputGuard.HINT);
            return new Result(diagnostics, 0, false, Output.UNCHANGED);
        } catch (IOException | UncheckedIOException e) {
            diagnostics.report(Position.startOf(outDir.toString()), Code.IO_WRITE, "无法写入输出目录：" + e.getMessage(),
                    "检查输出目录所在磁盘的空间和写权限");
            notes(writer, outDir, diagnostics);
            return new Result(diagnostics, 0, false, writer == null ? Output.UNCHANGED : Output.NOT_REPLACED);
        }
        notes(writer, outDir, diagnostics);
        Packaging.write(lock.target(), ArchiveInfo.of(portal), packages, diagnostics);
        return new Result(diagnostics, files, true);
    }

    /** What the writer kept or put back, as warnings: the site is fine, but the user should know. */
    private static void notes(SiteWriter writer, Path outDir, Diagnostics diagnostics) {
        if (writer != null) {
            writer.notes().forEach(n -> diagnostics.report(Position.startOf(outDir.toString()), Code.WRITE_NOTE, n,
                    "Gongkai 只删除自己写入的文件"));
        }
    }

    /** Loaded content with the validator's findings on it. */
    private record Checked(Content content, FactIndex facts, Findings findings) {
    }

    /** Checks run only on content that loaded cleanly: rules on a half-read file would mislead. */
    private Optional<Checked> loadAndCheck(Diagnostics diagnostics) {
        Optional<Content> content = new ContentReader(contentDir, diagnostics).read();
        if (content.isEmpty() || diagnostics.hasErrors()) {
            return Optional.empty();
        }
        FactIndex facts = FactIndex.of(content.get().portal(), content.get().catalogue());
        Findings findings = new Checks(content.get().catalogue(), diagnostics).run(content.get().portal(), facts);
        return Optional.of(new Checked(content.get(), facts, findings));
    }

    /**
     * Bundled assets first, then the site's own (checked when loading) replace those of the same name;
     * the preview server serves them the same way.
     */
    public static void copyAssets(List<Asset> site, FileSink out) throws IOException {
        for (Path f : Resources.files(Resources.directory("assets"), "")) {
            try (InputStream in = Files.newInputStream(f)) {
                out.write(Addresses.asset(f.getFileName().toString()), in.readAllBytes());
            }
        }
        for (Asset a : site) {
            out.write(Addresses.asset(a.name()), a.bytes());
        }
    }

}
