package org.gongkai.render;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one allowlist for link and image targets in content text. A target is judged as a browser
 * might read it after any amount of decoding: HTML entities and percent-escapes decoded (repeatedly,
 * so double encoding does not hide a scheme), control characters and spaces dropped, lower-cased.
 * Decoding only ever makes a target look more dangerous, so it errs towards refusing.
 */
final class Urls {

    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    private static final Pattern PERCENT = Pattern.compile("%([0-9a-fA-F]{2})");
    private static final List<String> LINK_SCHEMES = List.of("http", "https", "mailto");
    private static final int MAX_DECODING_ROUNDS = 8;

    private Urls() {
    }

    /** The target decoded until it no longer changes, without control characters and spaces, lower-cased. */
    static String normalise(String url) {
        String u = url;
        for (int round = 0; round < MAX_DECODING_ROUNDS; round++) {
            String next = percentDecode(Escaping.unescapeHtml(u));
            if (next.equals(u)) {
                break;
            }
            u = next;
        }
        StringBuilder b = new StringBuilder();
        for (char c : u.toCharArray()) {
            if (c > ' ' && c != 0x7f) {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Percent-escapes of single bytes decoded as Latin-1: enough to reveal an ASCII scheme or slash. */
    private static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        Matcher m = PERCENT.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** A link may go to http, https and mailto targets, and to relative ones. */
    static boolean allowedLink(String url) {
        String u = normalise(url);
        Matcher m = SCHEME.matcher(u);
        if (m.find()) {
            return LINK_SCHEMES.contains(m.group(1));
        }
        if (u.startsWith("\\")) {
            return false; // browsers read a leading backslash as a slash: another host or scheme may follow
        }
        // Without a scheme, a colon is harmless only after a path, query or fragment has begun.
        int colon = u.indexOf(':');
        int start = Chars.indexOfAny(u, "/?#");
        return colon < 0 || (start >= 0 && start < colon);
    }

    /**
     * An image must be a path inside the site, relative to the page: no scheme, no colon at all, and
     * no leading slash (a root path breaks under file:// and sub-paths; two slashes, in either
     * direction, name another host).
     */
    static boolean allowedImage(String url) {
        String u = normalise(url).replace('\\', '/');
        return !u.contains(":") && !u.startsWith("/");
    }

    /** Whether an allowed link leaves the site (browsers read backslashes as slashes here too). */
    static boolean isExternal(String url) {
        String u = normalise(url).replace('\\', '/');
        return u.startsWith("http:") || u.startsWith("https:") || u.startsWith("//");
    }
}
