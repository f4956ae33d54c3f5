package org.gongkai.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/diagnostics.md is the code table; run with -Dgolden.update=true to rewrite it after changing a code. */
class DiagnosticsDocTest {

    @Test
    void docsListEveryCode() throws IOException {
        Path doc = Path.of("docs", "diagnostics.md");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(doc, DiagnosticsDoc.markdown(), StandardCharsets.UTF_8);
        }
        assertEquals(DiagnosticsDoc.markdown(), Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "",
                "docs/diagnostics.md is out of date: rewrite it with mvn test -Dtest=DiagnosticsDocTest -Dgolden.update=true");
    }
}
