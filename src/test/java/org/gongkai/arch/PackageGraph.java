package org.gongkai.arch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which package uses which, and the cycles among them. A cycle is reported as a strongly connected
 * component of two or more packages (Tarjan's algorithm), so each tangle is named once however many
 * loops run through it.
 */
final class PackageGraph {

    /** A dependence line of {@code jdeps -verbose:package}: "   from   -> to   classes". */
    private static final Pattern JDEPS_LINE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s+\\S.*$");

    private final Map<String, Set<String>> edges = new TreeMap<>();

    void add(String from, String to) {
        edges.computeIfAbsent(from, k -> new TreeSet<>());
        edges.computeIfAbsent(to, k -> new TreeSet<>());
        if (!from.equals(to)) {
            edges.get(from).add(to);
        }
    }

    /** The dependences between packages whose names start with {@code prefix}, from jdeps' output. */
    static PackageGraph fromJdeps(String output, String prefix) {
        PackageGraph g = new PackageGraph();
        for (String line : output.split("\\R")) {
            Matcher m = JDEPS_LINE.matcher(line);
            if (m.matches() && inside(m.group(1), prefix) && inside(m.group(2), prefix)) {
                g.add(m.group(1), m.group(2));
            }
        }
        return g;
    }

    private static boolean inside(String pkg, String prefix) {
        return pkg.equals(prefix) || pkg.startsWith(prefix + ".");
    }

    int edgeCount() {
        return edges.values().stream().mapToInt(Set::size).sum();
    }

    /** Every set of packages that depend on each other in a circle, each sorted, in name order. */
    List<List<String>> cycles() {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> out = new ArrayList<>();
        for (String v : edges.keySet()) {
            if (!index.containsKey(v)) {
                connect(v, index, low, stack, onStack, out);
            }
        }
        out.sort(Comparator.comparing(c -> c.get(0)));
        return out;
    }

    private void connect(String v, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
            Set<String> onStack, List<List<String>> out) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
        for (String w : edges.get(v)) {
            if (!index.containsKey(w)) {
                connect(w, index, low, stack, onStack, out);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> component = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                component.sort(null);
                out.add(component);
            }
        }
    }

    /** The edges inside one cycle, "a -> b" each, to say which uses close the circle. */
    List<String> edgesWithin(List<String> component) {
        List<String> out = new ArrayList<>();
        for (String from : component) {
            for (String to : edges.get(from)) {
                if (component.contains(to)) {
                    out.add(from + " -> " + to);
                }
            }
        }
        return out;
    }
}
