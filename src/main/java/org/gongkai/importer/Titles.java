package org.gongkai.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.model.Form;
import org.gongkai.model.FormSet;

/**
 * Which forms a printed title can be: the title without its table number and year must be the
 * form's name, end with it ("武汉市…中心收入决算表"), or be the end of it ("收支总表" of "部门收支总表").
 * Candidates come best first; the header then decides.
 */
final class Titles {

    private static final Pattern YEAR = Pattern.compile("^\\d{4}年度?|\\(\\d{4}年度?\\)$");
    private static final int MAX_TITLE = 80;

    private Titles() {
    }

    record Candidate(Form form, int score) {
    }

    static List<Candidate> candidates(String text, FormSet set) {
        String t = core(text);
        List<Candidate> out = new ArrayList<>();
        if (t.length() < 3 || t.length() > MAX_TITLE || Text.isNote(text)) {
            return out;
        }
        for (Form f : set.forms()) {
            String name = Text.norm(f.name());
            int score = t.equals(name) ? 3 : t.endsWith(name) || t.startsWith(name + "(") && t.endsWith(")") ? 2
                    : name.endsWith(t) && t.endsWith("表") && t.length() >= 4 || t.contains(name) ? 1 : 0;
            if (score > 0) {
                out.add(new Candidate(f, score));
            }
        }
        out.sort(Comparator.comparingInt((Candidate c) -> -c.score()).thenComparingInt(c -> -c.form().name().length()));
        return out;
    }

    /** The text without spaces, a leading table number and the year. */
    static String core(String text) {
        String s = text.strip();
        s = Text.numberAndTitle(s).map(p -> p[1]).orElse(s);
        String t = Text.norm(s);
        return YEAR.matcher(t).replaceAll("");
    }

    /** A title any form of the set could have, strong enough to end the table above it. */
    static boolean isTitle(String text, FormSet set) {
        return candidates(text, set).stream().anyMatch(c -> c.score() >= 2);
    }
}
