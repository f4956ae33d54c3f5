package org.gongkai.diag;

/** How serious a diagnostic is; the label is what users read. */
public enum Severity {
    ERROR("错误"),
    WARNING("警告"),
    INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
