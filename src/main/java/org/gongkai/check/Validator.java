package org.gongkai.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.gongkai.facts.FactSet;
import org.gongkai.model.Catalogue;
import org.gongkai.model.Disclosure;

/** Runs every rule on one disclosure; stateless, so disclosures are checked in parallel. */
public final class Validator {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::at)
            .thenComparing(f -> f.rule().id())
            .thenComparing(Finding::message);

    private final Catalogue catalogue;
    private final Locator locator;

    /** {@code sources} gives a content file's text by name, to place narrative figures exactly. */
    public Validator(Catalogue catalogue, Function<String, String> sources) {
        this.catalogue = catalogue;
        this.locator = new Locator(sources);
    }

    public List<Finding> check(FactSet facts) {
        Disclosure d = facts.disclosure();
        List<Finding> out = new ArrayList<>();
        out.addAll(IdentityRule.check(d));
        out.addAll(HierarchyRule.check(d));
        out.addAll(CrossTableRule.check(d, facts));
        out.addAll(NarrativeRules.check(d, facts, locator));
        out.addAll(TextRules.check(d, catalogue));
        out.addAll(Placeholders.check(d));
        out.addAll(ScoreRules.check(d));
        out.addAll(ProjectAmountRule.check(d, locator));
        out.sort(ORDER);
        return out;
    }
}
