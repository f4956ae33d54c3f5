package org.gongkai;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gongkai.check.Checks;
import org.gongkai.diag.Diagnostics;
import org.gongkai.diag.Position;
import org.gongkai.load.Content;
import org.gongkai.load.ContentReader;
import org.gongkai.load.Resources;
import org.gongkai.render.Renderer;
import org.gongkai.write.SiteWriter;

/**
 * The orchestrator. A build is, in order: load (YAML to model) → check → render → write.
 * Nothing is written unless loading and checking found no errors.
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
        loadAndCheck(diagnostics);
        return new Result(diagnostics, 0, false);
    }

    /** Load, check, and when there are no errors (no findings at all with {@code strict}), render and write. */
    public Result build(Path outDir, boolean strict) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Content> content = loadAndCheck(diagnostics);
        boolean blocked = diagnostics.hasErrors() || strict && !diagnostics.sorted().isEmpty();
        if (content.isEmpty() || blocked) {
            return new Result(diagnostics, 0, false);
        }
        try (SiteWriter out = new SiteWriter(outDir)) {
            new Renderer().render(content.get().portal(), out);
            copyAssets(content.get().assetOverrides(), out);
            out.commit();
            return new Result(diagnostics, out.fileCount(), true);
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(Position.startOf(outDir.toString()), "io.write", "无法写入输出目录：" + e.getMessage(),
                    "检查输出目录所在磁盘的空间和写权限");
            return new Result(diagnostics, 0, false);
        }
    }

    private Optional<Content> loadAndCheck(Diagnostics diagnostics) {
        Optional<Content> content = new ContentReader(contentDir, diagnostics).read();
        content.ifPresent(c -> new Checks(c.catalogue(), diagnostics).run(c.portal()));
        return content;
    }

    /** Bundled assets first, then the site's own files of the same name replace them. */
    private static void copyAssets(Path overrides, SiteWriter out) throws IOException {
        for (Path dir : Stream.of(Resources.directory("assets"), overrides).filter(p -> p != null).toList()) {
            for (Path f : Resources.files(dir, "")) {
                try (InputStream in = Files.newInputStream(f)) {
                    out.write("assets/" + f.getFileName(), in.readAllBytes());
                }
            }
        }
    }

}
