package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.diag.Diagnostics;
import org.gongkai.diag.Severity;
import org.gongkai.serve.Preview;
import org.gongkai.serve.Serve;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "预览门户：生成后在本机 127.0.0.1 上提供浏览，内容文件改动后只重新生成受影响的页面，并让打开的页面自动刷新。不写入任何文件。")
final class ServeCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--content", paramLabel = "目录", description = "内容目录（默认：${DEFAULT-VALUE}）", defaultValue = "content")
    Path content;

    @Option(names = "--port", paramLabel = "端口", description = "端口（默认：${DEFAULT-VALUE}；0 表示任选一个空闲端口）", defaultValue = "8000")
    int port;

    @Option(names = "--debug", description = "内部错误时显示调用栈")
    boolean debug;

    @ParentCommand
    Main main;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port 应在 0 到 65535 之间");
        }
        // As the user wrote it when run from where it was written, so that messages name files the same way.
        Path dir = main.workingDir().equals(Path.of("").toAbsolutePath()) ? content : main.workingDir().resolve(content);
        Serve serve;
        try {
            serve = Serve.start(dir, port, new Printer(out, err, debug));
        } catch (BindException e) {
            err.println("无法在 127.0.0.1:" + port + " 上提供预览：" + e.getMessage() + "。用 --port 换一个端口，或 --port 0 任选一个。");
            return Main.USAGE_OR_IO;
        } catch (IOException e) {
            err.println("无法启动预览：" + e.getMessage());
            return Main.USAGE_OR_IO;
        }
        out.println("预览地址：" + serve.address() + "（只在本机可以访问；按 Ctrl-C 停止）");
        out.println("正在监视 " + content + " 中的改动。预览不写入任何文件，发布请用 gongkai build。");
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            serve.close();
            out.println("预览已停止。");
            out.flush();
        }, "gongkai-serve-stop"));
        serve.awaitClose();
        return Main.OK;
    }

    /** Prints each refresh the way build prints its run: the diagnostics, then one line. */
    private record Printer(PrintWriter out, PrintWriter err, boolean debug) implements Serve.Listener {

        @Override
        public void refreshed(Preview.Outcome outcome) {
            long errors = 0;
            long warnings = 0;
            for (Diagnostics report : outcome.reports()) {
                Reporting.print(report, err);
                errors += report.count(Severity.ERROR);
                warnings += report.count(Severity.WARNING);
            }
            String what = outcome.full() ? "已读取并校验全部内容" : "已重新读取改动的文件";
            if (outcome.published()) {
                out.println(what + "，更新了 " + outcome.groups() + " 组页面和数据（页面在浏览时生成），用时 " + outcome.millis()
                        + " 毫秒（" + errors + " 个错误，" + warnings + " 个警告）。");
            } else {
                err.println(what + "：内容有错误（" + errors + " 个错误，" + warnings + " 个警告），浏览器中显示错误列表；"
                        + "在改正之前仍提供上次成功生成的门户。");
            }
            out.flush();
            err.flush();
        }

        @Override
        public void failed(RuntimeException e) {
            err.println("内部错误：" + Main.shortened(String.valueOf(e)) + "；仍提供上次成功生成的门户。");
            if (debug) {
                for (StackTraceElement frame : e.getStackTrace()) {
                    err.println("\tat " + frame);
                }
            } else {
                err.println("（加 --debug 查看详细信息，并请报告此问题）");
            }
            err.flush();
        }
    }
}
