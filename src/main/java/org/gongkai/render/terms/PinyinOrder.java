package org.gongkai.render.terms;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Pinyin order and initial letters for Chinese terms, with the JDK's own collator: for
 * Locale.CHINA it orders the common characters (GB 2312 level 1, 3,755 characters, which covers
 * budget vocabulary) by pinyin; rarer characters sort after them and are indexed under "#". No ICU
 * dependency needed for that (checked in PinyinOrderTest).
 */
public final class PinyinOrder {

    static final String OTHER = "#";
    private static final String LETTERS = "ABCDEFGHJKLMNOPQRSTWXYZ";
    /** The first level-1 character of each letter, in the collator's order; 座 is the last one. */
    private static final String FIRSTS = "啊芭擦搭蛾发噶哈击喀垃妈拿哦啪期然撒塌挖昔压匝";
    private static final String LAST = "座";

    private PinyinOrder() {
    }

    /** A new collator each time: Collator instances are not thread-safe. */
    private static Collator collator() {
        return Collator.getInstance(Locale.CHINA);
    }

    /** What a term is sorted and indexed by: without leading quotes, brackets and numbering. */
    static String sortKey(String term) {
        int i = 0;
        while (i < term.length() && !Character.isLetterOrDigit(term.codePointAt(i))) {
            i += Character.charCount(term.codePointAt(i));
        }
        return term.substring(i);
    }

    /** "A" … "Z" by the pinyin of the first character, or "#". */
    public static String initial(String term) {
        String key = sortKey(term);
        if (key.isEmpty()) {
            return OTHER;
        }
        int cp = key.codePointAt(0);
        if (cp < 128) {
            char c = Character.toUpperCase((char) cp);
            return c >= 'A' && c <= 'Z' ? String.valueOf(c) : OTHER;
        }
        if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
            return OTHER;
        }
        Collator collator = collator();
        String first = new String(Character.toChars(cp));
        if (collator.compare(first, LAST) > 0) {
            return OTHER;
        }
        String letter = OTHER;
        for (int i = 0; i < FIRSTS.length(); i++) {
            if (collator.compare(FIRSTS.substring(i, i + 1), first) <= 0) {
                letter = LETTERS.substring(i, i + 1);
            }
        }
        return letter;
    }

    /** Index letter (A … Z, then #), then pinyin, then code points so that distinct terms never tie. */
    public static Comparator<String> comparator() {
        Collator collator = collator();
        Comparator<String> byLetter = Comparator.comparing(t -> {
            String l = initial(t);
            return l.equals(OTHER) ? "~" : l;
        });
        return byLetter.thenComparing(PinyinOrder::sortKey, collator::compare).thenComparing(Comparator.naturalOrder());
    }
}
