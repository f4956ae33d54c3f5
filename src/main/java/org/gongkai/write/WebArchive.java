package org.gongkai.write;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.gongkai.json.JsonWriter;
import org.gongkai.render.site.Addresses;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * The portal as a web archive: a WARC file (ISO 28500, what web archives ingest) with a
 * {@code warcinfo} record and one {@code response} record per file at its public address, and a
 * WACZ package (1.1.1: the WARC, a CDXJ index, the list of pages and a data package with hashes)
 * that opens in a WACZ replayer. Record dates and ids come from the content, not the clock.
 */
public final class WebArchive {

    static final String WARC_NAME = "data.warc.gz";
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final DateTimeFormatter CDX_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    /** One response record as the CDXJ index and the page list need it. */
    record Captured(String path, String url, String mime, String sha1, long offset, long length, String title) {
    }

    private WebArchive() {
    }

    /** Writes the WARC of {@code site}; {@code info.baseUrl()} must be set (records need addresses). */
    public static void writeWarc(Path site, Path warc, ArchiveInfo info) throws IOException {
        atomically(warc, tmp -> records(site, tmp, info));
    }

    /** Writes the WACZ of {@code site}: archive/data.warc.gz, indexes/index.cdxj, pages, datapackage.json. */
    public static void writeWacz(Path site, Path wacz, ArchiveInfo info) throws IOException {
        Path dir = wacz.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path warc = dir.resolve("." + wacz.getFileName() + ".gongkai-" + UUID.randomUUID() + ".warc.gz");
        try {
            List<Captured> captured = records(site, warc, info);
            byte[] cdxj = cdxj(captured, info).getBytes(StandardCharsets.UTF_8);
            byte[] pages = pages(captured, info).getBytes(StandardCharsets.UTF_8);
            byte[] warcBytes = Files.readAllBytes(warc);
            String ts = date(info).toString();
            JsonWriter json = new JsonWriter().beginObject().member("profile", "data-package")
                    .member("wacz_version", "1.1.1").member("title", info.description()).member("created", ts)
                    .member("modified", ts).member("software", info.generator())
                    .member("mainPageUrl", info.baseUrl().orElseThrow() + Addresses.HOME).member("mainPageDate", ts)
                    .name("resources").beginArray();
            resource(json, "pages.jsonl", "pages/pages.jsonl", pages);
            resource(json, WARC_NAME, "archive/" + WARC_NAME, warcBytes);
            resource(json, "index.cdxj", "indexes/index.cdxj", cdxj);
            byte[] datapackage = json.endArray().endObject().toBytes();
            byte[] digest = new JsonWriter().beginObject().member("path", "datapackage.json")
                    .member("hash", "sha256:" + sha256(datapackage)).endObject().toBytes();
            atomically(wacz, tmp -> {
                try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(tmp)) {
                    zip.setEncoding("UTF-8");
                    long time = java.time.LocalDateTime.of(1980, 1, 1, 0, 0).atZone(java.time.ZoneId.systemDefault())
                            .toInstant().toEpochMilli();
                    // Stored, not deflated: replayers read the WARC by offset straight out of the zip.
                    for (Map.Entry<String, byte[]> e : List.of(
                            Map.entry("archive/" + WARC_NAME, warcBytes),
                            Map.entry("datapackage-digest.json", digest),
                            Map.entry("datapackage.json", datapackage),
                            Map.entry("indexes/index.cdxj", cdxj),
                            Map.entry("pages/pages.jsonl", pages))) {
                        ZipArchiveEntry entry = new ZipArchiveEntry(e.getKey());
                        entry.setTime(time);
                        entry.setUnixMode(0100644);
                        entry.setMethod(ZipArchiveEntry.STORED);
                        entry.setSize(e.getValue().length);
                        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                        crc.update(e.getValue());
                        entry.setCrc(crc.getValue());
                        zip.putArchiveEntry(entry);
                        zip.write(e.getValue());
                        zip.closeArchiveEntry();
                    }
                    zip.finish();
                }
                return null;
            });
        } finally {
            Files.deleteIfExists(warc);
        }
    }

    private static List<Captured> records(Path site, Path warc, ArchiveInfo info) throws IOException {
        String base = info.baseUrl().orElseThrow(() -> new IOException("WARC 和 WACZ 需要 site.yaml 设置 base_url（记录以公开地址为准）"));
        Instant date = date(info);
        List<Captured> captured = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
                WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            URI infoId = id("warcinfo");
            String fields = "software: " + info.generator() + "\r\nformat: WARC File Format 1.1\r\n"
                    + "conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
                    + "description: " + oneLine(info.description()) + "\r\n"
                    + (info.organization().isEmpty() ? "" : "publisher: " + oneLine(info.organization()) + "\r\n");
            writer.write(new Warcinfo.Builder().version(MessageVersion.WARC_1_1).date(date).recordId(infoId)
                    .filename(warc.getFileName().toString().startsWith(".") ? WARC_NAME : warc.getFileName().toString())
                    .body(MediaType.parse("application/warc-fields"), fields.getBytes(StandardCharsets.UTF_8)).build());
            for (String path : Bag.files(site)) {
                byte[] body = Files.readAllBytes(site.resolve(path));
                String url = base + Addresses.encode(path);
                String mime = mediaType(path);
                byte[] http = http(mime, body);
                String sha1 = "sha1:" + base32(digest("SHA-1", body));
                long offset = writer.position();
                writer.write(new WarcResponse.Builder(URI.create(url)).version(MessageVersion.WARC_1_1).date(date)
                        .recordId(id(url)).warcinfoId(infoId)
                        .payloadDigest("sha1", sha1.substring(5))
                        .blockDigest("sha1", base32(digest("SHA-1", http)))
                        .body(MediaType.HTTP_RESPONSE, http).build());
                captured.add(new Captured(path, url, mime, sha1, offset, writer.position() - offset,
                        path.endsWith(".html") ? title(body) : ""));
            }
        }
        return captured;
    }

    /** The HTTP response a web server gives for the file: status, type, length, body. */
    private static byte[] http(String mime, byte[] body) {
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + mime + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    static String cdxj(List<Captured> captured, ArchiveInfo info) {
        String time = CDX_TIME.format(date(info));
        List<String> lines = new ArrayList<>();
        for (Captured c : captured) {
            String json = new JsonWriter().oneLine().beginObject().member("url", c.url()).member("mime", c.mime())
                    .member("status", "200").member("digest", c.sha1()).member("length", c.length())
                    .member("offset", c.offset()).member("filename", WARC_NAME).endObject().toJson().strip();
            lines.add(surt(c.url()) + " " + time + " " + json);
        }
        lines.sort(null);
        return String.join("\n", lines) + "\n";
    }

    static String pages(List<Captured> captured, ArchiveInfo info) {
        String ts = date(info).toString();
        StringBuilder b = new StringBuilder(new JsonWriter().oneLine().beginObject().member("format", "json-pages-1.0")
                .member("id", "pages").member("title", "All Pages").endObject().toJson().strip()).append('\n');
        for (Captured c : captured) {
            if (c.path().endsWith(".html") && !c.path().equals(Addresses.NOT_FOUND)) {
                b.append(new JsonWriter().oneLine().beginObject().member("id", UUID.nameUUIDFromBytes(
                                c.url().getBytes(StandardCharsets.UTF_8)).toString().replace("-", ""))
                        .member("url", c.url()).member("ts", ts).member("title", c.title()).endObject().toJson().strip())
                        .append('\n');
            }
        }
        return b.toString();
    }

    private static void resource(JsonWriter json, String name, String path, byte[] bytes) {
        json.beginObject().member("name", name).member("path", path).member("hash", "sha256:" + sha256(bytes))
                .member("bytes", bytes.length).endObject();
    }

    /** Sort-friendly URI Reordering Transform: host labels reversed, "www." dropped, then the path. */
    static String surt(String url) {
        URI u = URI.create(url);
        String host = u.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        List<String> labels = new ArrayList<>(List.of(host.split("\\.")));
        java.util.Collections.reverse(labels);
        String port = u.getPort() == -1 ? "" : ":" + u.getPort();
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        return String.join(",", labels) + port + ")" + path.toLowerCase(Locale.ROOT)
                + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    /** The media type a file is served with, by its name (the preview server serves files the same way). */
    public static String mediaType(String path) {
        String ext = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        return switch (ext) {
            case "html" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "json" -> "application/json";
            case "csv" -> "text/csv; charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "xml" -> "application/xml";
            case "txt" -> "text/plain; charset=utf-8";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            case "ico" -> "image/x-icon";
            case "woff" -> "font/woff";
            case "woff2" -> "font/woff2";
            case "otf" -> "font/otf";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "zip" -> "application/zip";
            default -> path.endsWith("SHA256SUMS") ? "text/plain; charset=utf-8" : "application/octet-stream";
        };
    }

    private static String title(byte[] html) {
        Matcher m = TITLE.matcher(new String(html, StandardCharsets.UTF_8));
        if (!m.find()) {
            return "";
        }
        return m.group(1).strip().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#x27;", "'").replace("&amp;", "&");
    }

    private static Instant date(ArchiveInfo info) {
        return info.date().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** A record id derived from what the record is, so rebuilding gives the same ids. */
    private static URI id(String name) {
        return URI.create("urn:uuid:" + UUID.nameUUIDFromBytes(("gongkai:" + name).getBytes(StandardCharsets.UTF_8)));
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ").strip();
    }

    private static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest("SHA-256", bytes));
    }

    /** RFC 4648 base32, the encoding WARC tools use for SHA-1 digests. */
    static String base32(byte[] bytes) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder b = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte x : bytes) {
            buffer = buffer << 8 | x & 0xFF;
            bits += 8;
            while (bits >= 5) {
                b.append(alphabet.charAt(buffer >>> bits - 5 & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            b.append(alphabet.charAt(buffer << 5 - bits & 31));
        }
        while (b.length() % 8 != 0) {
            b.append('=');
        }
        return b.toString();
    }

    private interface Writing<T> {
        T to(Path tmp) throws IOException;
    }

    /** Writes through a temporary sibling and moves it into place only when complete. */
    private static <T> T atomically(Path target, Writing<T> writing) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + ".gongkai-" + UUID.randomUUID());
        try {
            T result = writing.to(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
