package org.gongkai.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.spi.ToolProvider;
import org.gongkai.Build;
import org.junit.jupiter.api.Test;

/** No package of org.gongkai depends, directly or through others, on a package that depends on it. */
class PackageCyclesTest {

    @Test
    void noCyclesAmongGongkaiPackages() throws Exception {
        Path classes = Path.of(Build.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps")
                .orElseThrow(() -> new AssertionError("jdeps is missing: the tests need a JDK, not a JRE"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", "-filter:none",
                classes.toString());
        assertEquals(0, rc, err.toString());
        PackageGraph graph = PackageGraph.fromJdeps(out.toString(), "org.gongkai");
        // The pipeline alone has more uses than this; fewer means the output was not understood.
        assertTrue(graph.edgeCount() > 20, "jdeps output not understood:\n" + out);
        StringBuilder report = new StringBuilder();
        for (List<String> cycle : graph.cycles()) {
            report.append(String.join(" ⇄ ", cycle)).append(": ").append(graph.edgesWithin(cycle)).append('\n');
        }
        assertEquals("", report.toString());
    }

    @Test
    void findsEachTangleOnce() {
        PackageGraph g = new PackageGraph();
        g.add("a", "b");
        g.add("b", "c");
        g.add("c", "a");
        g.add("a", "c");
        g.add("c", "d");
        g.add("d", "e");
        g.add("e", "d");
        g.add("f", "a");
        g.add("f", "f");
        assertEquals(List.of(List.of("a", "b", "c"), List.of("d", "e")), g.cycles());
        assertEquals(List.of("d -> e", "e -> d"), g.edgesWithin(List.of("d", "e")));
    }

    @Test
    void aLayeredGraphHasNone() {
        PackageGraph g = new PackageGraph();
        g.add("cli", "build");
        g.add("build", "render");
        g.add("build", "write");
        g.add("render", "model");
        g.add("write", "model");
        g.add("render", "render");
        assertEquals(List.of(), g.cycles());
    }

    @Test
    void readsJdepsOutput() {
        String output = """
                classes -> java.base
                classes -> not found
                   org.gongkai.render                                 -> java.util                                          java.base
                   org.gongkai.render                                 -> org.gongkai.render.portal                          classes
                   org.gongkai.render                                 -> gg.jte                                             not found
                   org.gongkai.render.portal                          -> org.gongkai.render                                 classes
                   org.gongkai.render.portal                          -> org.gongkai.model                                  classes
                   org.gongkaix                                       -> org.gongkai.render                                 classes
                   org.gongkai.model                                  -> org.gongkai.model                                  classes
                """;
        PackageGraph g = PackageGraph.fromJdeps(output, "org.gongkai");
        assertEquals(3, g.edgeCount());
        assertEquals(List.of(List.of("org.gongkai.render", "org.gongkai.render.portal")), g.cycles());
    }
}
