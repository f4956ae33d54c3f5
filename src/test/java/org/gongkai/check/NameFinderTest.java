package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Project names in the narrative: spaces inside allowed, never inside a longer word, all names in one pass. */
class NameFinderTest {

    private static List<String> found(NameFinder<String> names, String text) {
        return names.find(text).stream().map(f -> f.value() + "@" + f.start() + "-" + f.end()).toList();
    }

    @Test
    void namesWithSpacesBetweenCharacters() {
        NameFinder<String> names = new NameFinder<>();
        names.add("网络 安全", "A");
        assertEquals(List.of("A@0-4", "A@5-11"), found(names, "网络安全，网 络\n安全项目"));
    }

    @Test
    void aNameDoesNotStartInsideAWordUnlessAfter用于() {
        NameFinder<String> names = new NameFinder<>();
        names.add("维护", "A");
        assertEquals(List.of("A@0-2", "A@3-5", "A@8-10", "A@15-17"), found(names, "维护、维护 用于维护 x维护（维护）"));
        assertEquals(List.of(), found(names, "设备维护费 abc维护"));
    }

    @Test
    void shorterAndLongerNamesAtOnePlace() {
        NameFinder<String> names = new NameFinder<>();
        names.add("政务", "短");
        names.add("政务网络", "长");
        assertEquals(List.of("短@0-2", "长@0-4"), found(names, "政务网络运维"));
    }

    @Test
    void manyNamesCostOnePass() {
        NameFinder<Integer> names = new NameFinder<>();
        for (int i = 0; i < 2_000; i++) {
            names.add("测试项目名称".repeat(30) + i, i);
        }
        String text = ("，" + "测试项目名称".repeat(30) + "7 万元").repeat(100);
        long start = System.nanoTime();
        assertEquals(100, names.find(text).size());
        assertEquals(true, (System.nanoTime() - start) / 1_000_000 < 2_000);
    }
}
