package org.gongkai.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gongkai.importer.Importer;
import org.gongkai.importer.NewDisclosure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "生成一份公开文件的骨架：各部分、表样集的每张表（行从本部门上一份同类公开复制；没有时用表样的固定行；金额留空）、情况说明的标准小节；"
                + "占位文字“【未填写】”由 check 逐一列出。部门是新的时一并生成 department.yaml。")
final class NewCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "部门", description = "部门目录名，如 jianghan-dsj")
    String department;

    @Parameters(index = "1", paramLabel = "年度", description = "四位年度，如 2024")
    String year;

    @Parameters(index = "2", paramLabel = "类型", description = "budget（预算）或 final（决算）")
    String kind;

    @Option(names = "--forms", paramLabel = "表样集", description = "表样集标识；不写时用本部门上一份同类公开的表样集")
    String forms;

    @Option(names = "--content", paramLabel = "目录", description = "内容目录（默认：${DEFAULT-VALUE}）", defaultValue = "content")
    Path content;

    @Option(names = "--debug", description = "内部错误时显示调用栈")
    boolean debug;

    @Override
    public Integer call() {
        Importer.Outcome outcome;
        try {
            outcome = new NewDisclosure().run(content, department, year, kind, Optional.ofNullable(forms));
        } catch (IOException e) {
            spec.commandLine().getErr().println("错误：读写文件失败：" + e.getMessage());
            return Main.USAGE_OR_IO;
        }
        outcome.out().forEach(spec.commandLine().getOut()::println);
        outcome.err().forEach(spec.commandLine().getErr()::println);
        return outcome.exit();
    }
}
