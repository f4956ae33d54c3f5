package org.gongkai.serve;

import java.util.function.Supplier;

/** One output file's bytes, made when first requested and kept; the maker is then let go. */
final class Made {

    private Supplier<byte[]> make;
    private byte[] bytes;

    Made(Supplier<byte[]> make) {
        this.make = make;
    }

    static Made of(byte[] bytes) {
        Made m = new Made(null);
        m.bytes = bytes;
        return m;
    }

    synchronized byte[] get() {
        if (make != null) {
            bytes = make.get();
            make = null;
        }
        return bytes;
    }

    /** Whether the bytes have been made (a test sees what an edit made again). */
    synchronized boolean made() {
        return make == null;
    }
}
