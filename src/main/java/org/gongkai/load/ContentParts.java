package org.gongkai.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gongkai.diag.Diagnostics;
import org.gongkai.model.Department;
import org.gongkai.model.Disclosure;
import org.gongkai.model.FormSet;
import org.gongkai.model.GridLayout;
import org.gongkai.model.Kind;

/**
 * Single pieces of a content directory for tools that work on one file (import): the form sets and
 * grid layouts (bundled, then the site's own), and one disclosure file read as the build reads it.
 */
public final class ContentParts {

    private ContentParts() {
    }

    /** Bundled form sets, then the site's own: a site set with the same id replaces the bundled one. */
    public static Map<String, FormSet> formSets(Path contentDir, Diagnostics diagnostics) {
        YamlLoader yaml = new YamlLoader(diagnostics);
        Map<String, FormSet> sets = new TreeMap<>();
        List<Path> files = new ArrayList<>(Resources.files(Resources.directory("forms"), ".yaml"));
        files.addAll(Resources.files(contentDir.resolve("forms"), ".yaml"));
        for (Path f : files) {
            String name = f.startsWith(contentDir) ? f.toString() : "内置表样/" + f.getFileName();
            yaml.load(f, name).flatMap(root -> new FormReader(name, diagnostics).read(root)).ifPresent(set -> sets.put(set.id(), set));
        }
        return sets;
    }

    public static Map<String, GridLayout> layouts(Path contentDir, Diagnostics diagnostics) {
        YamlLoader yaml = new YamlLoader(diagnostics);
        GridLayoutReader reader = new GridLayoutReader(diagnostics);
        for (Path f : Resources.files(Resources.directory("performance"), ".yaml")) {
            yaml.load(f, "内置绩效版式/" + f.getFileName()).ifPresent(root -> reader.read(root, "内置绩效版式/" + f.getFileName()));
        }
        for (Path f : Resources.files(contentDir.resolve("performance"), ".yaml")) {
            yaml.load(f, f.toString()).ifPresent(root -> reader.read(root, f.toString()));
        }
        return reader.layouts();
    }

    /** One &lt;year&gt;-&lt;kind&gt;.yaml file, read and checked for shape exactly as a build reads it. */
    public static Optional<Disclosure> disclosure(Path file, String name, Department department, String year, Kind kind,
            Map<String, FormSet> formSets, Map<String, GridLayout> layouts, Diagnostics diagnostics) {
        return new YamlLoader(diagnostics).load(file, name)
                .flatMap(root -> new DisclosureReader(name, diagnostics, formSets, layouts).read(root, department, year, kind));
    }
}
