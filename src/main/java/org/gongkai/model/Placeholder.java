package org.gongkai.model;

/** The text a new disclosure skeleton puts where the original's text belongs, until it is filled in. */
public final class Placeholder {

    public static final String MARK = "【未填写】";

    private Placeholder() {
    }
}
