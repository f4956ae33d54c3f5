package org.gongkai.check;

import java.util.List;

/** A group of validator rules: one disclosure's context in, its findings out. */
@FunctionalInterface
interface RuleCheck {

    List<Finding> check(RuleContext context);
}
