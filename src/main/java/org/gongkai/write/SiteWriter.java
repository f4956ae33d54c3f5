package org.gongkai.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The write stage. Everything goes into a staging folder beside the target (see {@link Staging});
 * only a complete build is switched in, so a failed build never leaves a half-written or emptied
 * site. Every file written is recorded with its size and SHA-256, and the commit writes the
 * {@link Manifest} last.
 *
 * <p>Opening a writer, under the output's {@link OutputLock}: an interrupted switch of an earlier
 * build is completed or rolled back, the target is checked again ({@link OutputGuard#problem}), and
 * staging folders of killed builds are cleared. The switch: into a missing or empty target, one
 * rename; over a previous site, one {@link Exchange} where the system has it, otherwise two renames
 * with a journal (between them, for an instant, nothing is at the target; a build killed there is
 * rolled back by the next). The replaced site is then removed by its own manifest: files Gongkai
 * did not write stay where they are and are reported in {@link #notes()}.
 */
public final class SiteWriter implements FileSink, AutoCloseable {

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private final Path target;
    private final OutputLock lock;
    private final boolean ownLock;
    private final boolean exchange;
    private final Staging staging;
    private final Path root;
    private final Map<String, Manifest.Entry> files = new ConcurrentSkipListMap<>();
    private volatile ArchiveInfo about;
    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());
    private boolean committed;
    private boolean closed;

    /** A writer with its own lock on {@code target}, released on {@link #close()}. */
    public SiteWriter(Path target) throws IOException {
        this(target, true);
    }

    /** With {@code exchange} false, the switch is always two journaled renames (to test that path on Linux). */
    SiteWriter(Path target, boolean exchange) throws IOException {
        this(OutputLock.acquire(OutputGuard.canonical(target.toAbsolutePath())), true, exchange);
    }

    /** A writer for the target of a lock the caller holds (and releases). */
    public SiteWriter(OutputLock lock) throws IOException {
        this(lock, false, true);
    }

    private SiteWriter(OutputLock lock, boolean ownLock, boolean exchange) throws IOException {
        this.lock = lock;
        this.ownLock = ownLock;
        this.exchange = exchange;
        this.target = lock.target();
        try {
            this.staging = prepare();
        } catch (IOException | RuntimeException e) {
            if (ownLock) {
                lock.close();
            }
            throw e;
        }
        this.root = staging.site();
    }

    private Staging prepare() throws IOException {
        List<Staging> leftovers = Staging.leftovers(target);
        for (Staging s : leftovers) {
            String note = s.recover(target);
            if (note != null) {
                notes.add(note);
            }
        }
        Optional<String> problem = OutputGuard.problem(target);
        if (problem.isPresent()) {
            throw new OutputGuard.RefusedException(OutputGuard.refusal(target.toString(), problem.get()));
        }
        for (Staging s : leftovers) {
            keptNote(s.dir, s.clean(), "上次中断的生成留下的临时目录");
        }
        for (String legacy : List.of(".old", ".building")) {
            removeLegacy(target.resolveSibling(target.getFileName() + legacy));
        }
        return Staging.create(target);
    }

    /** Sites that earlier versions left beside the target under fixed names: removed by their manifest. */
    private void removeLegacy(Path dir) throws IOException {
        if (!Files.isDirectory(dir, NOFOLLOW)) {
            return;
        }
        Manifest manifest = Removal.manifestOf(dir);
        if (manifest == null) {
            notes.add("旧版本 Gongkai 留下的 " + dir + " 没有有效的文件清单，没有删除；确认不需要后请自行删除");
            return;
        }
        keptNote(dir, Removal.removeSite(dir, manifest), "旧版本 Gongkai 留下的旧门户");
    }

    private void keptNote(Path dir, List<String> kept, String what) {
        if (!kept.isEmpty()) {
            notes.add(what + " " + dir + " 中有 " + kept.size() + " 个文件或目录不是 Gongkai 写入的，没有删除："
                    + OutputGuard.list(kept) + "；确认后请自行处理");
        }
    }

    /**
     * Writes one output file; {@code path} is relative to the site root, '/'-separated. Writing the
     * same path again replaces the file (site assets replace bundled ones this way).
     */
    @Override
    public void write(String path, byte[] bytes) {
        if (closed || committed) {
            throw new IllegalStateException("the writer is " + (closed ? "closed" : "committed") + ": " + path);
        }
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("output path escapes the site: " + path);
        }
        String key = root.relativize(file).toString().replace('\\', '/');
        if (Manifest.OWN_FILES.contains(key)) {
            throw new IllegalArgumentException("reserved for the manifest: " + path);
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            files.put(key, new Manifest.Entry(key, bytes.length, Sha256.of(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files written so far, not counting the manifest. */
    public int fileCount() {
        return files.size();
    }

    /** Paths written so far, sorted. */
    public List<String> paths() {
        return List.copyOf(files.keySet());
    }

    /** The absolute output directory. */
    public Path target() {
        return target;
    }

    /**
     * What the user should know that is no error: an interrupted earlier build that was rolled back,
     * files that were not Gongkai's and therefore kept.
     */
    public List<String> notes() {
        synchronized (notes) {
            return List.copyOf(notes);
        }
    }

    /** What the manifest says about the portal (generator, publisher, date), for archival packages. */
    public void describe(ArchiveInfo info) {
        this.about = info;
    }

    /**
     * Writes the manifest of everything written, then switches the finished site in. When this throws,
     * the switch did not happen: the target holds the old site as it was.
     */
    public void commit() throws IOException {
        if (closed || committed) {
            throw new IllegalStateException("commit after " + (closed ? "close" : "commit"));
        }
        Manifest manifest = new Manifest(List.copyOf(files.values()), Optional.ofNullable(about));
        Files.write(root.resolve(Manifest.JSON), manifest.toJson());
        Files.write(root.resolve(Manifest.SUMS), manifest.toSha256Sums());
        switchIn();
        committed = true;
        try {
            keptNote(staging.dir, staging.clean(), "替换下来的旧门户所在的临时目录");
        } catch (IOException e) {
            notes.add("新门户已就位，但替换下来的旧门户没有删除干净（" + e.getMessage() + "），下次生成时会继续清理 " + staging.dir);
        }
    }

    private void switchIn() throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(target, BasicFileAttributes.class, NOFOLLOW);
        } catch (NoSuchFileException e) {
            a = null;
        }
        if (a == null || a.isDirectory() && isEmpty(target)) {
            // rename(2) replaces an empty folder in the same step; a folder filled meanwhile makes it fail.
            Files.move(root, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        if (exchange && Exchange.swap(root, target)) {
            staging.markReplaced(Staging.SITE);
            return;
        }
        Path old = staging.old();
        staging.writeJournal(target);
        try {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.delete(staging.journal());
            throw e;
        }
        try {
            Files.move(root, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                Files.delete(staging.journal());
            } catch (IOException again) {
                e.addSuppressed(again);
                throw new IOException("无法换上新门户，原来的门户暂时在 " + old + "，下次生成时会放回（" + e.getMessage() + "）", e);
            }
            throw e;
        }
        staging.markReplaced(Staging.OLD);
        Files.delete(staging.journal());
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }

    /**
     * Removes the staging folder of a build that was not committed (the target was not touched) and
     * releases the lock if it is the writer's own. Never throws: what cannot be removed now is removed
     * by the next build, and said in {@link #notes()}.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            // With a journal, a failed switch could not be undone: the next build puts the old site back.
            if (!committed && !Files.exists(staging.journal(), NOFOLLOW)) {
                // The marker goes last, so a kill meanwhile leaves a folder known as ours.
                keptNote(staging.dir, staging.clean(), "本次生成的临时目录");
            }
        } catch (IOException e) {
            notes.add("临时目录 " + staging.dir + " 没有删除干净（" + e.getMessage() + "），下次生成时会清理");
        } finally {
            if (ownLock) {
                try {
                    lock.close();
                } catch (IOException e) {
                    notes.add("无法释放锁文件 " + lock.file() + "（" + e.getMessage() + "）");
                }
            }
        }
    }
}
