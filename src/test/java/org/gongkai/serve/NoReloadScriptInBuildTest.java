package org.gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.SeedSite;
import org.junit.jupiter.api.Test;

/** The reload script and the error list are the server's: no file a build writes mentions either. */
class NoReloadScriptInBuildTest {

    @Test
    void noBuiltFileMentionsTheServersOwnAddressesOrEventStream() throws IOException {
        Path site = SeedSite.get();
        List<String> found = new ArrayList<>();
        int html = 0;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                html += f.toString().endsWith(".html") ? 1 : 0;
                for (String trace : List.of(LiveReload.PREFIX, "EventSource", "gongkai-preview-errors", "data-generation")) {
                    if (text.contains(trace)) {
                        found.add(site.relativize(f) + ": " + trace);
                    }
                }
            }
        }
        assertTrue(html > 50, "the seed site has its pages: " + html);
        assertEquals(List.of(), found);
    }
}
