package org.gongkai.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.gongkai.Build;
import org.gongkai.check.Checks;
import org.gongkai.check.Findings;
import org.gongkai.diag.Diagnostics;
import org.gongkai.facts.FactIndex;
import org.gongkai.facts.FactSet;
import org.gongkai.load.Content;
import org.gongkai.load.ContentReader;
import org.gongkai.model.Department;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Portal;
import org.gongkai.render.PagePlan;
import org.gongkai.render.Renderer;
import org.gongkai.render.chart.KeyFigures;
import org.gongkai.render.data.OpenData;
import org.gongkai.render.site.Addresses;

/**
 * The site a preview serves, kept up to date with content/. The first refresh reads and checks
 * everything, as {@code build} does. After that, a changed disclosure file is read and checked
 * alone, and only the groups of output files that read it are listed again (see {@link Inputs}):
 * its own data files, its department's pages and the portal's pages; the glossary's terms, when
 * its defined terms changed, bring in every disclosure's pages. Anything else that changed (site.yaml,
 * department.yaml, forms, layouts, catalogue, assets, a new department) is read and checked all
 * over again. Pages are made when first requested and kept until their group is replaced.
 *
 * <p>Nothing is published while the content has errors: the last good site stays served, with the
 * errors beside it. Refreshes run on one thread (the watcher's); requests read {@link #state()}.
 */
public final class Preview {

    /** What is served: the site, the errors that keep a newer one from it, and a number that grows on every change. */
    public record State(long generation, SiteFiles files, List<Diagnostics> errors) {
        public State {
            errors = List.copyOf(errors);
        }

        /** Whether any site has been published yet. */
        public boolean hasSite() {
            return !files.isEmpty();
        }
    }

    /** What one refresh did, for the console. */
    public record Outcome(boolean full, boolean published, List<Diagnostics> reports, int groups, long millis) {
        public Outcome {
            reports = List.copyOf(reports);
        }

        /** Nothing the site is made of changed (an editor's backup file, say). */
        public boolean ignored() {
            return !full && !published && reports.isEmpty();
        }
    }

    /** One disclosure file as last read: its disclosure with figures and findings, or why it cannot be published. */
    private record Entry(Optional<Disclosure> disclosure, Optional<FactSet> facts,
            Findings.OfDisclosure findings, Diagnostics report) {

        boolean ok() {
            return disclosure.isPresent() && !report.hasErrors();
        }
    }

    private static final String SITE = "site";
    private static final String ASSETS = "assets";
    private static final String PAGES = "pages:";
    private static final String DATA = "data:";
    private static final Set<String> SITE_FOLDERS = Set.of("forms", "performance", "catalogue", "assets");

    private final Path contentDir;
    private volatile State state = new State(0, SiteFiles.EMPTY, List.of());

    // Read and written by the refreshing thread only.
    private Content content;
    private Renderer renderer;
    private Diagnostics fullReport;
    /** Department id → file name → entry, in the loader's order. */
    private final Map<String, TreeMap<String, Entry>> entries = new LinkedHashMap<>();
    private Optional<PagePlan> plan = Optional.empty();
    /** Disclosure files changed since the last publish; null when everything must be listed again. */
    private List<Path> pending;

    /** {@code contentDir} as the user named it: messages name files the same way. */
    public Preview(Path contentDir) {
        this.contentDir = contentDir;
    }

    public State state() {
        return state;
    }

    /** Reads and checks everything, and publishes the site unless it has errors. */
    public synchronized Outcome load() {
        long start = System.nanoTime();
        pending = null;
        entries.clear();
        content = null;
        fullReport = new Diagnostics();
        Optional<Content> read = new ContentReader(contentDir, fullReport).read();
        if (read.isPresent() && !fullReport.hasErrors()) {
            Content c = read.get();
            FactIndex facts = FactIndex.of(c.portal(), c.catalogue());
            Findings findings = new Checks(c.catalogue(), fullReport).run(c.portal(), facts);
            if (!fullReport.hasErrors()) {
                content = c;
                renderer = new Renderer(c.catalogue());
                c.portal().departments().forEach(d -> entries.put(d.id(), new TreeMap<>()));
                for (Disclosure d : c.portal().disclosures()) {
                    entries.get(d.department().id()).put(fileOf(d).getFileName().toString(), new Entry(Optional.of(d),
                            Optional.of(facts.of(d)), findings.of(d.path()), new Diagnostics()));
                }
            }
        }
        return finish(true, List.of(fullReport), start);
    }

    /**
     * Brings the site up to date with {@code changed} files and folders (below the content folder, as
     * named by it); an empty set means anything may have changed.
     */
    public synchronized Outcome refresh(Set<Path> changed) {
        long start = System.nanoTime();
        List<Path> disclosures = new ArrayList<>();
        boolean full = changed.isEmpty();
        for (Path p : changed) {
            switch (kind(p)) {
                case IGNORED -> { }
                case DISCLOSURE -> disclosures.add(p);
                case OTHER -> full = true;
            }
        }
        if (!full && disclosures.isEmpty()) {
            return new Outcome(false, false, List.of(), 0, 0);
        }
        // After a read that failed, nothing is known to be right: read everything again.
        if (full || content == null) {
            return load();
        }
        List<Diagnostics> reports = new ArrayList<>();
        for (Path file : disclosures) {
            reports.add(reread(file));
            if (pending != null) {
                pending.add(file);
            }
        }
        return finish(false, reports, start);
    }

    private enum Kind { IGNORED, DISCLOSURE, OTHER }

    /** Which way a change is taken: read the one disclosure again, read everything, or nothing the loader reads. */
    private Kind kind(Path path) {
        Path rel = contentDir.relativize(path);
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return Kind.IGNORED;
            }
        }
        String first = rel.getName(0).toString();
        String name = rel.getFileName().toString();
        boolean department = entries.containsKey(first);
        if (rel.getNameCount() == 1) {
            boolean read = name.equals("site.yaml") || department || SITE_FOLDERS.contains(name) || Files.isDirectory(path);
            return read ? Kind.OTHER : Kind.IGNORED;
        }
        if (first.equals("assets")) {
            return Kind.OTHER;
        }
        if (rel.getNameCount() > 2) {
            return Kind.IGNORED;
        }
        boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
        if (!department) {
            return yaml || !SITE_FOLDERS.contains(first) ? Kind.OTHER : Kind.IGNORED;
        }
        if (name.equals("department.yaml") || Files.isSymbolicLink(path) || Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return Kind.OTHER;
        }
        return yaml ? Kind.DISCLOSURE : Kind.IGNORED;
    }

    /** Reads and checks one disclosure file alone (a removed file is taken out); returns its report. */
    private Diagnostics reread(Path file) {
        String departmentId = contentDir.relativize(file).getName(0).toString();
        TreeMap<String, Entry> files = entries.get(departmentId);
        String name = file.getFileName().toString();
        Diagnostics report = new Diagnostics();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            files.remove(name);
            return report;
        }
        Department department = content.portal().departments().stream().filter(d -> d.id().equals(departmentId))
                .findFirst().orElseThrow();
        Optional<Disclosure> read = new ContentReader(contentDir, report).readDisclosure(file, department, content);
        if (read.isEmpty() || report.hasErrors()) {
            files.put(name, new Entry(read, Optional.empty(), Findings.NONE, report));
            return report;
        }
        Disclosure d = read.get();
        Portal alone = new Portal(content.portal().site(), List.of(department), List.of(d));
        FactIndex facts = FactIndex.of(alone, content.catalogue());
        Findings findings = new Checks(content.catalogue(), report).run(alone, facts);
        files.put(name, new Entry(read, Optional.of(facts.of(d)), findings.of(d.path()), report));
        return report;
    }

    /** Publishes the content as it now is, unless some of it has errors. */
    private Outcome finish(boolean full, List<Diagnostics> reports, long start) {
        List<Diagnostics> errors = new ArrayList<>();
        if (fullReport.hasErrors()) {
            errors.add(fullReport);
        }
        entries.values().forEach(files -> files.values().stream().filter(e -> !e.ok()).forEach(e -> errors.add(e.report())));
        State before = state;
        if (!errors.isEmpty() || content == null) {
            state = new State(before.generation() + 1, before.files(), errors);
            return new Outcome(full, false, reports, 0, millis(start));
        }
        List<Disclosure> disclosures = new ArrayList<>();
        List<FactSet> sets = new ArrayList<>();
        Map<String, Findings.OfDisclosure> findings = new HashMap<>();
        entries.values().forEach(files -> files.values().forEach(e -> {
            disclosures.add(e.disclosure().orElseThrow());
            sets.add(e.facts().orElseThrow());
            findings.put(e.disclosure().get().path(), e.findings());
        }));
        Portal portal = new Portal(content.portal().site(), content.portal().departments(), disclosures);
        FactIndex facts = FactIndex.of(sets);
        PagePlan next = renderer.plan(new KeyFigures(portal, facts), new Findings(findings), full ? Optional.empty() : plan);
        AtomicReference<SiteFiles> published = new AtomicReference<>();
        List<Group> groups = groups(portal, facts, next, full ? null : pending, before.files(), published);
        Set<String> current = new HashSet<>();
        portal.disclosures().forEach(d -> current.add(d.path()));
        // A full read replaces every group; otherwise only a removed disclosure's groups go.
        List<String> removed = before.files().groups().stream().map(Group::name)
                .filter(g -> full || g.contains(":") && !current.contains(g.substring(g.indexOf(':') + 1)))
                .toList();
        SiteFiles files = before.files().with(removed, groups);
        published.set(files);
        plan = Optional.of(next);
        pending = new ArrayList<>();
        state = new State(before.generation() + 1, files, List.of());
        return new Outcome(full, true, reports, groups.size(), millis(start));
    }

    /**
     * The groups to list again: all of them after a full read (changed is null); else those that read
     * a changed file, or the glossary's terms when the new plan could not keep them, and new disclosures'.
     */
    private List<Group> groups(Portal portal, FactIndex facts, PagePlan next, List<Path> changed, SiteFiles before,
            AtomicReference<SiteFiles> published) {
        boolean all = changed == null;
        boolean terms = !next.keptGlossaryTerms();
        Map<String, Group> old = new HashMap<>();
        before.groups().forEach(g -> old.put(g.name(), g));
        List<Group> out = new ArrayList<>();
        for (Disclosure d : portal.disclosures()) {
            Path file = fileOf(d);
            if (all || stale(old.get(PAGES + d.path()), changed, terms)) {
                out.add(Group.of(PAGES + d.path(), new Inputs(Set.of(file.getParent()), true, false), made(next.pagesOf(d))));
            }
            if (all || stale(old.get(DATA + d.path()), changed, false)) {
                Map<String, Made> data = new LinkedHashMap<>();
                OpenData.filesOf(d, facts.of(d)).forEach(f -> data.put(f.path(), new Made(f.bytes())));
                out.add(Group.of(DATA + d.path(), new Inputs(Set.of(file), false, false), data));
            }
        }
        out.add(Group.listedWhenAsked(SITE, Inputs.EVERYTHING, () -> {
            Map<String, Made> site = made(next.sitePages());
            // datapackage.json lists every data file with its size and hash: taken from the files served.
            site.put(Addresses.DATAPACKAGE, new Made(() -> OpenData.datapackage(portal, facts,
                    f -> published.get().file(f.path()).map(Made::get).orElseGet(() -> f.bytes().get()))));
            return site;
        }));
        if (all) {
            out.add(Group.of(ASSETS, new Inputs(Set.of(contentDir.resolve("assets")), false, false), assets()));
        }
        return out;
    }

    private Path fileOf(Disclosure d) {
        return contentDir.resolve(d.department().id()).resolve(Path.of(d.file()).getFileName().toString());
    }

    private static boolean stale(Group old, List<Path> changed, boolean terms) {
        return old == null || terms && old.reads().glossaryTerms() || changed.stream().anyMatch(old.reads()::reads);
    }

    private static Map<String, Made> made(List<PagePlan.File> files) {
        Map<String, Made> out = new LinkedHashMap<>();
        files.forEach(f -> out.put(f.path(), new Made(f.bytes())));
        return out;
    }

    private Map<String, Made> assets() {
        Map<String, Made> out = new LinkedHashMap<>();
        try {
            Build.copyAssets(content.assets(), (path, bytes) -> out.put(path, Made.of(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
