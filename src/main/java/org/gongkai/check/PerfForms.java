package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Part;
import org.gongkai.model.PerformanceForm;

/** The performance forms of a disclosure, each with the name findings call it by. */
final class PerfForms {

    record Named(PerformanceForm form, String name) {
    }

    private PerfForms() {
    }

    static List<Named> of(Disclosure d) {
        List<Named> out = new ArrayList<>();
        for (Part p : d.parts()) {
            if (p instanceof Part.PerformancePart pp) {
                pp.forms().forEach(f -> out.add(new Named(f, name(f))));
            }
        }
        return out;
    }

    /** "“手机通讯服务”项目支出绩效自评表", or the form's title when it names no project. */
    static String name(PerformanceForm f) {
        if (!f.project().isEmpty()) {
            return "“" + f.project() + "”" + f.kind().label();
        }
        return f.title().isEmpty() ? f.kind().label() : f.title();
    }

    /** The text of a row's first cell, for messages: "年度财政资金总额". */
    static String rowLabel(PerformanceForm.Grid g, int row) {
        return g.rows().get(row).isEmpty() ? "" : g.rows().get(row).get(0);
    }
}
