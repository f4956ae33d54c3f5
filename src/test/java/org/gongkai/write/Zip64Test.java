package org.gongkai.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site past the classic zip limit of 65,535 entries (a city portal reaches it at about 2,400
 * disclosures) zips with ZIP64 records and unzips whole, and zipping it twice gives the same bytes.
 */
class Zip64Test {

    static final int FILES = 70_000;

    @TempDir
    Path tmp;

    @Test
    void seventyThousandFilesZipAndUnzip() throws IOException {
        Path site = tmp.resolve("site");
        for (int d = 0; d < 70; d++) {
            Path dir = Files.createDirectories(site.resolve("d" + d));
            for (int f = 0; f < FILES / 70; f++) {
                Files.writeString(dir.resolve(f + ".html"), "<p>" + d + "/" + f + "</p>\n", StandardCharsets.UTF_8);
            }
        }
        Path zip = tmp.resolve("a.zip");
        ZipArchive.write(site, zip);
        int files = 0;
        try (ZipFile z = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            assertEquals(FILES + 70, z.size(), "every file and directory is an entry");
            for (ZipEntry e : Collections.list(z.entries())) {
                if (e.isDirectory()) {
                    continue;
                }
                files++;
                try (InputStream in = z.getInputStream(e)) {
                    assertArrayEquals(Files.readAllBytes(site.resolve(e.getName())), in.readAllBytes(), e.getName());
                }
            }
        }
        assertEquals(FILES, files);
        Path again = tmp.resolve("b.zip");
        ZipArchive.write(site, again);
        assertEquals(-1L, Files.mismatch(zip, again), "byte-identical");
    }
}
