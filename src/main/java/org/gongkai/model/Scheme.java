package org.gongkai.model;

import java.util.Optional;

/** Which classification a code column uses (政府收支分类科目). */
public enum Scheme {
    FUNCTIONAL("functional", "支出功能分类"),
    ECONOMIC("economic", "支出经济分类"),
    OTHER("other", "其他");

    private final String key;
    private final String label;

    Scheme(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<Scheme> of(String key) {
        for (Scheme s : values()) {
            if (s.key.equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
