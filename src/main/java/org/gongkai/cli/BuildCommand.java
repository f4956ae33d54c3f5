package org.gongkai.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gongkai.Build;
import org.gongkai.write.Packages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true, description = "生成门户：读取内容、校验、渲染并写入输出目录。")
final class BuildCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--content", paramLabel = "目录", description = "内容目录（默认：${DEFAULT-VALUE}）", defaultValue = "content")
    Path content;

    @Option(names = "--out", paramLabel = "目录", description = "输出目录（默认：${DEFAULT-VALUE}）", defaultValue = "site-output")
    Path out;

    @Option(names = "--strict", description = "有任何未说明的警告也视为失败，不写输出（未说明的错误总是阻止发布）")
    boolean strict;

    @Option(names = "--zip", paramLabel = "文件", description = "生成后把整个门户打包为 ZIP 文件（同一次生成的内容，打包结果逐字节相同）")
    Path zip;

    @Option(names = "--bag", paramLabel = "目录", description = "生成后另存为 BagIt 1.0 包（数字保存库接收的格式）；目录必须不存在")
    Path bag;

    @Option(names = "--warc", paramLabel = "文件", description = "生成后另存为 WARC 文件（.warc.gz，网页存档格式）；需要 site.yaml 的 base_url")
    Path warc;

    @Option(names = "--wacz", paramLabel = "文件", description = "生成后另存为 WACZ 文件（可在浏览器中回放的网页存档）；需要 site.yaml 的 base_url")
    Path wacz;

    @Option(names = "--debug", description = "内部错误时显示调用栈")
    boolean debug;

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        Packages packages = new Packages(Optional.ofNullable(zip), Optional.ofNullable(bag), Optional.ofNullable(warc),
                Optional.ofNullable(wacz));
        Build.Result result = new Build(content, main.workingDir()).build(this.out, strict, packages);
        Reporting.print(result.diagnostics(), err);
        long ms = (System.nanoTime() - start) / 1_000_000;
        String shown = this.out.toString().isEmpty() ? "\"\"" : this.out.toString();
        if (!result.written()) {
            err.println("生成失败：" + Reporting.counts(result.diagnostics()) + "；" + switch (result.output()) {
                case IN_USE -> "本次没有改动输出目录 " + shown + "。";
                case NOT_REPLACED -> "新门户没有换上，输出目录 " + shown + " 没有改动。";
                default -> "输出目录 " + shown + " 保持不变。";
            });
            int code = Reporting.exitCode(result.diagnostics());
            return code == Main.OK ? Main.CONTENT_ERRORS : code;
        }
        out.println("已生成 " + result.filesWritten() + " 个文件和文件清单到 " + this.out + "，用时 " + ms + " 毫秒（"
                + Reporting.counts(result.diagnostics()) + "）。");
        if (result.diagnostics().hasIoErrors()) {
            return Main.USAGE_OR_IO;
        }
        for (Packages.Target t : packages.targets()) {
            out.println("已另存为 " + t.kind().label() + " " + t.path() + "。");
        }
        return Main.OK;
    }

}
