package org.gongkai.render.terms;

import java.util.List;
import java.util.Map;

/**
 * What a disclosure's pages need from the glossary machinery: the portal glossary's addresses of
 * terms (for terms the disclosure itself does not define; below the site root) and the
 * disclosure's 科目说明.
 */
public record Glossing(Map<String, String> portalAnchors, List<CodeNotes.Note> codes) {

    public static final Glossing NONE = new Glossing(Map.of(), List.of());

    public Glossing {
        portalAnchors = Map.copyOf(portalAnchors);
        codes = List.copyOf(codes);
    }
}
