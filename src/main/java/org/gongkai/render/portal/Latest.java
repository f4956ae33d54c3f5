package org.gongkai.render.portal;

import java.util.Comparator;
import java.util.List;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Kind;

/**
 * The order of "newest first" lists: year descending, then kind, then department. Within a year the
 * final account comes first: it is published a year after that year's budget, so it is the newer.
 */
final class Latest {

    static final List<Kind> KINDS = List.of(Kind.FINAL, Kind.BUDGET);

    static final Comparator<Disclosure> ORDER = Comparator.comparing(Disclosure::year).reversed()
            .thenComparing(d -> KINDS.indexOf(d.kind()))
            .thenComparing(d -> d.department().id());

    private Latest() {
    }
}
