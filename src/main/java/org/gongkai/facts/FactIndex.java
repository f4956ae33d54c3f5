package org.gongkai.facts;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import org.gongkai.model.Catalogue;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Portal;

/** The figures of every disclosure of a portal, each read once and shared by check and render. */
public final class FactIndex {

    private final Map<Disclosure, FactSet> sets;

    private FactIndex(Map<Disclosure, FactSet> sets) {
        this.sets = sets;
    }

    public static FactIndex of(Portal portal, Catalogue catalogue) {
        // By identity: a disclosure record's own hash would walk every table.
        Map<Disclosure, FactSet> sets = new IdentityHashMap<>();
        portal.disclosures().parallelStream().map(d -> FactSet.of(d, catalogue)).toList()
                .forEach(f -> sets.put(f.disclosure(), f));
        return new FactIndex(sets);
    }

    /**
     * An index of figures read earlier, one set per disclosure: a preview that reads one changed
     * disclosure again keeps the other disclosures' sets.
     */
    public static FactIndex of(Collection<FactSet> sets) {
        Map<Disclosure, FactSet> byDisclosure = new IdentityHashMap<>();
        sets.forEach(f -> byDisclosure.put(f.disclosure(), f));
        return new FactIndex(byDisclosure);
    }

    /** The figures of {@code d}, which must be one of the portal's disclosures. */
    public FactSet of(Disclosure d) {
        FactSet set = sets.get(d);
        if (set == null) {
            throw new IllegalArgumentException("not a disclosure of this portal: " + d.path());
        }
        return set;
    }
}
