package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.gongkai.diag.Code;
import org.junit.jupiter.api.Test;

/** The validator's rules and the code table's findings are the same list, in the same order. */
class RuleCodesTest {

    @Test
    void eachRuleHasItsOwnFindingCode() {
        List<Code> ofRules = Arrays.stream(Rule.values()).map(Rule::code).toList();
        List<Code> findings = Arrays.stream(Code.values()).filter(c -> c.stage() == Code.Stage.RULE).toList();
        assertEquals(findings, ofRules);
    }
}
