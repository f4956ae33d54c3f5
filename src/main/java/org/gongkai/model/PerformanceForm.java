package org.gongkai.model;

import java.util.List;
import org.gongkai.diag.Position;

/**
 * A performance form (绩效目标表, 项目申报表, 绩效自评表, 重点工作完成情况表) as published: the blocks
 * of the form top to bottom, each a set of labelled fields, a grid or a labelled text.
 */
public record PerformanceForm(
        Kind kind, String number, String title, String project, String unit, String intro, String missing,
        List<Block> blocks, Position position) {

    public PerformanceForm {
        blocks = List.copyOf(blocks);
    }

    /** The form kinds, with the names the official forms use. */
    public enum Kind {
        OVERALL_TARGET("overall-target", "部门整体支出绩效目标表"),
        PROJECT_DECLARATION("project-declaration", "项目申报表"),
        OVERALL_SELF_EVALUATION("overall-self-evaluation", "部门整体支出绩效自评表"),
        PROJECT_SELF_EVALUATION("project-self-evaluation", "项目支出绩效自评表"),
        KEY_WORK("key-work", "重点工作完成情况表");

        private final String key;
        private final String label;

        Kind(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }
    }

    /** One block of a form. */
    public sealed interface Block {
    }

    /** Label/value pairs printed in a line or box (部门名称, 填报人 …). */
    public record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    /** {@code at}: where the value is written, for findings. */
    public record Field(String label, String value, Position at) {
    }

    /** The first field with this label (spaces ignored), if any. */
    public java.util.Optional<Field> field(String label) {
        String want = label.replaceAll("\\s", "");
        return blocks.stream().filter(Fields.class::isInstance).map(Fields.class::cast)
                .flatMap(f -> f.fields().stream())
                .filter(f -> f.label().replaceAll("\\s", "").equals(want))
                .findFirst();
    }

    /** The grids of the form, top to bottom. */
    public List<Grid> grids() {
        return blocks.stream().filter(Grid.class::isInstance).map(Grid.class::cast).toList();
    }

    /**
     * A tabular block. {@code groups} leading columns form a tree (一级/二级指标): rows repeat the
     * parent's text, and the page merges equal neighbours into one cell. {@code roles} says what
     * each column holds (given in the content or derived from the labels); {@code at} is where
     * each cell is written, row by row.
     */
    public record Grid(String title, String role, List<String> columns, List<ColumnRole> roles, int groups,
            List<List<String>> rows, List<List<Position>> at, Position position) implements Block {
        public Grid {
            columns = List.copyOf(columns);
            roles = List.copyOf(roles);
            rows = rows.stream().map(List::copyOf).toList();
            at = at.stream().map(List::copyOf).toList();
        }

        /** Index of the first column with this role, or -1. */
        public int column(ColumnRole r) {
            return roles.indexOf(r);
        }
    }

    /**
     * What a grid column holds, so the rules find cells by meaning rather than by position. Each
     * role lists label beginnings (spaces ignored) that imply it when the content gives no roles.
     */
    public enum ColumnRole {
        TEXT("text"),
        BUDGET_INITIAL("budget-initial", "年初预算数"),
        BUDGET("budget", "全年预算数", "预算数", "预算批复数"),
        EXECUTED("executed", "全年执行数", "执行数"),
        RATE("rate", "执行率"),
        WEIGHT("weight", "分值"),
        SCORE("score", "得分"),
        AMOUNT("amount", "金额");

        private final String key;
        private final List<String> labels;

        ColumnRole(String key, String... labels) {
            this.key = key;
            this.labels = List.of(labels);
        }

        public String key() {
            return key;
        }

        public List<String> labels() {
            return labels;
        }

        /** The role a column label implies; TEXT when none does. */
        public static ColumnRole ofLabel(String label) {
            String l = label.replaceAll("\\s", "");
            for (ColumnRole r : values()) {
                if (r.labels.stream().anyMatch(l::startsWith)) {
                    return r;
                }
            }
            return TEXT;
        }

        public static java.util.Optional<ColumnRole> ofKey(String key) {
            return java.util.Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
        }
    }

    /** A labelled block of prose (项目申请理由, 偏差原因 …), Markdown. */
    public record Text(String label, String body) implements Block {
    }
}
