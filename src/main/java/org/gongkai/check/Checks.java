package org.gongkai.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import org.gongkai.diag.Code;
import org.gongkai.diag.Diagnostics;
import org.gongkai.diag.Position;
import org.gongkai.diag.Severity;
import org.gongkai.facts.FactIndex;
import org.gongkai.facts.Features;
import org.gongkai.facts.FactSet;
import org.gongkai.model.Acknowledgement;
import org.gongkai.model.Catalogue;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.FormSet;
import org.gongkai.model.Portal;
import org.gongkai.model.Role;
import org.gongkai.model.Row;
import org.gongkai.model.Scheme;
import org.gongkai.model.Table;

/**
 * The check stage: structural rules (each 行次 once per table, every classification code known
 * to the catalogue) and the validator's findings. {@code check} and {@code build} see the same
 * report: every open finding at its rule's severity, so one gate decides both exit codes. An
 * acknowledged finding is kept aside with its note (listed on request, shown to readers).
 */
public final class Checks {

    private final Catalogue catalogue;
    private final Diagnostics diagnostics;

    public Checks(Catalogue catalogue, Diagnostics diagnostics) {
        this.catalogue = catalogue;
        this.diagnostics = diagnostics;
    }

    /** Runs every rule; returns the findings per disclosure path, for the pages. */
    public Findings run(Portal portal, FactIndex facts) {
        Validator validator = new Validator(catalogue, diagnostics::source);
        features(portal);
        Map<String, Findings.OfDisclosure> all = new ConcurrentHashMap<>();
        portal.disclosures().parallelStream().forEach(d -> all.put(d.path(), check(facts.of(d), validator)));
        return new Findings(all);
    }

    private Findings.OfDisclosure check(FactSet facts, Validator validator) {
        Disclosure disclosure = facts.disclosure();
        int year = Integer.parseInt(disclosure.year());
        disclosure.tables().forEach(table -> {
            uniqueLines(table);
            knownCodes(table, year);
        });
        List<Finding> open = new ArrayList<>();
        List<Findings.Acknowledged> acknowledged = new ArrayList<>();
        Set<Acknowledgement> used = new HashSet<>();
        for (Finding f : validator.check(facts)) {
            Optional<Acknowledgement> ack = disclosure.acknowledgements().stream()
                    .filter(a -> a.rule().equals(f.rule().id()) && a.subject().equals(f.subject()))
                    .findFirst();
            if (ack.isPresent()) {
                used.add(ack.get());
                acknowledged.add(new Findings.Acknowledged(f, ack.get().note()));
                diagnostics.addAcknowledged(f.toDiagnostic(), ack.get().note());
            } else {
                // A notice is reported, never shown to readers as a disagreement: rounding explains it.
                if (f.rule().severity() != Severity.NOTICE) {
                    open.add(f);
                }
                diagnostics.add(f.toDiagnostic());
            }
        }
        for (Acknowledgement a : disclosure.acknowledgements()) {
            if (!used.contains(a)) {
                diagnostics.report(a.position(), Code.ACKNOWLEDGEMENT_UNUSED,
                        "这条说明没有对应的校验发现（规则 " + a.rule() + "，“" + a.subject() + "”）",
                        "rule 和 subject 照 check 的输出填写；数据已更正时删去这条说明");
            }
        }
        return new Findings.OfDisclosure(open, acknowledged);
    }

    /** Each form set some disclosure uses, once: the features it lacks declarations for. */
    private void features(Portal portal) {
        Map<String, FormSet> used = new TreeMap<>();
        portal.disclosures().forEach(d -> used.putIfAbsent(d.forms().source(), d.forms()));
        for (FormSet set : used.values()) {
            for (String w : set.without()) {
                if (!Features.keys().contains(w)) {
                    diagnostics.report(Position.startOf(set.source()), Code.FORMS_FEATURE, "表样集 " + set.id()
                            + " 的 without 中“" + w + "”不是功能名", "可用：" + String.join("、", Features.keys()));
                }
            }
            List<String> lacking = Features.lacking(set);
            if (!lacking.isEmpty()) {
                diagnostics.report(Position.startOf(set.source()), Code.FORMS_FEATURE, "表样集 " + set.id() + " "
                        + String.join("；", lacking), "在表样中补充这些声明（见 docs/content-schema.md“表样能做什么”）");
            }
        }
    }

    private void uniqueLines(Table table) {
        Map<String, Position> seen = new HashMap<>();
        for (Row row : table.rows()) {
            for (Column c : table.form().columns()) {
                String line = row.cell(c).raw();
                if (c.role() == Role.LINE && !line.isEmpty()) {
                    Position first = seen.putIfAbsent(line, row.cell(c).position());
                    if (first != null) {
                        diagnostics.report(row.cell(c).position(), Code.TABLE_LINE_DUPLICATE,
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
                    diagnostics.report(cell.position(), Code.CATALOGUE_UNKNOWN_CODE,
                            c.scheme().label() + "科目 " + cell.raw() + " 不在 " + year + " 年的科目表中",
                            "核对编码；确属有效科目时，在 content/catalogue/ 中补充它的名称");
                }
            }
        }
    }
}
