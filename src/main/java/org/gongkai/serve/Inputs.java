package org.gongkai.serve;

import java.nio.file.Path;
import java.util.Set;

/**
 * What a group of output files was made from: content files, and folders standing for every file in
 * them; the glossary's defined terms (which every disclosure's pages link to); or everything.
 */
record Inputs(Set<Path> paths, boolean glossaryTerms, boolean everything) {

    static final Inputs EVERYTHING = new Inputs(Set.of(), true, true);

    Inputs {
        paths = Set.copyOf(paths);
    }

    /** Whether a change to {@code file} (created, changed or removed) can change the group's files. */
    boolean reads(Path file) {
        return everything || paths.contains(file) || file.getParent() != null && paths.contains(file.getParent());
    }
}
