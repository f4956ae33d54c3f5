package org.gongkai.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.gongkai.diag.Diagnostics;
import org.gongkai.diag.Position;

/** Makes the requested packages of a finished portal; each failure is an I/O error of its own. */
public final class Packaging {

    private Packaging() {
    }

    /** Writes each of {@code packages} from the portal at {@code site}; returns how many were written. */
    public static int write(Path site, ArchiveInfo info, Packages packages, Diagnostics diagnostics) {
        int written = 0;
        for (Packages.Target t : packages.targets()) {
            try {
                switch (t.option()) {
                    case "--zip" -> ZipArchive.write(site, t.path());
                    case "--bag" -> Bag.write(site, t.path(), info);
                    case "--warc" -> WebArchive.writeWarc(site, t.path(), info);
                    default -> WebArchive.writeWacz(site, t.path(), info);
                }
                written++;
            } catch (IOException | UncheckedIOException e) {
                diagnostics.error(Position.startOf(t.path().toString()), code(t), "门户已生成，但无法写入 " + name(t) + "："
                        + e.getMessage(), "检查 " + t.option() + " 所指位置的空间和写权限");
            }
        }
        return written;
    }

    private static String code(Packages.Target t) {
        return t.option().equals("--zip") ? "io.zip" : "io.archive";
    }

    public static String name(Packages.Target t) {
        return switch (t.option()) {
            case "--zip" -> "ZIP 文件";
            case "--bag" -> "BagIt 目录";
            case "--warc" -> "WARC 文件";
            default -> "WACZ 文件";
        };
    }
}
