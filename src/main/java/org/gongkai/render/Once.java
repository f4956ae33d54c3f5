package org.gongkai.render;

import java.util.function.Supplier;

/** A value made on first use, once, by whichever thread asks first; the maker is then let go. */
final class Once<T> implements Supplier<T> {

    private Supplier<T> make;
    private T value;

    Once(Supplier<T> make) {
        this.make = make;
    }

    @Override
    public synchronized T get() {
        if (make != null) {
            value = make.get();
            make = null;
        }
        return value;
    }
}
