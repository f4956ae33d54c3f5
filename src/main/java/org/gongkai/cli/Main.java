package org.gongkai.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.gongkai.diag.Printable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point. {@link #run} takes the arguments and output streams and returns the exit code, so
 * tests call it directly: 0 success, 1 content errors, 2 usage or I/O errors.
 */
@Command(name = "gongkai", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "公开：把部门预决算 YAML 内容生成为静态公开门户。",
        subcommands = {BuildCommand.class, CheckCommand.class, VerifyCommand.class, ArchiveCommand.class,
                ImportCommand.class, NewCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
        usageHelpAutoWidth = true)
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE_OR_IO = 2;
    public static final int OUT_OF_MEMORY = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Path workingDir;

    private Main(Path workingDir) {
        this.workingDir = workingDir;
    }

    /** Where relative paths on the command line are taken from. */
    Path workingDir() {
        return workingDir;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(Path.of("").toAbsolutePath(), args, out, err);
    }

    /**
     * As {@link #run(String[], PrintWriter, PrintWriter)}, with relative paths taken from
     * {@code workingDir} as if the command were run there (tests use a scratch folder this way).
     * Everything printed passes through an escaping writer: content cannot drive the terminal.
     */
    public static int run(Path workingDir, String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        PrintWriter out = new PrintWriter(new EscapingWriter(rawOut));
        PrintWriter err = new PrintWriter(new EscapingWriter(rawErr));
        int code;
        try {
            code = execute(workingDir, args, out, err);
        } catch (Error e) {
            // An error the command's own handler does not see (a worker's, a static initializer's).
            if (outOfMemory(e)) {
                // Not a content error and not a bug: say what to set, without a stack trace.
                err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
                code = OUT_OF_MEMORY;
            } else {
                err.println("内部错误：" + shortened(String.valueOf(e)));
                err.println("（请报告此问题）");
                code = USAGE_OR_IO;
            }
        }
        out.flush();
        err.flush();
        rawOut.flush();
        rawErr.flush();
        return code;
    }

    private static int execute(Path workingDir, String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main(workingDir.toAbsolutePath()));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> USAGE_OR_IO);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("用法错误：" + ex.getMessage());
            ex.getCommandLine().usage(err);
            return USAGE_OR_IO;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (outOfMemory(ex)) {
                err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
                return OUT_OF_MEMORY;
            }
            err.println("内部错误：" + shortened(String.valueOf(ex)));
            if (commandLine.getParseResult().hasMatchedOption("--debug")) {
                // Only on request: a user's mistake is always a diagnostic, never a trace.
                for (StackTraceElement frame : ex.getStackTrace()) {
                    err.println("\tat " + frame);
                }
            } else {
                err.println("（加 --debug 查看详细信息，并请报告此问题）");
            }
            return USAGE_OR_IO;
        });
        return cli.execute(args);
    }

    /** Whether the heap ran out somewhere below {@code t} (a template or a static initializer may wrap it). */
    static boolean outOfMemory(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** What to do when the heap ran out, naming the current maximum. */
    static String outOfMemory(long maxBytes) {
        return "内存不足：Java 堆已用尽（当前上限 " + maxBytes / (1024 * 1024) + " MiB），命令未完成。"
                + "请给 Java 更大的堆后重试，如 java -Xmx4g -jar gongkai.jar build …（或设置环境变量 JAVA_TOOL_OPTIONS=-Xmx4g）";
    }

    /**
     * An exception's text as shown: it may quote content (a regular expression built from a name,
     * say), so control characters are escaped and the text is cut short.
     */
    static String shortened(String text) {
        String shown = Printable.escape(text);
        return shown.length() <= 300 ? shown : shown.substring(0, 300) + "…（共 " + shown.length() + " 个字符）";
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"gongkai " + (v == null ? "开发版" : v)};
        }
    }
}
