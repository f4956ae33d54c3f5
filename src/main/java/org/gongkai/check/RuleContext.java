package org.gongkai.check;

import org.gongkai.facts.FactSet;
import org.gongkai.model.Catalogue;
import org.gongkai.model.Disclosure;

/**
 * What every validator rule reads about one disclosure: the disclosure, its figures (the one
 * figure layer), the classification catalogue, and where narrative text sits in its file.
 */
record RuleContext(Disclosure disclosure, FactSet facts, Catalogue catalogue, Locator locator) {
}
