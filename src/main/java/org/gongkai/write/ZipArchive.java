package org.gongkai.write;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * A zip of a built portal that is the same bytes every time it is made from the same files:
 * entries sorted by path (directories as their own entries, before their contents), every
 * timestamp 1980-01-01 00:00 (the earliest DOS date), permissions 0644 for files and 0755 for
 * directories recorded as Unix modes, no extra fields beyond ZIP64's, no comments, names in UTF-8.
 *
 * <p>ZIP64 records are added only where the classic format runs out (more than 65,535 entries,
 * an entry or the archive past 4 GiB), so a small portal's zip opens in every unzip tool. Files are
 * deflated at the highest level, or stored when that does not make them smaller; deflate output
 * depends only on the zlib inside the Java runtime, so zips made by the same runtime are identical.
 */
public final class ZipArchive {

    private static final int FILE_MODE = 0100644;
    private static final int DIR_MODE = 040755;

    private ZipArchive() {
    }

    /** Zips everything below {@code root} into {@code zip}, replacing it only once complete. */
    public static void write(Path root, Path zip) throws IOException {
        Path dir = zip.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve(zip.getFileName() + ".partial");
        try {
            // A seekable target: sizes are patched into the local headers, no data descriptors.
            try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(tmp)) {
                write(root, out);
            }
            Files.move(tmp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void write(Path root, ZipArchiveOutputStream out) throws IOException {
        out.setEncoding("UTF-8");
        out.setUseZip64(Zip64Mode.AsNeeded);
        long time = dosEpoch();
        for (String name : names(root)) {
            ZipArchiveEntry entry = new ZipArchiveEntry(name);
            entry.setTime(time);
            boolean directory = name.endsWith("/");
            entry.setUnixMode(directory ? DIR_MODE : FILE_MODE);
            // Each file is read and deflated once; the smaller of deflated and stored goes in as is.
            byte[] data = directory ? new byte[0] : Files.readAllBytes(root.resolve(name));
            byte[] deflated = deflate(data);
            boolean store = deflated.length >= data.length;
            CRC32 crc = new CRC32();
            crc.update(data);
            entry.setMethod(store ? ZipArchiveEntry.STORED : ZipArchiveEntry.DEFLATED);
            entry.setSize(data.length);
            entry.setCompressedSize(store ? data.length : deflated.length);
            entry.setCrc(crc.getValue());
            out.addRawArchiveEntry(entry, new ByteArrayInputStream(store ? data : deflated));
        }
        out.finish();
    }

    /**
     * 1980-01-01 00:00 in the local zone: the zip library turns a time into DOS fields in the
     * local zone, so this gives the same fields (and bytes) in every zone.
     */
    private static long dosEpoch() {
        return LocalDateTime.of(1980, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    /** Every file and directory below root, '/'-separated, directories ending in '/', sorted. */
    private static TreeSet<String> names(Path root) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.toList()) {
                if (p.equals(root)) {
                    continue;
                }
                String name = root.relativize(p).toString().replace('\\', '/');
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    names.add(name + "/");
                } else if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static byte[] deflate(byte[] data) {
        if (data.length == 0) {
            return data;
        }
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream buf = new ByteArrayOutputStream(data.length / 2 + 64);
            byte[] chunk = new byte[64 * 1024];
            while (!deflater.finished()) {
                buf.write(chunk, 0, deflater.deflate(chunk));
            }
            return buf.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
