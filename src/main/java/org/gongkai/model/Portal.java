package org.gongkai.model;

import java.util.Comparator;
import java.util.List;

/** Everything the build publishes: site settings, departments and their disclosures. */
public record Portal(Site site, List<Department> departments, List<Disclosure> disclosures) {

    /** Newest year first, then department, then budget before final. */
    public static final Comparator<Disclosure> NEWEST_FIRST = Comparator.comparing(Disclosure::year).reversed()
            .thenComparing(d -> d.department().id())
            .thenComparing(Disclosure::kind);

    public Portal {
        departments = departments.stream().sorted(Comparator.comparing(Department::id)).toList();
        disclosures = disclosures.stream().sorted(NEWEST_FIRST).toList();
    }

    public List<Disclosure> disclosuresOf(Department department) {
        return disclosures.stream().filter(d -> d.department().id().equals(department.id())).toList();
    }
}
