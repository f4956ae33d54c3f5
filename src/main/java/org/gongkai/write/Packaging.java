package org.gongkai.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.gongkai.diag.Code;
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
                switch (t.kind()) {
                    case ZIP -> ZipArchive.write(site, t.path());
                    case BAG -> Bag.write(site, t.path(), info);
                    case WARC -> WebArchive.writeWarc(site, t.path(), info);
                    case WACZ -> WebArchive.writeWacz(site, t.path(), info);
                }
                written++;
            } catch (IOException | UncheckedIOException e) {
                diagnostics.report(Position.startOf(t.path().toString()), code(t), "门户已生成，但无法写入 " + t.kind().label() + "："
                        + e.getMessage(), "检查 " + t.option() + " 所指位置的空间和写权限");
            }
        }
        return written;
    }

    private static Code code(Packages.Target t) {
        return t.kind() == Packages.Kind.ZIP ? Code.IO_ZIP : Code.IO_ARCHIVE;
    }
}
