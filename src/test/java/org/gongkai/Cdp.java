package org.gongkai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the DevTools protocol with nothing but the JDK's WebSocket
 * client and Jackson (already a test dependency): one page, commands answered in order, events
 * handed to one listener. Enough for the browser tests; not a general client.
 */
final class Cdp implements AutoCloseable {

    private static final Pattern ENDPOINT = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();
    private String session;

    private Cdp(Process process, String endpoint) throws Exception {
        this.process = process;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(endpoint), new Receiver()).get(20, TimeUnit.SECONDS);
    }

    /**
     * Starts {@code chromium} headless with a fresh profile and no way to reach another host
     * (every host name resolves to nothing), and attaches to one blank page.
     */
    static Cdp start(Path chromium, Path profile) throws Exception {
        Process p = new ProcessBuilder(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=" + profile, "--remote-debugging-port=0",
                "about:blank"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        CompletableFuture<String> endpoint = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    Matcher m = ENDPOINT.matcher(line);
                    if (m.find()) {
                        endpoint.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                // the browser has gone; start() times out below
            }
            endpoint.complete(null);
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        String ws;
        try {
            ws = endpoint.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            ws = null;
        }
        if (ws == null) {
            stop(p);
            return null;
        }
        Cdp cdp = new Cdp(p, ws);
        String target = cdp.send("Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
        cdp.session = cdp.send("Target.attachToTarget", Map.of("targetId", target, "flatten", true)).path("sessionId").asText();
        return cdp;
    }

    /** The Chromium on PATH, if any. */
    static Optional<Path> chromium() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .flatMap(dir -> Stream.of("chromium", "chromium-browser", "google-chrome").map(n -> Path.of(dir, n)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    void onEvent(Consumer<JsonNode> listener) {
        listeners.add(listener);
    }

    /** Sends a command to the page (to the browser before a page is attached) and waits for its result. */
    JsonNode send(String method, Map<String, ?> params) throws Exception {
        CompletableFuture<JsonNode> answer = sendAsync(method, params);
        JsonNode reply = answer.get(30, TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new CdpError(method + ": " + reply.get("error"));
        }
        return reply.path("result");
    }

    /** Sends without waiting (safe to call from an event listener). */
    CompletableFuture<JsonNode> sendAsync(String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        synchronized (socket) {
            socket.sendText(message.toString(), true).join();
        }
        return answer;
    }

    /** The value of a JavaScript expression in the page (promises awaited), or an error. */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode r = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new CdpError("script failed: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    @Override
    public void close() {
        try {
            sendAsync("Browser.close", Map.of()).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // stopped below in any case
        }
        socket.abort();
        stop(process);
    }

    private static void stop(Process p) {
        try {
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A command the browser answered with an error. */
    static final class CdpError extends Exception {
        CdpError(String message) {
            super(message);
        }
    }

    private final class Receiver implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode message = JSON.readTree(text);
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
                        if (answer != null) {
                            answer.complete(message);
                        }
                    } else {
                        listeners.forEach(l -> l.accept(message));
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("unreadable DevTools message: " + text, e);
                }
            }
            ws.request(1);
            return null;
        }
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
