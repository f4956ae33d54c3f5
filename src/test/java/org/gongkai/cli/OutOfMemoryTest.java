package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.jte.TemplateException;
import org.junit.jupiter.api.Test;

/** Running out of heap is told in Chinese with what to set, wherever it surfaces, never as a trace. */
class OutOfMemoryTest {

    @Test
    void theHeapRunningOutIsRecognisedThroughWrappers() {
        assertTrue(Main.outOfMemory(new OutOfMemoryError("Java heap space")));
        assertTrue(Main.outOfMemory(new TemplateException("Failed to render part.jte", new OutOfMemoryError())));
        assertTrue(Main.outOfMemory(new RuntimeException(new ExceptionInInitializerError(new OutOfMemoryError()))));
        assertFalse(Main.outOfMemory(new IllegalStateException("two pages at a.html")));
        assertFalse(Main.outOfMemory(new StackOverflowError()));
    }

    @Test
    void theMessageSaysWhatToSet() {
        assertEquals("内存不足：Java 堆已用尽（当前上限 512 MiB），命令未完成。请给 Java 更大的堆后重试，"
                + "如 java -Xmx4g -jar gongkai.jar build …（或设置环境变量 JAVA_TOOL_OPTIONS=-Xmx4g）",
                Main.outOfMemory(512L * 1024 * 1024));
        assertEquals(3, Main.OUT_OF_MEMORY);
    }
}
