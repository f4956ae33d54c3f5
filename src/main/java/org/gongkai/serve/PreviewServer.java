package org.gongkai.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.gongkai.render.site.Addresses;
import org.gongkai.write.WebArchive;

/**
 * Serves a {@link Preview} on 127.0.0.1 with the JDK's HTTP server: the site's files from memory
 * (so no request can reach a file outside it), its 404 page for unknown addresses, and below
 * {@link LiveReload#PREFIX} the reload script and the event stream that tells open pages to reload.
 */
final class PreviewServer implements AutoCloseable {

    /** How often an idle event stream sends a comment, so that a closed tab is noticed. */
    private static final long KEEP_ALIVE_MILLIS = 15_000;

    private final Preview preview;
    private final HttpServer server;
    private final ExecutorService threads;
    private final Broadcaster broadcaster = new Broadcaster();

    private PreviewServer(Preview preview, HttpServer server, ExecutorService threads) {
        this.preview = preview;
        this.server = server;
        this.threads = threads;
    }

    /** Listens on 127.0.0.1 at {@code port} (0: any free port). */
    static PreviewServer start(Preview preview, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        // One thread per open event stream, besides the requests: a cached pool grows with the tabs.
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "gongkai-serve");
            t.setDaemon(true);
            return t;
        });
        PreviewServer s = new PreviewServer(preview, server, threads);
        server.createContext("/", s::handle);
        server.setExecutor(threads);
        s.broadcaster.publish(preview.state().generation());
        server.start();
        return s;
    }

    URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Tells open pages that the site (or its errors) changed. */
    void changed() {
        broadcaster.publish(preview.state().generation());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "只支持 GET 和 HEAD\n".getBytes(StandardCharsets.UTF_8), false);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals(LiveReload.EVENTS)) {
                events(exchange);
            } else if (path.equals(LiveReload.SCRIPT)) {
                send(exchange, 200, WebArchive.mediaType(".js"), LiveReload.script(), head);
            } else {
                file(exchange, path, head);
            }
        }
    }

    private void file(HttpExchange exchange, String path, boolean head) throws IOException {
        Preview.State state = preview.state();
        Optional<String> name = SitePath.of(path);
        if (name.isEmpty()) {
            send(exchange, 400, "text/plain; charset=utf-8", "地址不合规\n".getBytes(StandardCharsets.UTF_8), head);
            return;
        }
        if (!state.hasSite()) {
            page(exchange, 500, LiveReload.errorPage(state.generation(), state.errors()), head);
            return;
        }
        Optional<Made> file = state.files().file(name.get());
        if (file.isEmpty() && state.files().file(name.get() + "/" + Addresses.HOME).isPresent()) {
            // A folder without its slash: relative links on its index page need the slash.
            exchange.getResponseHeaders().set("Location", path + "/");
            send(exchange, 301, "text/plain; charset=utf-8", new byte[0], head);
            return;
        }
        if (file.isEmpty()) {
            Optional<Made> notFound = state.files().file(Addresses.NOT_FOUND);
            String html = notFound.map(m -> new String(m.get(), StandardCharsets.UTF_8))
                    .orElse("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>找不到页面</title></head>"
                            + "<body><p>找不到页面。</p></body></html>");
            page(exchange, 404, LiveReload.inject(html, state.generation(), state.errors()), head);
            return;
        }
        byte[] bytes = file.get().get();
        String type = WebArchive.mediaType(name.get());
        if (type.startsWith("text/html")) {
            page(exchange, 200, LiveReload.inject(new String(bytes, StandardCharsets.UTF_8), state.generation(), state.errors()), head);
        } else {
            send(exchange, 200, type, bytes, head);
        }
    }

    private static void page(HttpExchange exchange, int status, String html, boolean head) throws IOException {
        send(exchange, status, WebArchive.mediaType(".html"), html.getBytes(StandardCharsets.UTF_8), head);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (head) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Server-sent events: "reload" as soon as the generation differs from the page's ({@code since}). */
    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        long seen = since(exchange.getRequestURI().getRawQuery()).orElse(preview.state().generation());
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("retry: 1000\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (true) {
                long now = broadcaster.await(seen, KEEP_ALIVE_MILLIS);
                if (now < 0) {
                    return;
                }
                String event = now == seen ? ": \n\n" : "event: reload\ndata: " + now + "\n\n";
                out.write(event.getBytes(StandardCharsets.UTF_8));
                out.flush();
                seen = now;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The tab was closed.
        }
    }

    private static Optional<Long> since(String query) {
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("since=")) {
                try {
                    return Optional.of(Long.parseLong(pair.substring(6)));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** Stops listening, ends the event streams and waits briefly for requests under way. */
    @Override
    public void close() {
        broadcaster.close();
        server.stop(0);
        threads.shutdown();
        try {
            if (!threads.awaitTermination(2, TimeUnit.SECONDS)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
