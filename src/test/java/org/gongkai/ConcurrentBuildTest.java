package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds started together into one output: the lock lets exactly one write; the other stops at
 * once with exit code 2 and says why, without touching the output. The site left verifies.
 */
class ConcurrentBuildTest {

    static final int TRIALS = 3;

    @TempDir
    Path tmp;

    @Test
    void exactlyOneOfTwoBuildsWritesAndTheOtherSaysWhy() throws Exception {
        Fixture fx = new Fixture(tmp.resolve("work"));
        assertEquals(0, fx.build().exit());
        String[] args = {"build", "--content", fx.content.toString(), "--out", fx.out.toString()};
        String busy = fx.out + ":1:1: 错误：输出目录 " + fx.out + " 正由另一个 gongkai build 写入（锁文件 "
                + fx.root.resolve(".site-output.gongkai-lock") + "）；等它结束后再试 [io.out-busy]\n"
                + "  提示：同一个输出目录一次只能有一个生成过程\n"
                + "生成失败：1 个错误，0 个警告；本次没有改动输出目录 " + fx.out + "。\n";
        for (int trial = 0; trial < TRIALS; trial++) {
            Subprocess a = Subprocess.start(tmp.resolve("logs"), trial + "a", List.of(), args);
            Subprocess b = Subprocess.start(tmp.resolve("logs"), trial + "b", List.of(), args);
            int ea = a.exit();
            int eb = b.exit();
            assertEquals(List.of(0, 2), List.of(ea, eb).stream().sorted().toList(), "trial " + trial + ": " + a.err() + b.err());
            Subprocess loser = ea == 2 ? a : b;
            Subprocess winner = ea == 2 ? b : a;
            assertEquals(busy, loser.err());
            assertEquals("", loser.out());
            assertTrue(winner.out().startsWith("已生成 "), winner.out());
            assertEquals(0, fx.run("verify", fx.out.toString()).exit());
            assertEquals(List.of(".site-output.gongkai-lock", "content", "site-output"), InterruptedBuildTest.names(fx.root));
        }
    }
}
