package org.gongkai.serve;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.DiagnosticPrinter;
import org.gongkai.diag.Diagnostics;
import org.gongkai.diag.Severity;

/**
 * What the server adds to HTML it serves, and only the server: a script that reloads the page when
 * the site changes (server-sent events), and, while the content has errors, the list of errors
 * above the page. A built site never contains either. Pages work without the script; the error
 * list is plain HTML.
 */
final class LiveReload {

    /** Below this prefix are the server's own addresses; no site path starts with it. */
    static final String PREFIX = "/__gongkai/";
    static final String EVENTS = PREFIX + "events";
    static final String SCRIPT = PREFIX + "live.js";

    /** Waits for a generation other than the page's, then reloads; the browser reconnects by itself. */
    static final String SCRIPT_TEXT = """
            (function () {
              var me = document.currentScript;
              var since = me ? me.getAttribute('data-generation') : '';
              var events = new EventSource('%s?since=' + encodeURIComponent(since));
              events.addEventListener('reload', function () {
                events.close();
                location.reload();
              });
            })();
            """.formatted(EVENTS);

    private LiveReload() {
    }

    /** {@code html} with the error list after the body's start tag and the reload script before its end. */
    static String inject(String html, long generation, List<Diagnostics> errors) {
        String script = "<script src=\"" + SCRIPT + "\" data-generation=\"" + generation + "\"></script>";
        int end = html.lastIndexOf("</body>");
        String out = end < 0 ? html + script : html.substring(0, end) + script + html.substring(end);
        if (errors.isEmpty()) {
            return out;
        }
        int body = out.indexOf("<body");
        int start = body < 0 ? -1 : out.indexOf('>', body);
        return start < 0 ? errorList(errors) + out : out.substring(0, start + 1) + errorList(errors) + out.substring(start + 1);
    }

    /** A page of its own for the errors, when no site has been built yet. */
    static String errorPage(long generation, List<Diagnostics> errors) {
        String html = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>内容有错误 - Gongkai 预览</title>\n</head>\n<body>\n</body>\n</html>\n";
        return inject(html, generation, errors);
    }

    /** The errors as the console prints them: file:line:col, the line, the hint; escaped. */
    static String errorList(List<Diagnostics> errors) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        long count = 0;
        for (Diagnostics report : errors) {
            DiagnosticPrinter printer = new DiagnosticPrinter(report);
            for (Diagnostic d : report.sorted()) {
                if (d.severity() == Severity.ERROR) {
                    printer.print(d, out);
                    count++;
                }
            }
        }
        out.flush();
        return "<section id=\"gongkai-preview-errors\" role=\"alert\" style=\"margin:0;padding:1em;background:#fff4f4;"
                + "color:#000;border-bottom:3px solid #b00020;font-size:1rem;line-height:1.5\">"
                + "<h2 style=\"margin:0 0 .5em;color:#b00020;font-size:1.2em\">内容有 " + count + " 个错误，"
                + "预览仍显示上次成功生成的门户</h2>"
                + "<p style=\"margin:0 0 .5em\">改正后保存，页面会自动刷新。这条提示只在预览中出现，不会写入 build 的输出。</p>"
                + "<pre style=\"white-space:pre-wrap;overflow-wrap:anywhere;margin:0;font-size:.9em\">"
                + escape(text.toString()) + "</pre></section>";
    }

    static byte[] script() {
        return SCRIPT_TEXT.getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
