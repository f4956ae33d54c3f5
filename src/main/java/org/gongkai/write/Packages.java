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

    /** The kinds of package, with the option that asks for one and the name messages use. */
    public enum Kind {
        ZIP("--zip", "ZIP 文件"), BAG("--bag", "BagIt 目录"), WARC("--warc", "WARC 文件"), WACZ("--wacz", "WACZ 文件");

        private final String option;
        private final String label;

        Kind(String option, String label) {
            this.option = option;
            this.label = label;
        }

        public String option() {
            return option;
        }

        /** "ZIP 文件", "BagIt 目录" … */
        public String label() {
            return label;
        }
    }

    /** One requested package: its kind and where it goes. */
    public record Target(Kind kind, Path path) {
        public String option() {
            return kind.option();
        }
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
        zip.ifPresent(p -> out.add(new Target(Kind.ZIP, p)));
        bag.ifPresent(p -> out.add(new Target(Kind.BAG, p)));
        warc.ifPresent(p -> out.add(new Target(Kind.WARC, p)));
        wacz.ifPresent(p -> out.add(new Target(Kind.WACZ, p)));
        return out;
    }

    /** Whether a WARC or WACZ is asked for: they need the published address (base_url). */
    public boolean needsBaseUrl() {
        return warc.isPresent() || wacz.isPresent();
    }
}
