package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongkai.diag.Position;
import org.gongkai.facts.TableText;
import org.gongkai.model.Column;
import org.gongkai.model.Completeness;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Form;
import org.gongkai.model.Measure;
import org.gongkai.model.Part;
import org.gongkai.model.Role;
import org.gongkai.model.Row;
import org.gongkai.model.Scope;
import org.gongkai.model.Section;
import org.gongkai.model.Table;

/**
 * Whether a disclosure is complete, from data: every table its form set marks {@code required} is
 * there (unless a tables part says published tables were not transcribed), and a table without a
 * single non-zero amount says why it is empty: a statement under it, or a sentence in the text
 * that the department has none of what the table is about (its declared scope of funds, or “三公”经费).
 */
final class CompletenessRule {

    /** "没有使用政府性基金预算…", "无政府性基金…", "未安排“三公”经费…": a negation before the subject. */
    private static final String BEFORE = "(?:没有|无|未)";
    /** "…数据为零", "…为 0": after it. */
    private static final String AFTER = "(?:为零|为0(?![.\\d])|为空)";

    private CompletenessRule() {
    }

    static List<Finding> check(RuleContext c) {
        Disclosure d = c.disclosure();
        List<Finding> out = new ArrayList<>();
        required(d, out);
        d.tables().forEach(t -> empty(d, t, out));
        return out;
    }

    private static void required(Disclosure d, List<Finding> out) {
        Completeness completeness = Completeness.of(d);
        if (completeness.untranscribed()) {
            return;
        }
        Position at = d.parts().stream().filter(p -> p instanceof Part.TablesPart t && t.position() != null)
                .map(p -> ((Part.TablesPart) p).position()).findFirst().orElse(Position.startOf(d.file()));
        for (Form f : completeness.missing()) {
            out.add(new Finding(Rule.REQUIRED_TABLE, d.path(), f.name(),
                    "本公开文件没有“" + f.name() + "”：表样集 " + d.forms().id() + " 标明这张表必须公开（没有数据时公开空表并说明）",
                    at, List.of()));
        }
    }

    private static void empty(Disclosure d, Table t, List<Finding> out) {
        if (!t.statement().isBlank() || !t.missing().isBlank() || hasData(t)) {
            return;
        }
        Optional<String> subject = subject(t.form());
        if (subject.isPresent() && explained(d, t, subject.get())) {
            return;
        }
        out.add(new Finding(Rule.EMPTY_TABLE, d.path(), TableText.label(t) + " " + t.form().name(),
                TableText.label(t) + "“" + t.title() + "”没有数据（没有一个不为零的金额），但没有说明为什么是空表：表下没有空表说明（statement）"
                        + subject.map(s -> "，正文中也没有说明本部门没有“" + s + "”的收支").orElse(""),
                t.position(), List.of()));
    }

    private static boolean hasData(Table t) {
        for (Row row : t.rows()) {
            for (Column c : t.form().columns()) {
                if (c.role() == Role.AMOUNT && row.cell(c).isAmount() && row.cell(c).value().signum() != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * What a sentence explaining the empty table is about, from the form's declarations: “三公”经费
     * for a table of that measure, else the one scope of funds its amount columns share (without the
     * words 财政拨款, which sentences often leave out). A table of all funds has no such subject.
     */
    static Optional<String> subject(Form form) {
        List<Column> amounts = form.columns().stream().filter(c -> c.role() == Role.AMOUNT).toList();
        if (amounts.stream().anyMatch(c -> c.measure() == Measure.THREE_PUBLIC || c.measure() == Measure.THREE_PUBLIC_BUDGET)) {
            return Optional.of(plain(Measure.THREE_PUBLIC.label()));
        }
        List<Scope> scopes = amounts.stream().map(Column::scope).distinct().toList();
        if (scopes.size() != 1 || scopes.get(0) == Scope.ALL) {
            return Optional.empty();
        }
        Scope s = scopes.get(0);
        String label = s == Scope.FISCAL ? s.label() : s.label().replace(Scope.FISCAL.label(), "");
        return Optional.of(label);
    }

    /** A sentence of the text or the table's notes says there is none of {@code subject}. */
    private static boolean explained(Disclosure d, Table t, String subject) {
        String s = Pattern.quote(subject);
        Pattern says = Pattern.compile(BEFORE + "[^。；;]*?" + s + "|" + s + "[^。；;]*?" + AFTER);
        Stream<String> texts = Stream.concat(Stream.of(t.notes()), d.parts().stream()
                .filter(p -> p instanceof Part.SectionsPart).flatMap(p -> sections(((Part.SectionsPart) p).sections())));
        return texts.flatMap(x -> Stream.of(plain(x).split("[。；;\\n]"))).anyMatch(sentence -> says.matcher(sentence).find());
    }

    private static Stream<String> sections(List<Section> sections) {
        return sections.stream().flatMap(s -> Stream.concat(Stream.of(s.text()), sections(s.sections())));
    }

    /** Without spaces and quotation marks, which the same words are printed with or without. */
    private static String plain(String text) {
        return text.replaceAll("[\\s\u3000“”\"‘’']", "");
    }
}
