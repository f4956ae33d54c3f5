package org.gongkai.serve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The files a preview serves, by path, in groups that record what they read. Immutable. */
final class SiteFiles {

    static final SiteFiles EMPTY = new SiteFiles(Map.of(), Map.of());

    private final Map<String, Group> groups;
    /** The files of groups listed when this was made; the others are asked on a miss. */
    private final Map<String, Made> byPath;
    private final List<Group> unlisted;

    private SiteFiles(Map<String, Group> groups, Map<String, Made> byPath) {
        this.groups = groups;
        this.byPath = byPath;
        this.unlisted = groups.values().stream().filter(g -> !g.listed()).toList();
    }

    Optional<Made> file(String path) {
        Made m = byPath.get(path);
        for (int i = 0; m == null && i < unlisted.size(); i++) {
            m = unlisted.get(i).files().get(path);
        }
        return Optional.ofNullable(m);
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    /** Every file, listing every group. */
    Map<String, Made> files() {
        Map<String, Made> all = new HashMap<>(byPath);
        unlisted.forEach(g -> all.putAll(g.files()));
        return Collections.unmodifiableMap(all);
    }

    Collection<Group> groups() {
        return groups.values();
    }

    /** These files with the groups {@code removed} taken out and {@code added} put in (replacing their namesakes). */
    SiteFiles with(Collection<String> removed, Collection<Group> added) {
        Map<String, Group> g = new LinkedHashMap<>(groups);
        List<Group> gone = new ArrayList<>();
        removed.forEach(name -> gone.add(g.remove(name)));
        added.forEach(a -> gone.add(g.put(a.name(), a)));
        // The path index changes by the groups replaced, not by the whole site (a province has many files).
        Map<String, Made> paths = new HashMap<>(byPath);
        // A group never listed has nothing in the index, and is not listed now.
        gone.stream().filter(o -> o != null && o.listed()).forEach(o -> o.files().keySet().forEach(paths::remove));
        added.stream().filter(Group::listed).forEach(a -> paths.putAll(a.files()));
        return new SiteFiles(g, paths);
    }
}
