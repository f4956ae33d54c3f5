package org.gongkai.check;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.gongkai.facts.FactSet;
import org.gongkai.model.Catalogue;

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

    /** Every group of rules, in the order their findings are gathered (they are sorted after). */
    static final List<RuleCheck> REGISTRY = List.of(
            IdentityRule::check,
            HierarchyRule::check,
            CrossTableRule::check,
            SummaryRule::check,
            NarrativeRules::check,
            TextRules::check,
            Placeholders::check,
            ScoreRules::check,
            ProjectAmountRule::check,
            CompletenessRule::check,
            TimelinessRule::check);

    public List<Finding> check(FactSet facts) {
        RuleContext context = new RuleContext(facts.disclosure(), facts, catalogue, locator);
        return REGISTRY.stream().flatMap(r -> r.check(context).stream()).sorted(ORDER).toList();
    }
}
