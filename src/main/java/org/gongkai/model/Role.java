package org.gongkai.model;

import java.util.Optional;

/** What a leaf column of a form holds. */
public enum Role {
    CODE("code"),
    NAME("name"),
    LINE("line"),
    TEXT("text"),
    AMOUNT("amount");

    private final String key;

    Role(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Role> of(String key) {
        for (Role r : values()) {
            if (r.key.equals(key)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
