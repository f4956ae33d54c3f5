package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md is the rule table; run with -Dgolden.update=true to rewrite it after changing a rule. */
class RulesDocTest {

    @Test
    void docsListEveryRule() throws IOException {
        Path doc = Path.of("docs", "rules.md");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(doc, RulesDoc.markdown(), StandardCharsets.UTF_8);
        }
        assertEquals(RulesDoc.markdown(), Files.readString(doc, StandardCharsets.UTF_8),
                "docs/rules.md is out of date: rewrite it with mvn test -Dtest=RulesDocTest -Dgolden.update=true");
    }
}
