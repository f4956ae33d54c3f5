package org.gongkai.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A zip of a built portal that is the same bytes every time it is made from the same files:
 * entries sorted by path (directories as their own entries, before their contents), every
 * timestamp 1980-01-01 00:00 (the earliest DOS date, written as-is so no time zone enters),
 * permissions 0644 for files and 0755 for directories recorded as Unix modes, no extra fields,
 * no comments, names in UTF-8.
 *
 * <p>Written by hand rather than with {@link java.util.zip.ZipOutputStream}, which cannot record
 * Unix permissions. Files are deflated at the highest level, or stored when that does not make them
 * smaller; deflate output depends only on the zlib inside the Java runtime, so zips made by the same
 * runtime are byte-identical. Limits of the classic zip format (no ZIP64): 65,535 entries and 4 GiB.
 */
public final class ZipArchive {

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_CENTRAL = 0x06054b50;
    private static final int VERSION = 20;
    private static final int MADE_BY_UNIX = 3 << 8 | VERSION;
    private static final int UTF8_NAMES = 1 << 11;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;
    /** 1980-01-01 in MS-DOS date format (years since 1980, month, day); the time is 00:00:00. */
    private static final int DOS_DATE = 1 << 5 | 1;
    private static final int DOS_TIME = 0;
    private static final int FILE_MODE = 0100644;
    private static final int DIR_MODE = 040755;
    private static final int DOS_DIRECTORY = 0x10;
    private static final long MAX_32 = 0xFFFFFFFFL;

    private record Written(String name, boolean directory, int method, long crc, long compressed, long size, long offset) {
    }

    private ZipArchive() {
    }

    /** Zips everything below {@code root} into {@code zip}, replacing it only once complete. */
    public static void write(Path root, Path zip) throws IOException {
        Path dir = zip.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve(zip.getFileName() + ".partial");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
                write(root, out);
            }
            Files.move(tmp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static void write(Path root, OutputStream target) throws IOException {
        CountingStream out = new CountingStream(target);
        List<Written> entries = new ArrayList<>();
        for (String name : names(root)) {
            if (entries.size() == 0xFFFF) {
                throw new IOException("门户文件超过 65535 个，超出 ZIP 格式的限制");
            }
            boolean directory = name.endsWith("/");
            byte[] data = directory ? new byte[0] : Files.readAllBytes(root.resolve(name));
            entries.add(entry(out, name, directory, data));
        }
        long centralStart = out.count;
        for (Written e : entries) {
            centralHeader(out, e);
        }
        long centralSize = out.count - centralStart;
        checkSize(centralStart + centralSize);
        out.int32(END_OF_CENTRAL);
        out.int16(0);
        out.int16(0);
        out.int16(entries.size());
        out.int16(entries.size());
        out.int32(centralSize);
        out.int32(centralStart);
        out.int16(0);
        out.flush();
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
                if (Files.isDirectory(p)) {
                    names.add(name + "/");
                } else if (Files.isRegularFile(p)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static Written entry(CountingStream out, String name, boolean directory, byte[] data) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(data);
        byte[] deflated = deflate(data);
        boolean store = deflated.length >= data.length;
        byte[] body = store ? data : deflated;
        int method = store ? STORED : DEFLATED;
        long offset = out.count;
        checkSize(offset + body.length + 30L + name.length() * 3L);
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        out.int32(LOCAL_HEADER);
        out.int16(VERSION);
        out.int16(UTF8_NAMES);
        out.int16(method);
        out.int16(DOS_TIME);
        out.int16(DOS_DATE);
        out.int32(crc.getValue());
        out.int32(body.length);
        out.int32(data.length);
        out.int16(nameBytes.length);
        out.int16(0);
        out.write(nameBytes);
        out.write(body);
        return new Written(name, directory, method, crc.getValue(), body.length, data.length, offset);
    }

    private static void centralHeader(CountingStream out, Written e) throws IOException {
        byte[] nameBytes = e.name().getBytes(StandardCharsets.UTF_8);
        long external = e.directory() ? (long) DIR_MODE << 16 | DOS_DIRECTORY : (long) FILE_MODE << 16;
        out.int32(CENTRAL_HEADER);
        out.int16(MADE_BY_UNIX);
        out.int16(VERSION);
        out.int16(UTF8_NAMES);
        out.int16(e.method());
        out.int16(DOS_TIME);
        out.int16(DOS_DATE);
        out.int32(e.crc());
        out.int32(e.compressed());
        out.int32(e.size());
        out.int16(nameBytes.length);
        out.int16(0);
        out.int16(0);
        out.int16(0);
        out.int16(0);
        out.int32(external);
        out.int32(e.offset());
        out.write(nameBytes);
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

    private static void checkSize(long bytes) throws IOException {
        if (bytes > MAX_32) {
            throw new IOException("门户超过 4 GiB，超出 ZIP 格式（不含 ZIP64）的限制");
        }
    }

    /** Little-endian output that knows its position. */
    private static final class CountingStream {
        private final OutputStream out;
        private long count;

        CountingStream(OutputStream out) {
            this.out = out;
        }

        void int16(int v) throws IOException {
            out.write(v & 0xFF);
            out.write(v >>> 8 & 0xFF);
            count += 2;
        }

        void int32(long v) throws IOException {
            int16((int) (v & 0xFFFF));
            int16((int) (v >>> 16 & 0xFFFF));
        }

        void write(byte[] b) throws IOException {
            out.write(b);
            count += b.length;
        }

        void flush() throws IOException {
            out.flush();
        }
    }
}
