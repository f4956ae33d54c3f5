package org.gongkai.model;

import java.util.Optional;

/** 预算 (budget, proposed/approved) or 决算 (final accounts, executed). */
public enum Kind {
    BUDGET("预算", "budget"),
    FINAL("决算", "final");

    private final String label;
    private final String slug;

    Kind(String label, String slug) {
        this.label = label;
        this.slug = slug;
    }

    public String label() {
        return label;
    }

    public String slug() {
        return slug;
    }

    public static Optional<Kind> ofLabel(String label) {
        for (Kind k : values()) {
            if (k.label.equals(label)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    public static Optional<Kind> ofSlug(String slug) {
        for (Kind k : values()) {
            if (k.slug.equals(slug)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
