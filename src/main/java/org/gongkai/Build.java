package org.gongkai;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gongkai.check.Checks;
import org.gongkai.check.Findings;
import org.gongkai.diag.Diagnostics;
import org.gongkai.diag.Position;
import org.gongkai.load.Asset;
import org.gongkai.load.Content;
import org.gongkai.load.ContentReader;
import org.gongkai.load.Resources;
import org.gongkai.model.Portal;
import org.gongkai.render.Renderer;
import org.gongkai.render.data.OpenData;
import org.gongkai.render.web.WebFiles;
import org.gongkai.write.SiteWriter;
import org.gongkai.write.ZipArchive;

/**
 * The orchestrator. A build is, in order: load (YAML to model) → check → render pages → open data
 * (CSV, JSON, datapackage.json) → assets → web files (robots.txt, sitemap.xml) → manifest and swap
 * into place → optionally zip. Nothing is written unless loading and checking found no errors.
 */
public final class Build {

    /** What a build or check run produced. */
    public record Result(Diagnostics diagnostics, int filesWritten, boolean written) {
    }

    private final Path contentDir;

    public Build(Path contentDir) {
        this.contentDir = contentDir;
    }

    /** Load and check only. */
    public Result check() {
        Diagnostics diagnostics = new Diagnostics();
        loadAndCheck(diagnostics, Checks.Mode.CHECK);
        return new Result(diagnostics, 0, false);
    }

    /** Load, check, and when there are no errors (no findings at all with {@code strict}), render and write. */
    public Result build(Path outDir, boolean strict) {
        return build(outDir, strict, Optional.empty());
    }

    /**
     * As {@link #build(Path, boolean)}, then, when {@code zip} is given, archive the finished output
     * directory into that zip file. A zip that cannot be written is an I/O error; the site stays built.
     */
    public Result build(Path outDir, boolean strict, Optional<Path> zip) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Checked> checked = loadAndCheck(diagnostics, Checks.Mode.BUILD);
        boolean blocked = diagnostics.hasErrors() || strict && !diagnostics.sorted().isEmpty();
        if (checked.isEmpty() || blocked) {
            return new Result(diagnostics, 0, false);
        }
        Portal portal = checked.get().content().portal();
        int files;
        try (SiteWriter out = new SiteWriter(outDir)) {
            new Renderer(checked.get().content().catalogue()).render(portal, checked.get().findings(), out);
            new OpenData().write(portal, out);
            copyAssets(checked.get().content().assets(), out);
            new WebFiles().write(portal.site(), out);
            out.commit();
            files = out.fileCount();
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(Position.startOf(outDir.toString()), "io.write", "无法写入输出目录：" + e.getMessage(),
                    "检查输出目录所在磁盘的空间和写权限");
            return new Result(diagnostics, 0, false);
        }
        if (zip.isPresent()) {
            try {
                ZipArchive.write(outDir, zip.get());
            } catch (IOException | UncheckedIOException e) {
                diagnostics.error(Position.startOf(zip.get().toString()), "io.zip", "门户已生成，但无法写入 ZIP 文件：" + e.getMessage(),
                        "检查 ZIP 文件所在目录的空间和写权限");
            }
        }
        return new Result(diagnostics, files, true);
    }

    /** Loaded content with the validator's findings on it. */
    private record Checked(Content content, Findings findings) {
    }

    /** Checks run only on content that loaded cleanly: rules on a half-read file would mislead. */
    private Optional<Checked> loadAndCheck(Diagnostics diagnostics, Checks.Mode mode) {
        Optional<Content> content = new ContentReader(contentDir, diagnostics).read();
        if (content.isEmpty() || diagnostics.hasErrors()) {
            return Optional.empty();
        }
        Findings findings = new Checks(content.get().catalogue(), diagnostics, mode).run(content.get().portal());
        return Optional.of(new Checked(content.get(), findings));
    }

    /** Bundled assets first, then the site's own (checked when loading) replace those of the same name. */
    private static void copyAssets(List<Asset> site, SiteWriter out) throws IOException {
        for (Path f : Resources.files(Resources.directory("assets"), "")) {
            try (InputStream in = Files.newInputStream(f)) {
                out.write("assets/" + f.getFileName(), in.readAllBytes());
            }
        }
        for (Asset a : site) {
            out.write("assets/" + a.name(), a.bytes());
        }
    }

}
