package org.gongkai.check;

import org.gongkai.facts.TableText;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.diag.Position;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Part;
import org.gongkai.model.Placeholder;
import org.gongkai.model.Section;
import org.gongkai.model.Table;
import org.gongkai.model.Term;

/** The placeholders a new disclosure skeleton starts with, each reported as 未填写 until replaced. */
final class Placeholders {

    private Placeholders() {
    }

    static List<Finding> check(RuleContext c) {
        Disclosure d = c.disclosure();
        List<Finding> out = new ArrayList<>();
        Position top = Position.startOf(d.file());
        flag(d, "公开标题", d.title(), top, out);
        for (Part p : d.parts()) {
            flag(d, "部分标题", p.title(), top, out);
            if (p instanceof Part.SectionsPart s) {
                sections(d, s.title(), s.sections(), out);
            } else if (p instanceof Part.TablesPart tp) {
                for (Table t : tp.tables()) {
                    flag(d, TableText.label(t) + " 的标题", t.title(), t.position(), out);
                    flag(d, TableText.label(t) + " 的数据", t.missing(), t.position(), out);
                }
            } else if (p instanceof Part.GlossaryPart g) {
                for (Term t : g.terms()) {
                    flag(d, p.title() + " 第 " + t.number() + " 条", t.term() + t.text(), t.position(), out);
                }
            }
        }
        return out;
    }

    private static void sections(Disclosure d, String part, List<Section> sections, List<Finding> out) {
        for (Section s : sections) {
            flag(d, part + "“" + s.title() + "”的标题", s.title(), s.position(), out);
            flag(d, part + "“" + s.title() + "”的正文", s.text(), s.textAt(), out);
            sections(d, part, s.sections(), out);
        }
    }

    private static void flag(Disclosure d, String what, String text, Position at, List<Finding> out) {
        if (text.contains(Placeholder.MARK)) {
            out.add(new Finding(Rule.TEXT_UNFILLED, d.path(), what, what + "未填写", at, List.of()));
        }
    }
}
