package org.gongkai.diag;

/**
 * How serious a diagnostic is; the label is what users read. An error blocks publishing, a warning
 * does with {@code build --strict}; a notice (a difference rounding or truncation can explain) never
 * does, and {@code check} prints it only when asked ({@code --notices}).
 */
public enum Severity {
    ERROR("错误"),
    WARNING("警告"),
    NOTICE("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
