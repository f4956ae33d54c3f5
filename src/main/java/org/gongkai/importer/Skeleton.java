package org.gongkai.importer;

import java.util.List;
import org.gongkai.model.FormSet;
import org.gongkai.model.Kind;

/** A new disclosure file around imported tables: the keys a file needs, then one tables part. */
final class Skeleton {

    private Skeleton() {
    }

    static String of(String year, Kind kind, String department, FormSet set, List<ImportedTable> tables) {
        return "year: " + year + "\n"
                + "kind: " + kind.label() + "\n"
                + "title: " + TablesYaml.quote(year + " 年度" + department + "部门" + kind.label() + "公开") + "\n"
                + "forms: " + set.id() + "\n"
                + "parts:\n"
                + "  - type: tables\n"
                + "    title: " + TablesYaml.quote("第二部分 " + year + " 年度部门" + kind.label() + "表") + "\n"
                + "    tables:\n"
                + TablesYaml.of(tables, 6) + "\n";
    }
}
