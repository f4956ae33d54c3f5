package org.gongkai.diag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects every diagnostic of a run (thread-safe) so that all errors of all files are reported
 * together, and keeps the source text of each file for printing the offending line.
 */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();
    private final List<Acknowledged> acknowledged = new ArrayList<>();
    private final Map<String, String> sources = new HashMap<>();

    public synchronized void add(Diagnostic d) {
        items.add(d);
    }

    /**
     * A finding the content explains ({@code acknowledgements}): kept apart from the report, so it
     * neither counts nor changes the exit code, but can be listed with its note on request.
     */
    public synchronized void addAcknowledged(Diagnostic d, String note) {
        acknowledged.add(new Acknowledged(d, note));
    }

    /** Acknowledged findings in the same stable order as {@link #sorted()}. */
    public synchronized List<Acknowledged> acknowledged() {
        List<Acknowledged> copy = new ArrayList<>(acknowledged);
        copy.sort(java.util.Comparator.comparing(Acknowledged::diagnostic, Diagnostic.ORDER));
        return copy;
    }

    /** A diagnostic at {@code at}, as serious as its code says. */
    public void report(Position at, Code code, String message, String hint) {
        add(new Diagnostic(at, code, message, hint));
    }

    public synchronized void registerSource(String file, String text) {
        sources.put(file, text);
    }

    public synchronized String source(String file) {
        return sources.get(file);
    }

    /** All diagnostics in a stable order (file, line, column), whatever order threads added them. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Diagnostic.ORDER);
        return copy;
    }

    public synchronized long count(Severity severity) {
        return items.stream().filter(d -> d.severity() == severity).count();
    }

    /** Whether anything but notices was reported: what {@code build --strict} refuses to publish. */
    public synchronized boolean hasMoreThanNotices() {
        return items.stream().anyMatch(d -> d.severity() != Severity.NOTICE);
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public synchronized boolean hasIoErrors() {
        return items.stream().anyMatch(Diagnostic::isIo);
    }
}
