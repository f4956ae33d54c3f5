package org.gongkai.render;

import java.util.function.Supplier;

/** One output page (or chart or script file): where it goes and how to make it. */
record Page(String path, Supplier<String> content) {
}
