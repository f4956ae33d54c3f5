package org.gongkai.model;

import java.util.Optional;

/** Which funds an amount covers: the whole department, 财政拨款, or one budget of it. */
public enum Scope {
    ALL("all", ""),
    FISCAL("fiscal", "财政拨款"),
    GENERAL("general", "一般公共预算财政拨款"),
    GOV_FUND("gov-fund", "政府性基金预算财政拨款"),
    STATE_CAPITAL("state-capital", "国有资本经营预算财政拨款");

    private final String key;
    private final String label;

    Scope(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    /** How titles name the funds ("一般公共预算财政拨款"); empty for the whole department. */
    public String label() {
        return label;
    }

    public static Optional<Scope> of(String key) {
        for (Scope s : values()) {
            if (s.key.equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
