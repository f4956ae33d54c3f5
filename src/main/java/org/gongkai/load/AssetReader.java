package org.gongkai.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.diag.Code;
import org.gongkai.diag.Diagnostics;
import org.gongkai.diag.Position;

/**
 * The site's own files in content/assets/, which replace or add to the bundled ones. A site may
 * restyle the portal (stylesheets, images, fonts) but never run code in it: scripts, including the
 * search scripts and the search index the build generates, cannot be replaced or added, and SVG
 * (which may hold scripts) is refused too. A stylesheet may not load anything from another host.
 */
final class AssetReader {

    /** What a site may put in content/assets/: stylesheets, raster images, icons and fonts. */
    static final List<String> TYPES = List.of("css", "png", "jpg", "jpeg", "gif", "webp", "ico", "woff", "woff2");

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?(\\*/|\\z)", Pattern.DOTALL);
    private static final Pattern ESCAPE = Pattern.compile("\\\\(?:([0-9a-fA-F]{1,6})[ \\t\\n\\f]?|(.))", Pattern.DOTALL);
    /** url(…) without quotes, and every quoted string (@import "…", image-set("…"), url("…")). */
    private static final Pattern TARGET = Pattern.compile("(?i)url\\(\\s*([^\"')\\s][^)]*?)\\s*\\)|\"([^\"\\n]*)\"|'([^'\\n]*)'");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    /** Schemes a browser fetches even without "//" after them (https:evil.example is https://evil.example). */
    private static final List<String> WEB_SCHEMES = List.of("http", "https", "ftp", "ws", "wss");

    private final Diagnostics diagnostics;
    private final Function<Path, String> display;
    private final ContentFiles files;

    AssetReader(Diagnostics diagnostics, Function<Path, String> display, ContentFiles files) {
        this.diagnostics = diagnostics;
        this.display = display;
        this.files = files;
    }

    /** The assets that passed, sorted by name; every refused file is an error at its path. */
    List<Asset> read(Path dir) {
        List<Path> entries;
        try {
            entries = files.entries(dir);
        } catch (IOException e) {
            diagnostics.report(Position.startOf(display.apply(dir)), Code.IO_CONTENT_DIR, "无法列出目录", "检查目录的读取权限");
            return List.of();
        }
        List<Asset> assets = new ArrayList<>();
        for (Path p : entries) {
            String name = p.getFileName().toString();
            Position at = Position.startOf(display.apply(p));
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                diagnostics.report(at, Code.ASSET_NOT_A_FILE, "assets 中只能放文件，不能有子目录",
                        "把文件直接放在 content/assets/ 中，页面用 assets/<文件名> 引用");
                continue;
            }
            Optional<String> refusal = refusal(name);
            if (refusal.isPresent()) {
                diagnostics.report(at, Code.ASSET_TYPE, refusal.get(),
                        "content/assets/ 只能放样式表、图片和字体（" + String.join("、", TYPES) + "），用来替换或补充门户自带的样式");
                continue;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(p, LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                diagnostics.report(at, Code.IO_UNREADABLE, "无法读取文件（" + e.getClass().getSimpleName() + "）", "检查文件的读取权限");
                continue;
            }
            if (extension(name).equals("css") && !stylesheetStaysHome(display.apply(p), bytes)) {
                continue;
            }
            assets.add(new Asset(name, bytes));
        }
        return assets;
    }

    /** Why a file of this name may not be a site asset, or empty when it may. */
    static Optional<String> refusal(String name) {
        String type = extension(name);
        if (type.equals("js") || type.equals("mjs")) {
            return Optional.of("不能替换或增加脚本：门户的脚本（含搜索脚本和生成的搜索索引 search/*.js）由门户自带或生成");
        }
        if (type.equals("svg") || type.equals("svgz")) {
            return Optional.of("不能使用 SVG 文件：SVG 可以包含脚本，请改用 PNG 或 WebP");
        }
        if (!TYPES.contains(type)) {
            return Optional.of("不支持的文件类型" + (type.isEmpty() ? "（没有扩展名）" : "“." + type + "”"));
        }
        return Optional.empty();
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a stylesheet loads only from the site itself: every url(…) and quoted string, with
     * comments removed and CSS escapes decoded, has no scheme other than data: and does not start
     * with two slashes (in either direction); see {@link #leavesSite}. Each offending target is an
     * error at its line.
     */
    private boolean stylesheetStaysHome(String name, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            diagnostics.report(Position.startOf(name), Code.LOAD_ENCODING, "文件不是有效的 UTF-8 编码", "用 UTF-8 编码另存此文件");
            return false;
        }
        diagnostics.registerSource(name, text);
        String css = decodeEscapes(blankComments(text));
        boolean ok = true;
        Matcher m = TARGET.matcher(css);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
            String target = m.group(group);
            if (leavesSite(target, group == 1)) {
                diagnostics.report(position(name, css, m.start(group)), Code.ASSET_REMOTE, "样式表从其他网站加载文件：“" + target + "”",
                        "页面不从其他网站加载任何文件；把字体、图片放到 content/assets/ 中，用相对地址引用，如 url(logo.png)");
                ok = false;
            }
        }
        return ok;
    }

    /**
     * Whether a target names another host: it starts with two slashes, or (in url(…)) has any scheme
     * but data:. A quoted string may be plain text ({@code content: "注:"}), so there only web schemes
     * and {@code scheme://} count.
     */
    static boolean leavesSite(String target, boolean inUrl) {
        String t = target.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT).replace('\\', '/');
        if (t.startsWith("//")) {
            return true;
        }
        Matcher scheme = SCHEME.matcher(t);
        if (!scheme.find()) {
            return false;
        }
        String name = scheme.group(1);
        return inUrl ? !name.equals("data") : WEB_SCHEMES.contains(name) || t.startsWith("//", scheme.end());
    }

    /** Comments become spaces (newlines kept), so positions stay where they were. */
    private static String blankComments(String css) {
        Matcher m = COMMENT.matcher(css);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(m.group().replaceAll("[^\\n]", " ")));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** CSS escapes decoded, so that {@code \75 rl(} and {@code \2f\2f host} are read as the browser reads them. */
    private static String decodeEscapes(String css) {
        Matcher m = ESCAPE.matcher(css);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                int cp = Integer.parseInt(m.group(1), 16);
                replacement = cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ? "\uFFFD" : Character.toString(cp);
            } else {
                replacement = m.group(2) != null ? m.group(2) : "";
            }
            m.appendReplacement(b, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static Position position(String name, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(name, line, offset - lineStart + 1);
    }
}
