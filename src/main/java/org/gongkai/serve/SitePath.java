package org.gongkai.serve;

import java.util.Optional;

/**
 * A request path as a site path: "/" and folders ending in "/" are their index.html; empty segments,
 * "." and "..", backslashes and control characters are refused, so no address names anything outside
 * the site (the files are in memory, but the rule holds whatever serves them).
 */
final class SitePath {

    private SitePath() {
    }

    /** {@code path} as decoded from the request, or empty when it is not a plain site path. */
    static Optional<String> of(String path) {
        if (path == null || !path.startsWith("/")) {
            return Optional.empty();
        }
        String p = path.substring(1);
        if (p.isEmpty() || p.endsWith("/")) {
            p = p + "index.html";
        }
        for (String segment : p.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return Optional.empty();
            }
        }
        return Optional.of(p);
    }
}
