package org.gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gongkai serve as a user runs it: in a process of its own, stopped by a signal as Ctrl-C stops it. */
class ServeCommandTest {

    private static final Pattern ADDRESS = Pattern.compile("^预览地址：(http://127\\.0\\.0\\.1:\\d+/)（只在本机可以访问；按 Ctrl-C 停止）$");

    @TempDir
    Path tmp;

    @Test
    void printsTheAddressServesAndStopsCleanlyOnASignal() throws Exception {
        Path content = Corpus.copy(Path.of("content"), tmp.resolve("content"), 1);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "org.gongkai.cli.Main", "serve", "--content",
                content.toString(), "--port", "0")
                .redirectError(tmp.resolve("err.txt").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertTrue(first.startsWith("已读取并校验全部内容，更新了 "), first);
            Matcher m = ADDRESS.matcher(out.readLine());
            assertTrue(m.matches());
            assertEquals("正在监视 " + content + " 中的改动。预览不写入任何文件，发布请用 gongkai build。", out.readLine());
            HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(m.group(1))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode());
            // SIGTERM runs the same shutdown as Ctrl-C's SIGINT (Process.destroy would also close our end of stdout).
            assertTrue(p.toHandle().destroy());
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "stops");
            assertEquals("预览已停止。", out.readLine());
            assertEquals(null, out.readLine());
            String err = Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8);
            assertTrue(!err.contains("Exception") && !err.contains("内部错误"), err);
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"serve", "--port", "70000"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(2, code);
        assertTrue(err.toString().startsWith("用法错误：--port 应在 0 到 65535 之间\n"), err.toString());
    }

    @Test
    void aPortInUseIsSaidInChinese() throws Exception {
        Path content = Corpus.copy(Path.of("content"), tmp.resolve("content"), 1);
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            StringWriter err = new StringWriter();
            int code = Main.run(new String[] {"serve", "--content", content.toString(), "--port",
                    String.valueOf(taken.getLocalPort())}, new PrintWriter(new StringWriter()), new PrintWriter(err));
            assertEquals(2, code);
            List<String> lines = err.toString().lines().toList();
            assertTrue(lines.get(lines.size() - 1).startsWith("无法在 127.0.0.1:" + taken.getLocalPort() + " 上提供预览："),
                    err.toString());
            assertTrue(lines.get(lines.size() - 1).endsWith("。用 --port 换一个端口，或 --port 0 任选一个。"), err.toString());
        }
    }
}
