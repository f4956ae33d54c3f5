package org.gongkai.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One department's budget or final accounts for one year, as published. {@code published} is the
 * publication date as printed; {@code dates} adds the approval date (批复日期) when the file states it.
 */
public record Disclosure(
        Department department,
        String year,
        Kind kind,
        String title,
        String published,
        FormSet forms,
        List<String> notices,
        List<Part> parts,
        List<StatedFigure> statedFigures,
        List<Acknowledgement> acknowledgements,
        Optional<Source> source,
        String file,
        Dates dates) {

    public Disclosure {
        notices = List.copyOf(notices);
        parts = List.copyOf(parts);
        statedFigures = List.copyOf(statedFigures);
        acknowledgements = List.copyOf(acknowledgements);
    }

    /** A disclosure that states no approval date. */
    public Disclosure(Department department, String year, Kind kind, String title, String published, FormSet forms,
            List<String> notices, List<Part> parts, List<StatedFigure> statedFigures,
            List<Acknowledgement> acknowledgements, Optional<Source> source, String file) {
        this(department, year, kind, title, published, forms, notices, parts, statedFigures, acknowledgements, source,
                file, Dates.NONE);
    }

    /** Address of this disclosure below the portal root, e.g. jianghan-dsj/2021-final. */
    public String path() {
        return department.id() + "/" + year + "-" + kind.slug();
    }

    /** Short label, e.g. "2021 年度决算". */
    public String label() {
        return year + " 年度" + kind.label();
    }

    public Stream<Table> tables() {
        return parts.stream()
                .filter(p -> p instanceof Part.TablesPart)
                .flatMap(p -> ((Part.TablesPart) p).tables().stream());
    }

    public Stream<Term> terms() {
        return parts.stream()
                .filter(p -> p instanceof Part.GlossaryPart)
                .flatMap(p -> ((Part.GlossaryPart) p).terms().stream());
    }
}
