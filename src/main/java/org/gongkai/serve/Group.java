package org.gongkai.serve;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Output files made from the same inputs, replaced together when one of the inputs changes. The
 * portal's pages are listed only when first asked for: listing them reads the whole portal, which
 * the page being edited does not wait for.
 */
final class Group {

    private final String name;
    private final Inputs reads;
    private Supplier<Map<String, Made>> list;
    private Map<String, Made> files;

    private Group(String name, Inputs reads, Supplier<Map<String, Made>> list) {
        this.name = name;
        this.reads = reads;
        this.list = list;
    }

    static Group of(String name, Inputs reads, Map<String, Made> files) {
        Group g = new Group(name, reads, null);
        g.files = Map.copyOf(files);
        return g;
    }

    static Group listedWhenAsked(String name, Inputs reads, Supplier<Map<String, Made>> list) {
        return new Group(name, reads, list);
    }

    String name() {
        return name;
    }

    Inputs reads() {
        return reads;
    }

    synchronized Map<String, Made> files() {
        if (list != null) {
            files = Map.copyOf(list.get());
            list = null;
        }
        return files;
    }

    synchronized boolean listed() {
        return list == null;
    }
}
