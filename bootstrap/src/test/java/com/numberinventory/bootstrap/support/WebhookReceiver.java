package com.numberinventory.bootstrap.support;

import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

/**
 * A real HTTP subscriber for tests: the JDK server on 127.0.0.1 at a random port, recording every request and
 * answering with the status the test chooses for the n-th request (1-based). Verifies Standard Webhooks signatures
 * with its own HMAC code, independent of the service's signer.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    public record Received(Map<String, String> headers, byte[] body) {
        public String header(String name) {
            return headers.get(name.toLowerCase());
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile IntFunction<Integer> status;
    private volatile Map<String, String> extraHeaders = Map.of();

    private WebhookReceiver(int port, IntFunction<Integer> status) {
        this.status = status;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
            int n;
            synchronized (received) {
                received.add(new Received(headers, body));
                n = received.size();
            }
            extraHeaders.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(this.status.apply(n), -1);
            exchange.close();
        });
        server.start();
    }

    public static WebhookReceiver answering(IntFunction<Integer> status) {
        return new WebhookReceiver(0, status);
    }

    /** A receiver on a given port (to bring a "down" subscriber back up). */
    public static WebhookReceiver onPort(int port, IntFunction<Integer> status) {
        return new WebhookReceiver(port, status);
    }

    /** A port nothing listens on right now. */
    public static int freePort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void answer(IntFunction<Integer> status) {
        this.status = status;
    }

    public void withHeaders(Map<String, String> headers) {
        this.extraHeaders = Map.copyOf(headers);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** True when one of the space-separated {@code v1,} signatures matches the secret. */
    public static boolean verifies(String secret, Received r) {
        String expected = signature(secret, r.header("webhook-id"), r.header("webhook-timestamp"), r.body());
        boolean match = false;
        for (String candidate : r.header("webhook-signature").split(" ")) {
            match |= MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    candidate.getBytes(StandardCharsets.UTF_8));
        }
        return match;
    }

    public static String signature(String secret, String id, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
