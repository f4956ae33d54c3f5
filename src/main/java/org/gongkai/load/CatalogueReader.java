package org.gongkai.load;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.diag.Code;
import org.gongkai.diag.Diagnostics;
import org.gongkai.diag.Printable;
import org.gongkai.model.Catalogue;
import org.gongkai.model.Scheme;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads catalogue files (科目) into a mutable accumulator; later files add codes and override
 * names or explanations of earlier ones, so a site can extend the bundled catalogue.
 */
final class CatalogueReader {

    private final Map<Scheme, Map<String, Catalogue.Entry>> schemes = new EnumMap<>(Scheme.class);

    void read(Node root, String file, Diagnostics diagnostics) {
        MapReader.of(root, file, diagnostics, "科目表").ifPresent(map -> {
            map.allow("scheme", "name", "codes");
            Scheme scheme = map.required("scheme", "functional 或 economic").flatMap(s -> {
                var found = Scheme.of(s.text());
                if (found.isEmpty()) {
                    diagnostics.report(s.position(), Code.CATALOGUE_SCHEME, "未知的分类“" + Printable.excerpt(s.text()) + "”", "可用：functional、economic");
                }
                return found;
            }).orElse(null);
            if (scheme == null) {
                return;
            }
            Map<String, Catalogue.Entry> codes = schemes.computeIfAbsent(scheme, s -> new TreeMap<>());
            for (Node n : map.list("codes")) {
                MapReader.of(n, file, diagnostics, "科目").ifPresent(c -> readCode(c, codes, file, diagnostics));
            }
        });
    }

    private static void readCode(MapReader c, Map<String, Catalogue.Entry> codes, String file, Diagnostics diagnostics) {
        c.allow("code", "name", "names", "explanation", "source", "alternatives");
        var code = c.required("code", "科目编码");
        if (code.isEmpty()) {
            return;
        }
        if (!code.get().text().matches("\\d{3}|\\d{5}|\\d{7}")) {
            diagnostics.report(code.get().position(), Code.CATALOGUE_CODE, "科目编码应为 3、5 或 7 位数字", "");
            return;
        }
        Catalogue.Entry old = codes.get(code.get().text());
        TreeMap<Integer, String> names = old == null ? new TreeMap<>() : new TreeMap<>(old.names());
        c.scalar("name").ifPresent(s -> names.put(0, s.text()));
        for (Node n : c.list("names")) {
            MapReader.of(n, file, diagnostics, "科目名称").ifPresent(m -> {
                m.allow("since", "name");
                var since = m.required("since", "启用年度");
                var name = m.required("name", "该年度起的名称");
                if (since.isPresent() && name.isPresent()) {
                    if (since.get().text().matches("\\d{4}")) {
                        names.put(Integer.parseInt(since.get().text()), name.get().text());
                    } else {
                        diagnostics.report(since.get().position(), Code.CATALOGUE_SINCE, "since 应为四位年份", "");
                    }
                }
            });
        }
        if (names.isEmpty()) {
            diagnostics.report(c.position(), Code.CATALOGUE_NAME, "科目" + code.get().text() + "缺少名称", "写 name 或 names");
            return;
        }
        String explanation = c.scalar("explanation").map(Scalar::text).orElse(old == null ? "" : old.explanation());
        String source = c.scalar("source").map(Scalar::text).orElse(old == null ? "" : old.source());
        List<Catalogue.Wording> alternatives = c.has("alternatives")
                ? readAlternatives(c, file, diagnostics)
                : old == null ? List.of() : old.alternatives();
        codes.put(code.get().text(), new Catalogue.Entry(code.get().text(), names, explanation, source, alternatives));
    }

    /** Other published wordings of the explanation; each must say where it was published. */
    private static List<Catalogue.Wording> readAlternatives(MapReader c, String file, Diagnostics diagnostics) {
        List<Catalogue.Wording> out = new ArrayList<>();
        for (Node n : c.list("alternatives")) {
            MapReader.of(n, file, diagnostics, "说明的其他措辞").ifPresent(m -> {
                m.allow("explanation", "source");
                var text = m.required("explanation", "写出该来源中的说明原文");
                var source = m.required("source", "写明该措辞出自哪份公开文件或科目表，如“某区某单位2021年度部门决算·名词解释”");
                if (text.isPresent() && source.isPresent()) {
                    out.add(new Catalogue.Wording(text.get().text(), source.get().text()));
                }
            });
        }
        return out;
    }

    Catalogue build() {
        return new Catalogue(schemes);
    }
}
