package org.gongkai.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One build at a time per output directory: an exclusive lock on {@code <parent>/.<name>.gongkai-lock},
 * held from before the content is read until the new site is in place. A second build does not wait:
 * it fails at once. The lock file stays where it is (an empty file): deleting it would let a third
 * build lock a new file while a second still holds the old one. The operating system drops the lock
 * when the process ends, however it ends.
 */
public final class OutputLock implements AutoCloseable {

    /** Held by this process, by target: a second channel on the same file must not even be opened. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    /** Another build holds the lock. */
    public static final class Busy extends IOException {
        private static final long serialVersionUID = 1L;

        Busy(String message) {
            super(message);
        }
    }

    private final Path target;
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path target, Path file, FileChannel channel, FileLock lock) {
        this.target = target;
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of an output directory. */
    public static Path fileFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".gongkai-lock");
    }

    /**
     * Locks {@code target} (absolute, canonical), creating its parent folders and the lock file if
     * needed.
     *
     * @throws Busy when another build holds it
     */
    public static OutputLock acquire(Path target) throws IOException {
        Path file = fileFor(target);
        if (!HELD.add(target)) {
            throw busy(target, file);
        }
        try {
            Files.createDirectories(target.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (IOException | OverlappingFileLockException e) {
                channel.close();
                throw e;
            }
            if (lock == null) {
                channel.close();
                throw busy(target, file);
            }
            return new OutputLock(target, file, channel, lock);
        } catch (IOException | RuntimeException e) {
            HELD.remove(target);
            throw e;
        }
    }

    private static Busy busy(Path target, Path file) {
        return new Busy("输出目录 " + target + " 正由另一个 gongkai build 写入（锁文件 " + file + "）；等它结束后再试");
    }

    public Path target() {
        return target;
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            HELD.remove(target);
        }
    }
}
