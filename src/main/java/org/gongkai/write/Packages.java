package org.gongkai.write;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The packages a build or {@code archive} makes of a finished portal, each optional: a ZIP, a
 * BagIt bag (a directory), a WARC file and a WACZ file.
 */
public record Packages(Optional<Path> zip, Optional<Path> bag, Optional<Path> warc, Optional<Path> wacz) {

    /** One requested package: its option name (for messages) and where it goes. */
    public record Target(String option, Path path) {
    }

    public static Packages none() {
        return new Packages(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static Packages zipOnly(Optional<Path> zip) {
        return new Packages(zip, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The requested ones, in the order they are made. */
    public List<Target> targets() {
        List<Target> out = new ArrayList<>();
        zip.ifPresent(p -> out.add(new Target("--zip", p)));
        bag.ifPresent(p -> out.add(new Target("--bag", p)));
        warc.ifPresent(p -> out.add(new Target("--warc", p)));
        wacz.ifPresent(p -> out.add(new Target("--wacz", p)));
        return out;
    }

    /** Whether a WARC or WACZ is asked for: they need the published address (base_url). */
    public boolean needsBaseUrl() {
        return warc.isPresent() || wacz.isPresent();
    }
}
