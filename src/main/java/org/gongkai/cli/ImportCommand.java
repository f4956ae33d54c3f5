package org.gongkai.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gongkai.importer.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "把 Excel 工作簿（.xlsx 或 .xls）中的表格导入公开文件：新文件生成骨架，已有文件只替换表格，其他部分和注释逐字节保留。"
                + "有任何错误时不写任何文件。")
final class ImportCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "工作簿", description = "Excel 工作簿（.xlsx 或 .xls）")
    Path workbook;

    @Option(names = "--into", required = true, paramLabel = "文件", description = "目标公开文件，如 content/jianghan-dsj/2021-final.yaml")
    Path into;

    @Option(names = "--forms", paramLabel = "表样集", description = "表样集标识；不写时用目标文件或本部门同类文件的表样集，再不然按表题识别")
    String forms;

    @Option(names = "--debug", description = "内部错误时显示调用栈")
    boolean debug;

    @Override
    public Integer call() {
        Importer.Outcome outcome;
        try {
            outcome = new Importer().run(workbook, into, Optional.ofNullable(forms));
        } catch (IOException e) {
            spec.commandLine().getErr().println("错误：读写文件失败：" + e.getMessage());
            return Main.USAGE_OR_IO;
        }
        outcome.out().forEach(spec.commandLine().getOut()::println);
        outcome.err().forEach(spec.commandLine().getErr()::println);
        return outcome.exit();
    }
}
