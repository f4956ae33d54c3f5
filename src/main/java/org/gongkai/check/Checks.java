package org.gongkai.check;

import java.util.HashMap;
import java.util.Map;
import org.gongkai.diag.Diagnostics;
import org.gongkai.diag.Position;
import org.gongkai.model.Catalogue;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Portal;
import org.gongkai.model.Role;
import org.gongkai.model.Row;
import org.gongkai.model.Scheme;
import org.gongkai.model.Table;

/**
 * The check stage. For now the structural rules: each 行次 once per table, and every
 * classification code known to the catalogue for the disclosure's year.
 */
public final class Checks {

    private final Catalogue catalogue;
    private final Diagnostics diagnostics;

    public Checks(Catalogue catalogue, Diagnostics diagnostics) {
        this.catalogue = catalogue;
        this.diagnostics = diagnostics;
    }

    public void run(Portal portal) {
        portal.disclosures().parallelStream().forEach(this::check);
    }

    private void check(Disclosure disclosure) {
        int year = Integer.parseInt(disclosure.year());
        disclosure.tables().forEach(table -> {
            uniqueLines(table);
            knownCodes(table, year);
        });
    }

    private void uniqueLines(Table table) {
        Map<String, Position> seen = new HashMap<>();
        for (Row row : table.rows()) {
            for (Column c : table.form().columns()) {
                String line = row.cell(c).raw();
                if (c.role() == Role.LINE && !line.isEmpty()) {
                    Position first = seen.putIfAbsent(line, row.cell(c).position());
                    if (first != null) {
                        diagnostics.error(row.cell(c).position(), "table.line-duplicate",
                                table.number() + " 中行次 " + line + " 出现了两次（第一次在第 " + first.line() + " 行）",
                                "行次在一张表内唯一；照原文核对");
                    }
                }
            }
        }
    }

    private void knownCodes(Table table, int year) {
        for (Row row : table.rows()) {
            for (Column c : table.form().columns()) {
                Cell cell = row.cell(c);
                if (c.role() != Role.CODE || c.scheme() == Scheme.OTHER || cell.isBlank()) {
                    continue;
                }
                if (catalogue.name(c.scheme(), cell.raw(), year).isEmpty()) {
                    diagnostics.warning(cell.position(), "catalogue.unknown-code",
                            c.scheme().label() + "科目 " + cell.raw() + " 不在 " + year + " 年的科目表中",
                            "核对编码；确属有效科目时，在 content/catalogue/ 中补充它的名称");
                }
            }
        }
    }
}
