package org.gongkai.write;

/**
 * Where generated files go: the output directory's staging folder for a build ({@link SiteWriter}),
 * or memory for the preview server.
 */
public interface FileSink {

    /** One file; {@code path} is relative to the site root, '/'-separated. */
    void write(String path, byte[] bytes);
}
