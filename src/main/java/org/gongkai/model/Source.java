package org.gongkai.model;

/**
 * Where a disclosure was published, as its content file states it: the document's title as
 * published, the publisher, the publication date as printed, the address where it was published
 * (an http(s) address, or empty), and the SHA-256 of the original file when the site keeps it.
 */
public record Source(String title, String publisher, String published, String url, String sha256) {

    /** One line for archival metadata, e.g. bag-info.txt's Source-Document. */
    public String oneLine() {
        StringBuilder b = new StringBuilder(title);
        for (String part : new String[] {publisher, published, url, sha256.isEmpty() ? "" : "SHA-256 " + sha256}) {
            if (!part.isEmpty()) {
                b.append("；").append(part);
            }
        }
        return b.toString().replaceAll("[\\r\\n]+", " ");
    }
}
