package org.gongkai.model;

import java.util.Optional;

/** Key figures a disclosure states; the vocabulary of stated_figures and of comparisons. */
public enum Metric {
    INCOME_EXPENSE_TOTAL("income_expense_total", "收、支总计"),
    INCOME_TOTAL("income_total", "本年收入合计"),
    EXPENSE_TOTAL("expense_total", "本年支出合计"),
    FISCAL_INCOME("fiscal_income", "财政拨款收入"),
    OTHER_INCOME("other_income", "其他收入"),
    BASIC_EXPENSE("basic_expense", "基本支出"),
    PROJECT_EXPENSE("project_expense", "项目支出"),
    PERSONNEL_EXPENSE("personnel_expense", "人员经费"),
    PUBLIC_EXPENSE("public_expense", "公用经费"),
    FISCAL_TOTAL("fiscal_total", "财政拨款收、支总计"),
    FISCAL_EXPENSE("fiscal_expense", "财政拨款支出"),
    GENERAL_BUDGET_EXPENSE("general_budget_expense", "一般公共预算财政拨款支出"),
    THREE_PUBLIC_BUDGET("three_public_budget", "“三公”经费预算数"),
    THREE_PUBLIC_FINAL("three_public_final", "“三公”经费决算数"),
    OPERATING_COST("operating_cost", "机关运行经费"),
    PROCUREMENT_TOTAL("procurement_total", "政府采购支出总额");

    private final String key;
    private final String label;

    Metric(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<Metric> of(String key) {
        for (Metric m : values()) {
            if (m.key.equals(key)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
