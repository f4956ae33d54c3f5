package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gongkai.diag.Diagnostics;
import org.gongkai.write.Manifest;
import org.gongkai.write.OutputGuard;
import org.gongkai.write.Packages;
import org.gongkai.write.Packaging;
import org.gongkai.write.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "archive", mixinStandardHelpOptions = true,
        description = "把一份已生成的门户另存为存档格式：ZIP、BagIt 包、WARC、WACZ。先按门户的文件清单校验，"
                + "包中的发布单位、日期等取自清单（即生成时的内容），同一份门户得到逐字节相同的包。",
        footer = {"", "退出码：0 成功；1 门户与清单不一致或清单缺少门户信息；2 用法错误或读写错误。"})
final class ArchiveCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "门户目录", description = "已生成的门户，如 site-output")
    Path site;

    @Option(names = "--zip", paramLabel = "文件", description = "ZIP 文件（条目多于 65535 个或超过 4 GiB 时使用 ZIP64）")
    Path zip;

    @Option(names = "--bag", paramLabel = "目录", description = "BagIt 1.0 包；目录必须不存在")
    Path bag;

    @Option(names = "--warc", paramLabel = "文件", description = "WARC 文件（.warc.gz）；需要生成时设置了 base_url")
    Path warc;

    @Option(names = "--wacz", paramLabel = "文件", description = "WACZ 文件；需要生成时设置了 base_url")
    Path wacz;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Packages packages = new Packages(Optional.ofNullable(zip), Optional.ofNullable(bag), Optional.ofNullable(warc),
                Optional.ofNullable(wacz));
        if (packages.targets().isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "至少指定 --zip、--bag、--warc、--wacz 中的一个");
        }
        Path dir = main.workingDir().resolve(site);
        if (!Files.isDirectory(dir)) {
            err.println("错误：" + site + (Files.exists(dir) ? " 不是目录" : " 不存在"));
            return Main.USAGE_OR_IO;
        }
        Manifest.Reading manifest;
        try {
            if (!Verification.of(dir).matches()) {
                err.println("存档失败：" + site + " 与它的文件清单不一致，用 gongkai verify " + site + " 查看；只存档完整、未改动的门户。");
                return Main.CONTENT_ERRORS;
            }
            manifest = Manifest.read(Files.readString(dir.resolve(Manifest.JSON)));
        } catch (Manifest.InvalidManifest e) {
            err.println("存档失败：" + site + "：" + e.getMessage() + "。");
            return Main.CONTENT_ERRORS;
        } catch (IOException e) {
            err.println("错误：无法读取 " + site + "：" + e.getMessage());
            return Main.USAGE_OR_IO;
        }
        if (manifest.manifest().about().isEmpty()) {
            err.println("存档失败：" + site + " 的文件清单中没有门户信息（发布单位、日期），它是旧版本生成的；用本版本重新 build 后再存档。");
            return Main.CONTENT_ERRORS;
        }
        var info = manifest.manifest().about().get();
        if (packages.needsBaseUrl() && info.baseUrl().isEmpty()) {
            err.println("存档失败：WARC 和 WACZ 中每个文件都记在它的公开地址下，需要生成时 site.yaml 设置了 base_url。");
            return Main.USAGE_OR_IO;
        }
        OutputGuard.Verdict verdict = new OutputGuard(main.workingDir(), site).checkPackages(site, packages);
        if (verdict instanceof OutputGuard.Refused refused) {
            err.println("错误：" + refused.message());
            return Main.USAGE_OR_IO;
        }
        Diagnostics diagnostics = new Diagnostics();
        Packaging.write(dir, info, ((OutputGuard.Accepted) verdict).packages(), diagnostics);
        Reporting.print(diagnostics, err);
        if (diagnostics.hasIoErrors()) {
            return Main.USAGE_OR_IO;
        }
        for (Packages.Target t : packages.targets()) {
            out.println("已另存为 " + t.kind().label() + " " + t.path() + "。");
        }
        return Main.OK;
    }
}
