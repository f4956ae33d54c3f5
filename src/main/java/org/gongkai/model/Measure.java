package org.gongkai.model;

import java.util.Optional;

/**
 * What an amount column (or a total row) holds: the vocabulary of a form's {@code measure} key.
 * Two figures with the same scope, measure and row key are the same number wherever printed.
 * {@code part} is the measure a row of this kind refines (基本支出 is a part of 支出).
 */
public enum Measure {
    INCOME("income", "收入", null),
    FISCAL_INCOME("fiscal_income", "财政拨款收入", null),
    EXPENSE("expense", "支出", null),
    BASIC("basic", "基本支出", EXPENSE),
    PROJECT("project", "项目支出", EXPENSE),
    PERSONNEL("personnel", "人员经费", BASIC),
    PUBLIC("public", "公用经费", BASIC),
    /** “三公”经费 of the disclosure's own phase (a budget's 预算数, a final account's 决算数). */
    THREE_PUBLIC("three_public", "“三公”经费", null),
    /** The budget figure of “三公”经费 that a final account prints beside its own. */
    THREE_PUBLIC_BUDGET("three_public_budget", "“三公”经费预算数", null);

    private final String key;
    private final String label;
    private final Measure partOf;

    Measure(String key, String label, Measure partOf) {
        this.key = key;
        this.label = label;
        this.partOf = partOf;
    }

    public String key() {
        return key;
    }

    /** How pages and messages name the measure. */
    public String label() {
        return label;
    }

    /** The measure this one is a part of, if any. */
    public Optional<Measure> partOf() {
        return Optional.ofNullable(partOf);
    }

    public static Optional<Measure> of(String key) {
        for (Measure m : values()) {
            if (m.key.equals(key)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
