package org.gongkai.write;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Swaps two directories in one step with Linux's {@code renameat2(…, RENAME_EXCHANGE)} (kernel 3.15,
 * glibc 2.28), so that at every instant the output path holds either the whole old or the whole new
 * site. Java has no call for it; JNA reaches the C library. Where the call is missing (another
 * system, an older C library, a file system that does not support it) {@link #swap} answers false
 * and the writer falls back to two journaled renames.
 */
final class Exchange {

    /** Set to false to exercise the fallback on Linux (tests). */
    static final String PROPERTY = "gongkai.write.exchange";

    private static final int AT_FDCWD = -100;
    private static final int RENAME_EXCHANGE = 1 << 1;
    private static final int EINVAL = 22;
    private static final int ENOSYS = 38;
    private static final int EOPNOTSUPP = 95;

    private Exchange() {
    }

    /** The C library's renameat2, as JNA maps it. */
    interface LibC extends Library {
        int renameat2(int oldDirFd, String oldPath, int newDirFd, String newPath, int flags) throws LastErrorException;
    }

    /** Loaded on first use only: a build into a new or empty directory never needs it. */
    private static final class Holder {
        static final LibC LIBC = load();

        private static LibC load() {
            if (!System.getProperty("os.name", "").equals("Linux") || "false".equals(System.getProperty(PROPERTY))) {
                return null;
            }
            try {
                // Paths as bytes the way Java itself encodes file names.
                String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
                return Native.load("c", LibC.class, Map.of(Library.OPTION_STRING_ENCODING, encoding));
            } catch (LinkageError | RuntimeException e) {
                return null;
            }
        }
    }

    /**
     * Exchanges {@code a} and {@code b} (both must exist, on one file system) atomically.
     *
     * @return false when this system cannot exchange; nothing was changed then
     * @throws IOException when the exchange is possible in principle but failed; nothing was changed
     */
    static boolean swap(Path a, Path b) throws IOException {
        LibC libc = Holder.LIBC;
        if (libc == null) {
            return false;
        }
        try {
            libc.renameat2(AT_FDCWD, a.toString(), AT_FDCWD, b.toString(), RENAME_EXCHANGE);
            return true;
        } catch (UnsatisfiedLinkError e) {
            return false; // a C library without renameat2
        } catch (LastErrorException e) {
            int errno = e.getErrorCode();
            if (errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP) {
                return false;
            }
            throw new IOException("无法交换 " + a + " 与 " + b + "（errno " + errno + "）");
        }
    }
}
