package org.gongkai.render.data;

import org.gongkai.model.Disclosure;
import org.gongkai.model.Table;

/**
 * Where the open data files live below the portal root, in one place so that the pages that link
 * to them and the stage that writes them cannot disagree. Data files sit under {@code data/}, as the
 * Fiscal Data Package layout recommends; the package descriptor sits at the root.
 */
public final class DataPaths {

    public static final String DATAPACKAGE = "datapackage.json";
    public static final String PAGE = "data.html";

    private DataPaths() {
    }

    /** e.g. data/jianghan-dsj/2021-final/expense.csv */
    public static String csv(Disclosure d, Table t) {
        return "data/" + d.path() + "/" + t.slug() + ".csv";
    }

    /** e.g. data/jianghan-dsj/2021-final/expense.xlsx: the table laid out like the printed form. */
    public static String xlsx(Disclosure d, Table t) {
        return "data/" + d.path() + "/" + t.slug() + ".xlsx";
    }

    /** e.g. data/jianghan-dsj/2021-final.xlsx: every table of the disclosure, a sheet each. */
    public static String workbook(Disclosure d) {
        return "data/" + d.path() + ".xlsx";
    }

    /** e.g. data/jianghan-dsj/2021-final.json */
    public static String json(Disclosure d) {
        return "data/" + d.path() + ".json";
    }

    /** The CSV's address relative to the disclosure's JSON file, e.g. 2021-final/expense.csv. */
    static String csvFromJson(Disclosure d, Table t) {
        return d.year() + "-" + d.kind().slug() + "/" + t.slug() + ".csv";
    }

    /** The disclosure workbook's resource name, e.g. jianghan-dsj-2021-final-xlsx. */
    static String workbookName(Disclosure d) {
        return d.department().id() + "-" + d.year() + "-" + d.kind().slug() + "-xlsx";
    }

    /** The table's resource name in datapackage.json, e.g. jianghan-dsj-2021-final-expense. */
    static String resourceName(Disclosure d, Table t) {
        return d.department().id() + "-" + d.year() + "-" + d.kind().slug() + "-" + t.slug();
    }
}
