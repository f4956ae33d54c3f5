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

    public record Field(String label, String value) {
    }

    /**
     * A tabular block. {@code groups} leading columns form a tree (一级/二级指标): rows repeat the
     * parent's text, and the page merges equal neighbours into one cell.
     */
    public record Grid(String title, String role, List<String> columns, int groups, List<List<String>> rows)
            implements Block {
        public Grid {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A labelled block of prose (项目申请理由, 偏差原因 …), Markdown. */
    public record Text(String label, String body) implements Block {
    }
}
