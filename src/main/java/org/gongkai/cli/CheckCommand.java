package org.gongkai.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.Build;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true, description = "只读取并校验内容，不写任何文件。退出码与 build 的发布关口相同：有未说明的错误时为 1。")
final class CheckCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--content", paramLabel = "目录", description = "内容目录（默认：${DEFAULT-VALUE}）", defaultValue = "content")
    Path content;

    @Option(names = "--format", paramLabel = "格式", description = "输出格式：text 或 json（默认：${DEFAULT-VALUE}）",
            defaultValue = "text")
    String format;

    @Option(names = "--include-acknowledged", description = "也列出内容中已说明（acknowledgements）的发现，标为“已说明”；不影响退出码")
    boolean includeAcknowledged;

    @Option(names = "--notices", description = "也列出“提示”：舍入或截尾可以解释的差异（如合计与各项之和相差不超过 0.005×项数、百分比截尾）；提示不影响退出码，--format json 总是包含它们")
    boolean notices;

    @Option(names = "--debug", description = "内部错误时显示调用栈")
    boolean debug;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format 只能是 text 或 json");
        }
        Build.Result result = new Build(content).check();
        if (format.equals("json")) {
            spec.commandLine().getOut().print(FindingsJson.of(result.diagnostics().sorted(),
                    includeAcknowledged ? result.diagnostics().acknowledged() : java.util.List.of()));
            return Reporting.exitCode(result.diagnostics());
        }
        Reporting.print(result.diagnostics(), spec.commandLine().getErr(), notices);
        if (includeAcknowledged) {
            Reporting.printAcknowledged(result.diagnostics(), spec.commandLine().getErr());
        }
        spec.commandLine().getOut().println(Reporting.byRule(result.diagnostics(), notices));
        spec.commandLine().getOut().println("校验完成：" + Reporting.counts(result.diagnostics(), notices) + "。");
        return Reporting.exitCode(result.diagnostics());
    }
}
