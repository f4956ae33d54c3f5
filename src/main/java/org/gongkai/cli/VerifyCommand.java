package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.write.BagCheck;
import org.gongkai.write.Manifest;
import org.gongkai.write.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "按门户自带的文件清单（manifest.json）校验一份门户副本（也可以是 BagIt 包：先按包的清单校验，再校验其中的门户）：列出缺少、多余和被改动的文件，多余的目录、符号链接、特殊文件（都不跟随），以及清单自身的问题。",
        footer = {"", "退出码：0 与清单一致；1 不一致或清单缺失、损坏；2 用法错误或读取错误。"})
final class VerifyCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "目录", description = "要校验的门户目录，如 site-output")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("错误：" + dir + (Files.exists(dir) ? " 不是目录" : " 不存在"));
            return Main.USAGE_OR_IO;
        }
        if (BagCheck.isBag(dir)) {
            return verifyBag(out, err);
        }
        return verifyPortal(dir, out, err);
    }

    /** A BagIt bag: the bag by its own manifests, then the portal in its payload by the portal's manifest. */
    private int verifyBag(PrintWriter out, PrintWriter err) {
        List<String> problems;
        try {
            problems = BagCheck.verify(dir);
        } catch (IOException e) {
            err.println("错误：无法读取 " + dir + "：" + e.getMessage());
            return Main.USAGE_OR_IO;
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("BagIt 包有误：" + p));
            err.println("校验失败：" + dir + " 不是有效的 BagIt 包（" + problems.size() + " 处问题）。");
            return Main.CONTENT_ERRORS;
        }
        out.println("BagIt 包有效：" + dir + " 的载荷与 manifest-*.txt、标签文件与 tagmanifest-*.txt 一致。");
        return verifyPortal(dir.resolve("data"), out, err);
    }

    private int verifyPortal(Path dir, PrintWriter out, PrintWriter err) {
        Verification v;
        try {
            v = Verification.of(dir);
        } catch (Manifest.InvalidManifest e) {
            err.println("校验失败：" + dir + "：" + e.getMessage() + "。");
            return Main.CONTENT_ERRORS;
        } catch (IOException e) {
            err.println("错误：无法读取 " + dir + "：" + e.getMessage());
            return Main.USAGE_OR_IO;
        }
        if (v.matches()) {
            out.println("校验通过：" + dir + " 的 " + v.listed() + " 个文件（共 " + v.listedBytes() + " 字节）与清单一致。");
            return Main.OK;
        }
        for (String p : v.problems()) {
            err.println("清单有误：" + p);
        }
        for (String p : v.missing()) {
            err.println("缺少：" + p);
        }
        for (String p : v.extra()) {
            err.println("多余：" + p + "（清单中没有）");
        }
        for (String p : v.extraDirs()) {
            err.println("多余的目录：" + p + "（清单中没有文件在其中）");
        }
        for (String p : v.links()) {
            err.println("符号链接：" + p + "（门户里不应有链接，没有跟随）");
        }
        for (String p : v.specials()) {
            err.println("特殊文件：" + p + "（不是普通文件，没有读取）");
        }
        for (Verification.Change c : v.changed()) {
            err.println("已改动：" + c.path() + (c.expectedSize() == c.actualSize()
                    ? "（大小相同，内容不同）"
                    : "（清单 " + c.expectedSize() + " 字节，实际 " + c.actualSize() + " 字节）"));
        }
        List<String> others = new ArrayList<>();
        count(others, v.extraDirs().size(), "多余的目录");
        count(others, v.links().size(), "符号链接");
        count(others, v.specials().size(), "特殊文件");
        count(others, v.problems().size(), "清单自身的问题");
        err.println("校验失败：" + dir + " 与清单不一致：缺少 " + v.missing().size() + " 个、多余 " + v.extra().size()
                + " 个、改动 " + v.changed().size() + " 个文件" + (others.isEmpty() ? "" : "，另有" + String.join("、", others))
                + "（清单共列 " + v.listed() + " 个文件）。");
        return Main.CONTENT_ERRORS;
    }

    private static void count(List<String> parts, int n, String what) {
        if (n > 0) {
            parts.add(what + " " + n + " 处");
        }
    }
}
