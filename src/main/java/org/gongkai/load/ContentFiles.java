package org.gongkai.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.gongkai.diag.Code;
import org.gongkai.diag.Diagnostics;
import org.gongkai.diag.Position;

/**
 * Lists content/ without ever following a symbolic link: a link could publish any file on the
 * machine (content/assets/print.css → /etc/shadow) or read content from outside the folder that
 * was reviewed. Every link the loader meets is an error at the link's own path; hidden entries
 * (".git", ".DS_Store") are passed over as before.
 */
final class ContentFiles {

    static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};

    private final Diagnostics diagnostics;
    private final Function<Path, String> display;
    /** Links already reported: the root listing and the reader of site.yaml or forms/ meet the same link. */
    private final Set<Path> reported = ConcurrentHashMap.newKeySet();

    ContentFiles(Diagnostics diagnostics, Function<Path, String> display) {
        this.diagnostics = diagnostics;
        this.display = display;
    }

    /** True, after reporting it, when {@code path} is a symbolic link. */
    boolean isLink(Path path) {
        if (!Files.isSymbolicLink(path)) {
            return false;
        }
        if (reported.add(path)) {
            diagnostics.report(Position.startOf(display.apply(path)), Code.CONTENT_SYMLINK, "这是符号链接，内容目录中不能有符号链接",
                    "把链接指向的文件或目录复制到这里；生成门户时不跟随链接，以免读取或发布内容目录以外的文件");
        }
        return true;
    }

    /** Whether {@code path} is a directory here, not a link to one (a link is reported). */
    boolean isDirectory(Path path) {
        return !isLink(path) && Files.isDirectory(path, NO_FOLLOW);
    }

    /**
     * The entries directly in {@code dir} that are not hidden, sorted by name, with links reported
     * and left out; empty when {@code dir} is absent (or is itself a link, which is reported).
     */
    List<Path> entries(Path dir) throws IOException {
        if (!isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .filter(p -> !isLink(p))
                    .toList();
        }
    }

    /** Regular files directly in {@code dir} ending in {@code suffix}, as {@link #entries}. */
    List<Path> files(Path dir, String suffix) {
        try {
            return entries(dir).stream()
                    .filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p, NO_FOLLOW))
                    .toList();
        } catch (IOException e) {
            diagnostics.report(Position.startOf(display.apply(dir)), Code.IO_CONTENT_DIR, "无法列出目录", "检查目录的读取权限");
            return List.of();
        }
    }
}
