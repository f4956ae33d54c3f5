package org.gongkai.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.diag.Code;

/**
 * Decides whether a build may write to an output path, before anything is loaded or touched. A build
 * replaces its output directory as a whole, so only three things qualify: a path that does not exist,
 * an empty directory, and a previous Gongkai output holding nothing but what its manifest lists.
 * Everything else is refused with the reason: the working directory or a folder holding it, the
 * content directory, a folder holding it or inside it, a file, a link, a git work tree, a folder of
 * someone else's files. Paths are compared after resolving links ({@link Path#toRealPath}), except the
 * output's own name: a link there is refused rather than followed.
 */
public final class OutputGuard {

    public static final String HINT = "生成时输出目录会被整体替换：--out 只能是不存在的路径、空目录或上次 Gongkai 生成的输出目录";
    /** How many foreign files a refusal names. */
    static final int LISTED = 10;
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    /** The answer for one build. */
    public sealed interface Verdict permits Accepted, Refused {
    }

    /** The output (and its packages) may be written; the paths are absolute and canonical. */
    public record Accepted(Path target, Packages packages) implements Verdict {
        public Optional<Path> zip() {
            return packages.zip();
        }
    }

    /** Not allowed: {@code shown} is the path as the user wrote it, {@code message} says why. */
    public record Refused(Code code, String shown, String message) implements Verdict {
    }

    /** A refusal found after the lock was taken (the folder changed since the first look). */
    public static final class RefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    private final Path workingDir;
    private final Path contentDir;

    /**
     * @param workingDir the directory relative paths are taken from (the process's current directory
     *                   for the command line)
     * @param contentDir the content directory of the build, which the output must keep clear of
     */
    public OutputGuard(Path workingDir, Path contentDir) {
        this.workingDir = workingDir.toAbsolutePath();
        this.contentDir = contentDir;
    }

    /** Checks {@code out}, and {@code zip} when given; nothing is created or changed. */
    public Verdict check(Path out, Optional<Path> zip) {
        return check(out, Packages.zipOnly(zip));
    }

    /** Checks {@code out} and every requested package; nothing is created or changed. */
    public Verdict check(Path out, Packages packages) {
        String shown = out.toString();
        if (shown.isEmpty()) {
            return new Refused(Code.IO_OUT_REFUSED, "--out", "输出目录不能是空字符串（--out \"\"）");
        }
        try {
            Path cwd = workingDir.toRealPath();
            Path content = real(workingDir.resolve(contentDir));
            Path target = canonical(workingDir.resolve(out));
            Optional<String> reason = placement(target, cwd, content).or(() -> problem(target));
            if (reason.isPresent()) {
                return new Refused(Code.IO_OUT_REFUSED, shown, refusal(shown, reason.get()));
            }
            for (Packages.Target t : packages.targets()) {
                Optional<String> why = packageProblem(t, out, target, content);
                if (why.isPresent()) {
                    return new Refused(Code.IO_ZIP_REFUSED, t.path().toString().isEmpty() ? t.option() : t.path().toString(), why.get());
                }
            }
            return new Accepted(target, canonical(packages));
        } catch (IOException e) {
            return new Refused(Code.IO_OUT_REFUSED, shown, refusal(shown, "无法检查这个路径（" + e + "）"));
        }
    }

    /**
     * For {@code archive}: the packages of an existing portal at {@code site} must not land inside it
     * nor replace anything that is not the same kind of package.
     */
    public Verdict checkPackages(Path site, Packages packages) {
        try {
            Path target = real(workingDir.resolve(site));
            for (Packages.Target t : packages.targets()) {
                Optional<String> why = packageProblem(t, site, target, target);
                if (why.isPresent()) {
                    return new Refused(Code.IO_ZIP_REFUSED, t.path().toString().isEmpty() ? t.option() : t.path().toString(), why.get());
                }
            }
            return new Accepted(target, canonical(packages));
        } catch (IOException e) {
            return new Refused(Code.IO_ZIP_REFUSED, site.toString(), "无法检查这个路径（" + e + "）");
        }
    }

    private Packages canonical(Packages p) throws IOException {
        return new Packages(canonical(p.zip()), canonical(p.bag()), canonical(p.warc()), canonical(p.wacz()));
    }

    private Optional<Path> canonical(Optional<Path> p) throws IOException {
        return p.isEmpty() ? Optional.empty() : Optional.of(canonical(workingDir.resolve(p.get())));
    }

    static String refusal(String shown, String reason) {
        return "不能用“" + shown + "”作输出目录：" + reason;
    }

    private static Optional<String> placement(Path target, Path cwd, Path content) {
        Path parent = target.getParent();
        if (parent != null && Files.exists(parent) && !Files.isDirectory(parent)) {
            return Optional.of("它的上级 " + parent + " 不是目录");
        }
        if (target.equals(cwd)) {
            return Optional.of("它就是当前目录 " + cwd);
        }
        if (cwd.startsWith(target)) {
            return Optional.of("它包含当前目录 " + cwd);
        }
        if (target.equals(content)) {
            return Optional.of("它就是内容目录 " + content);
        }
        if (content.startsWith(target)) {
            return Optional.of("它包含内容目录 " + content);
        }
        if (target.startsWith(content)) {
            return Optional.of("它在内容目录 " + content + " 里面");
        }
        return Optional.empty();
    }

    /**
     * What makes an existing {@code target} unfit, looking only at the target itself (the build checks
     * this again once it holds the lock). Empty when the target is missing, empty, or a clean previous
     * output.
     */
    static Optional<String> problem(Path target) {
        try {
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(target, BasicFileAttributes.class, NOFOLLOW);
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
            if (a.isSymbolicLink()) {
                return Optional.of("它是符号链接（指向 " + Files.readSymbolicLink(target) + "），Gongkai 不替换链接");
            }
            if (a.isRegularFile()) {
                return Optional.of("它是一个已有的文件，不是目录");
            }
            if (!a.isDirectory()) {
                return Optional.of("它不是目录，而是特殊文件（设备、管道或套接字）");
            }
            if (Files.exists(target.resolve(".git"), NOFOLLOW)) {
                return Optional.of("它是 git 工作区（含有 .git）");
            }
            if (isEmpty(target)) {
                return Optional.empty();
            }
            Path json = target.resolve(Manifest.JSON);
            if (!Files.isRegularFile(json, NOFOLLOW)) {
                return Optional.of("它不是空目录，也不是 Gongkai 的输出目录（没有 " + Manifest.JSON + "）");
            }
            Manifest manifest;
            try {
                manifest = Manifest.parse(Files.readString(json, StandardCharsets.UTF_8));
            } catch (Manifest.InvalidManifest e) {
                return Optional.of("它的 " + Manifest.JSON + " 不是有效的 Gongkai 文件清单：" + e.getMessage());
            } catch (MalformedInputException e) {
                return Optional.of("它的 " + Manifest.JSON + " 不是 UTF-8 文本");
            }
            Foreign foreign = foreign(target, manifest);
            if (foreign.git().isPresent()) {
                return Optional.of("它里面有 git 工作区 " + foreign.git().get());
            }
            if (foreign.paths().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of("其中 " + foreign.paths().size() + " 个文件或目录不是 Gongkai 写入的（不在它的 " + Manifest.JSON
                    + " 里）：" + list(foreign.paths()) + "；Gongkai 只删除自己写入的文件");
        } catch (IOException e) {
            return Optional.of("无法检查这个目录（" + e + "）");
        }
    }

    /** Up to {@link #LISTED} names joined, with "等" when there are more. */
    static String list(List<String> names) {
        String shown = String.join("、", names.subList(0, Math.min(LISTED, names.size())));
        return names.size() > LISTED ? shown + " 等" : shown;
    }

    /**
     * Everything below a previous output that its manifest does not account for, as '/'-separated
     * paths (folders end in '/'), outermost only: a foreign folder is named, not its contents. Links
     * and special files are foreign wherever they are; nothing is followed. {@code git} is the first
     * git work tree found anywhere below, if any.
     */
    record Foreign(List<String> paths, Optional<String> git) {
    }

    static Foreign foreign(Path root, Manifest manifest) throws IOException {
        Set<String> files = manifest.paths();
        Set<String> dirs = manifest.directories();
        List<String> found = new ArrayList<>();
        List<String> git = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            private boolean inForeign(String rel) {
                return !found.isEmpty() && found.stream().anyMatch(f -> f.endsWith("/") && rel.startsWith(f));
            }

            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                String rel = relative(root, dir);
                if (dir.getFileName().toString().equals(".git")) {
                    git.add(rel + "/");
                }
                if (!dirs.contains(rel) && !inForeign(rel)) {
                    found.add(rel + "/");
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String rel = relative(root, file);
                if (file.getFileName().toString().equals(".git")) {
                    git.add(rel);
                }
                boolean ours = attrs.isRegularFile() && (files.contains(rel) || Manifest.OWN_FILES.contains(rel));
                if (!ours && !inForeign(rel)) {
                    found.add(rel);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return new Foreign(found, git.stream().findFirst());
    }

    /**
     * A package must not land in the output or the content, nor replace anything that is not the
     * same kind of package; a bag is a directory and is never written over an existing path.
     */
    private Optional<String> packageProblem(Packages.Target t, Path out, Path target, Path content) throws IOException {
        String shown = t.path().toString();
        String kind = t.kind().label();
        if (shown.isEmpty()) {
            return Optional.of(kind + "名不能是空字符串（" + t.option() + " \"\"）");
        }
        Path file = canonical(workingDir.resolve(t.path()));
        if (file.startsWith(target)) {
            return Optional.of(kind + " " + shown + " 不能放在输出目录 " + out + " 里（生成时输出目录会被整体替换）");
        }
        if (file.startsWith(content)) {
            return Optional.of(kind + " " + shown + " 不能放在内容目录 " + content + " 里");
        }
        if (target.startsWith(file)) {
            return Optional.of(kind + " " + shown + " 不能包含输出目录 " + out);
        }
        if (t.kind() == Packages.Kind.BAG) {
            return Files.exists(file, NOFOLLOW)
                    ? Optional.of(kind + " " + shown + " 已存在；请指定一个不存在的目录（Gongkai 不覆盖、不删除已有文件）")
                    : Optional.empty();
        }
        return fileProblem(file, shown, kind, t.kind() == Packages.Kind.WARC ? OutputGuard::isGzip : OutputGuard::isZip);
    }

    private interface Kind {
        boolean test(Path file) throws IOException;
    }

    private static Optional<String> fileProblem(Path file, String shown, String kind, Kind ofKind) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class, NOFOLLOW);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (a.isSymbolicLink()) {
            return Optional.of(kind + " " + shown + " 是符号链接，Gongkai 不替换链接");
        }
        if (a.isDirectory()) {
            return Optional.of(kind + " " + shown + " 是一个已有的目录");
        }
        if (!a.isRegularFile()) {
            return Optional.of(kind + " " + shown + " 是特殊文件（设备、管道或套接字）");
        }
        if (a.size() > 0 && !ofKind.test(file)) {
            return Optional.of(kind + " " + shown + " 已存在且不是 " + kind.replace(" 文件", "") + " 文件，Gongkai 不覆盖它");
        }
        return Optional.empty();
    }

    private static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && (head[0] & 0xFF) == 0x1f && (head[1] & 0xFF) == 0x8b;
        }
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return Arrays.equals(head, new byte[] {'P', 'K', 3, 4}) || Arrays.equals(head, new byte[] {'P', 'K', 5, 6});
        }
    }

    /**
     * Where a path really is: its folder resolved through links, its own name kept as it is (a link
     * there is reported, not followed). "." and ".." are resolved, being no names of their own.
     */
    static Path canonical(Path absolute) throws IOException {
        Path name = absolute.getFileName();
        Path parent = absolute.getParent();
        if (name == null || parent == null) {
            return absolute;
        }
        if (name.toString().equals(".") || name.toString().equals("..")) {
            return real(absolute);
        }
        return real(parent).resolve(name);
    }

    /** The real path of what exists, and the missing rest appended to it. */
    static Path real(Path absolute) throws IOException {
        if (Files.exists(absolute)) {
            return absolute.toRealPath();
        }
        Path parent = absolute.getParent();
        Path name = absolute.getFileName();
        if (parent == null || name == null) {
            return absolute;
        }
        Path up = real(parent);
        return switch (name.toString()) {
            case "." -> up;
            case ".." -> up.getParent() == null ? up : up.getParent();
            default -> up.resolve(name);
        };
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }

    static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
