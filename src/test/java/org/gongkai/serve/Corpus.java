package org.gongkai.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongkai.diag.Diagnostics;
import org.gongkai.load.ContentReader;
import org.gongkai.model.Disclosure;

/**
 * Content folders for the preview tests: a copy of content/, or that content repeated in many
 * departments (each department folder {@code copies} times, its name numbered) to measure a large
 * portal; and edits of a disclosure file that show on its pages.
 */
final class Corpus {

    private static final Pattern NAME = Pattern.compile("(?m)^name: (.*)$");
    private static final Pattern PEER_GROUP = Pattern.compile("(?m)^peer_group: (.*)$");
    private static final Pattern TITLE = Pattern.compile("(?m)^title: .*$");

    private Corpus() {
    }

    /** content/ copied to {@code into}; with {@code copies} > 1, every department {@code copies} times. */
    static Path copy(Path content, Path into, int copies) throws IOException {
        Files.createDirectories(into);
        try (Stream<Path> entries = Files.list(content)) {
            for (Path e : entries.sorted().toList()) {
                String name = e.getFileName().toString();
                boolean department = Files.isRegularFile(e.resolve("department.yaml"));
                if (!department || copies == 1) {
                    copyTree(e, into.resolve(name));
                    continue;
                }
                for (int i = 1; i <= copies; i++) {
                    String n = String.format("%03d", i);
                    Path dir = into.resolve(name + "-c" + n);
                    copyTree(e, dir);
                    Path dep = dir.resolve("department.yaml");
                    String text = Files.readString(dep, StandardCharsets.UTF_8);
                    text = NAME.matcher(text).replaceFirst(m -> Matcher.quoteReplacement("name: " + m.group(1) + "第" + n + "号"));
                    // Peer groups of a few dozen departments, as a province has them.
                    int group = i % 20;
                    text = PEER_GROUP.matcher(text).replaceFirst(m -> Matcher.quoteReplacement("peer_group: " + m.group(1) + group + "组"));
                    Files.writeString(dep, text, StandardCharsets.UTF_8);
                }
            }
        }
        return into;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    /** The disclosures of {@code content}, in portal order. */
    static List<Disclosure> disclosures(Path content) {
        return new ContentReader(content, new Diagnostics()).read().orElseThrow().portal().disclosures();
    }

    /** The content file of {@code d} below {@code content}. */
    static Path fileOf(Path content, Disclosure d) {
        return content.resolve(d.department().id()).resolve(Path.of(d.file()).getFileName().toString());
    }

    /** Gives the disclosure in {@code file} the title {@code title} (shown on its overview). */
    static void retitle(Path file, String title) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher m = TITLE.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no title line in " + file);
        }
        write(file, m.replaceFirst(Matcher.quoteReplacement("title: \"" + title + "\"")));
    }

    /** Replaces the file's text in one write, as an editor saves. */
    static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(files.toList());
            all.sort(Comparator.reverseOrder());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
