package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.model.Disclosure;
import org.gongkai.render.chart.KeyFigures;
import org.gongkai.render.chart.KeyFigures.Amount;
import org.gongkai.render.chart.KeyFigures.Change;
import org.gongkai.render.chart.KeyFigures.Key;
import org.gongkai.render.site.Addresses;

/**
 * One key figure at the top of a disclosure's overview: what it is, the amount, how it changed
 * from last year when last year's figure is known, and where it was read.
 */
public record Headline(Key key, Amount amount, Optional<Change> change) {

    /** The disclosure's key figures in {@link Key} order; those it does not publish are left out. */
    public static List<Headline> of(KeyFigures figures, Disclosure d) {
        List<Headline> out = new ArrayList<>();
        for (Key key : Key.values()) {
            figures.of(d, key).ifPresent(a -> out.add(new Headline(key, a, figures.change(d, key))));
        }
        return List.copyOf(out);
    }

    public String label() {
        return key.label();
    }

    /** The table row the figure was read from, relative to the site root; empty for a stated figure. */
    public Optional<String> href(Disclosure d) {
        return amount.place().map(p -> Addresses.row(d, p.table(), p.row()));
    }

}
