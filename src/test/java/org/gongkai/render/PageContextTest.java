package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gongkai.model.Site;
import org.junit.jupiter.api.Test;

class PageContextTest {

    private static String rel(String from, String to) {
        return new PageContext(from, new Site("t", "", "", "", "", "", "", "", "", "", "", false), List.of()).rel(to);
    }

    @Test
    void linksGoUpToTheSharedFolderThenDown() {
        assertEquals("glossary.html#glossary-term-3", rel("d/2021-final/full.html", "d/2021-final/glossary.html#glossary-term-3"));
        assertEquals("../index.html", rel("d/2021-final/tables/expense.html", "d/2021-final/index.html"));
        assertEquals("../../e/2019-final/index.html", rel("d/2021-final/index.html", "e/2019-final/index.html"));
        assertEquals("../../assets/gongkai.css", rel("d/2021-final/index.html", "assets/gongkai.css"));
        assertEquals("search.html?q=事业运行", rel("index.html", "search.html?q=事业运行"));
        assertEquals("d/2021-final/index.html", rel("index.html", "d/2021-final/index.html"));
        // A folder and a file of the same name are not the same step.
        assertEquals("../d.html", rel("d/index.html", "d.html"));
        assertEquals("./", rel("index.html", ""));
    }
}
