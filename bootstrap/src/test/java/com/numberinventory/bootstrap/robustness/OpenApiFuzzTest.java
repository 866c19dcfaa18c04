package com.numberinventory.bootstrap.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import com.numberinventory.bootstrap.support.TestAuth;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.numberinventory.bootstrap.support.TestAuth.anonymous;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads the served OpenAPI document and sends every operation {@value #DEFAULT_PER_OPERATION} seeded malformed
 * requests: no answer is a 5xx, every 4xx is problem+json with a {@code code}, the same request answers the same
 * code twice, and no table changes. A failure names the seed and the request; rerun one seed with
 * {@code -Dfuzz.seed=N}, more cases with {@code -Dfuzz.per-operation=N}.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OpenApiFuzzTest {

    static final int DEFAULT_PER_OPERATION = 200;
    private static final int MAX_URI = 6_000;
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_202L);
    private static final int PER_OPERATION = Integer.getInteger("fuzz.per-operation", DEFAULT_PER_OPERATION);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    // Tables a refused request must leave alone. Idempotency records are left out: a refusal sent with a key is
    // stored on purpose, so that its retry is answered the same.
    private static final List<String> TABLES = List.of("providers", "series", "numbers", "rentals",
            "domain_events", "provider_credentials", "provider_events", "campaigns", "number_messaging",
            "webhook_subscriptions", "webhook_deliveries", "api_keys");

    @TestHTTPResource("/")
    URI base;
    @Inject
    DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    record Param(String name, String in, JsonNode schema) {
    }

    record Operation(String method, String template, List<Param> params, JsonNode body) {
        String name() {
            return method + " " + template;
        }
    }

    record Sent(String method, String uri, Map<String, String> headers, byte[] body) {
        @Override
        public String toString() {
            String text = new String(body, StandardCharsets.UTF_8);
            String shownUri = uri.length() > 600 ? uri.substring(0, 600) + "...(" + uri.length() + " chars)" : uri;
            return method + " " + shownUri + " " + headers + " body(" + body.length + "b)="
                    + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
        }
    }

    @Test
    void malformed_requests_to_every_operation_answer_4xx_problems_and_change_nothing() throws Exception {
        JsonNode openapi = JSON.readTree(anonymous().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().asByteArray());
        List<Operation> operations = operations(openapi);
        assertTrue(operations.size() > 20, "the document lists the API's operations: " + operations.size());

        Map<String, String> before = snapshot();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int o = 0; o < operations.size(); o++) {
                Operation op = operations.get(o);
                long opSeed = SEED * 1_000_003L + o;
                runs.add(pool.submit(() -> fuzz(op, opSeed, openapi, failures)));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(failures.isEmpty(), failures.size() + " failing cases (seed " + SEED + "), first ones:\n"
                + String.join("\n", failures.stream().limit(15).toList()));
        assertEquals(before, snapshot(), "refused requests changed rows");
    }

    private void fuzz(Operation op, long opSeed, JsonNode openapi, ConcurrentLinkedQueue<String> failures) {
        for (int i = 0; i < PER_OPERATION && failures.size() < 50; i++) {
            long caseSeed = opSeed * 7919L + i;
            Sent sent = request(op, new Random(caseSeed), openapi);
            String where = op.name() + " case seed " + caseSeed + ": " + sent;
            try {
                HttpResponse<byte[]> first = send(sent);
                String firstCode = check(first, where, failures);
                HttpResponse<byte[]> again = send(sent);
                String againCode = check(again, where, failures);
                if (first.statusCode() != again.statusCode() || !String.valueOf(firstCode).equals(String.valueOf(againCode))) {
                    failures.add(where + " -> answered " + first.statusCode() + " " + firstCode + " then "
                            + again.statusCode() + " " + againCode);
                }
                boolean mutating = !op.method().equals("GET");
                if (mutating && first.statusCode() < 300) {
                    failures.add(where + " -> malformed request accepted with " + first.statusCode());
                }
            } catch (Exception e) {
                failures.add(where + " -> " + e);
            }
        }
    }

    /** The problem's code for a 4xx; records a failure for a 5xx or a 4xx that is not problem+json with a code. */
    private static String check(HttpResponse<byte[]> response, String where, ConcurrentLinkedQueue<String> failures) {
        int status = response.statusCode();
        if (status >= 500) {
            failures.add(where + " -> " + status + " " + new String(response.body(), StandardCharsets.UTF_8));
            return null;
        }
        if (status < 400) {
            return null;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            failures.add(where + " -> " + status + " with Content-Type '" + type + "'");
            return null;
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            JsonNode code = body.get("code");
            if (code == null || !code.isTextual() || code.asText().isBlank()) {
                failures.add(where + " -> " + status + " problem without a code");
                return null;
            }
            return code.asText();
        } catch (Exception e) {
            failures.add(where + " -> " + status + " body is not JSON");
            return null;
        }
    }

    private HttpResponse<byte[]> send(Sent sent) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + sent.uri()))
                .timeout(Duration.ofSeconds(30))
                .method(sent.method(), sent.body().length == 0 && !sent.headers().containsKey("Content-Type")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(sent.body()));
        sent.headers().forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    // ---- generating requests ----------------------------------------------------------------------------------

    private static final String[] BAD_TEXT = {
        "", " ", "\u0000", "a\u0000b", "\u0001\u0002\u001f", "\t\r\n", "' OR 1=1 --", "'; DROP TABLE numbers; --",
        "%", "_", "%_%", "\\", "\\%", "[a-z]*", "\"", "{}", "[]", "null", "true", "-1", "0", "1e999",
        "99999999999999999999999999", "-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z",
        "2026-13-45T25:61:61Z", "0000-00-00", "not-a-uuid", "00000000-0000-0000-0000-00000000000g",
        "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz", "+", "+0", "+999", "+2547000000000000000", "254700000001",
        "\u202e\u0645\u0631\u062d\u0628\u0627", "\ud835\udd4f\u00fc\u00df\u4e2d\u6587", "\ufeff", "\ud83d\ude00",
        "..", "../../etc/passwd", "%2e%2e", "a/b", "?x=1", "#frag", "<script>", "${jndi:ldap://x}",
        "bm90IGEgY3Vyc29y", "djE6bm90LWEtdXVpZA", "====", "voice,,sms,", "VOICE", "P-1D", "P99999999999D",
    };

    private static String badText(Random r) {
        return switch (r.nextInt(10)) {
            case 0 -> "x".repeat(1 + r.nextInt(3000));
            case 1 -> randomUnicode(r, 1 + r.nextInt(200));
            case 2 -> UUID.randomUUID().toString();
            default -> BAD_TEXT[r.nextInt(BAD_TEXT.length)];
        };
    }

    private static String randomUnicode(Random r, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int cp = r.nextInt(4) == 0 ? r.nextInt(0x20) : 0x20 + r.nextInt(0x2FFF);
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                cp = 'x';
            }
            s.appendCodePoint(cp);
        }
        return s.toString();
    }

    private static JsonNode badValue(Random r) {
        return switch (r.nextInt(12)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(Long.MAX_VALUE);
            case 2 -> NODES.numberNode(-1);
            case 3 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
            case 4 -> NODES.booleanNode(r.nextBoolean());
            case 5 -> NODES.arrayNode().add(NODES.nullNode());
            case 6 -> NODES.objectNode().put("a", badText(r));
            default -> NODES.textNode(badText(r));
        };
    }

    /** A value of the schema's shape (recursion bounded), the base that breakage is applied to. */
    private static JsonNode shaped(JsonNode schema, JsonNode openapi, Random r, int depth) {
        schema = resolve(schema, openapi);
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(r.nextInt(schema.get("enum").size()));
        }
        String type = schema.path("type").asText("object");
        switch (type) {
            case "string": {
                String format = schema.path("format").asText("");
                return NODES.textNode(format.equals("uuid") ? UUID.randomUUID().toString()
                        : format.equals("date-time") ? "2026-07-01T00:00:00Z" : "fuzz");
            }
            case "integer":
            case "number":
                return NODES.numberNode(1);
            case "boolean":
                return NODES.booleanNode(true);
            case "array": {
                ArrayNode a = NODES.arrayNode();
                if (depth < 3) {
                    a.add(shaped(schema.path("items"), openapi, r, depth + 1));
                }
                return a;
            }
            default: {
                ObjectNode o = NODES.objectNode();
                if (depth < 3) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> p = it.next();
                        o.set(p.getKey(), shaped(p.getValue(), openapi, r, depth + 1));
                    }
                }
                return o;
            }
        }
    }

    /** A body that no route can accept: malformed JSON, or a schema-shaped object with a member of the wrong type. */
    private static byte[] badBody(JsonNode schema, JsonNode openapi, Random r) {
        switch (r.nextInt(14)) {
            case 0:
                return new byte[0];
            case 1:
                return "{\"name\": \"a\", \"name\": \"b\", \"kind\": \"sautikit\"}".getBytes(StandardCharsets.UTF_8);
            case 2: {
                int depth = 100 + r.nextInt(5000);
                return ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8);
            }
            case 3: {
                int depth = 100 + r.nextInt(3000);
                return ("{\"a\":".repeat(depth) + "1" + "}".repeat(depth)).getBytes(StandardCharsets.UTF_8);
            }
            case 4:
                return new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0xc3, 0x28};
            case 5:
                return ("[" + badValue(r) + "]").getBytes(StandardCharsets.UTF_8);
            case 6:
                return "null".getBytes(StandardCharsets.UTF_8);
            default:
                break;
        }
        JsonNode shape = schema == null ? NODES.objectNode() : shaped(schema, openapi, r, 0);
        if (!shape.isObject()) {
            return ("{\"x\":" + badValue(r) + "}").getBytes(StandardCharsets.UTF_8);
        }
        ObjectNode body = (ObjectNode) shape;
        List<String> names = new ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        // Soft breakage: a few members get odd values (which may or may not be acceptable)...
        for (int k = 0; k < 1 + r.nextInt(3) && !names.isEmpty(); k++) {
            body.set(names.get(r.nextInt(names.size())), badValue(r));
        }
        // ...and one hard one makes the body unacceptable whatever the rest holds.
        if (names.isEmpty() || r.nextInt(6) == 0) {
            String text = body.toString();
            return text.substring(0, Math.max(1, r.nextInt(text.length()))).getBytes(StandardCharsets.UTF_8);
        }
        String victim = names.get(r.nextInt(names.size()));
        JsonNode was = shape.get(victim);
        body.set(victim, was != null && was.isArray() ? NODES.objectNode().put("not", "a list")
                : was != null && was.isObject() ? NODES.arrayNode().add(1).add(2)
                : NODES.objectNode().set("nested", NODES.arrayNode().add(NODES.objectNode())));
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Sent request(Operation op, Random r, JsonNode openapi) {
        String path = op.template();
        StringBuilder query = new StringBuilder();
        for (Param p : op.params()) {
            if (p.in().equals("path")) {
                String value = r.nextInt(3) == 0 ? UUID.randomUUID().toString() : badText(r);
                if (value.isEmpty()) {
                    value = "%00";
                } else {
                    value = encode(value);
                }
                path = path.replace("{" + p.name() + "}", value);
            } else if (p.in().equals("query") && r.nextInt(3) != 0) {
                int copies = r.nextInt(8) == 0 ? 2 : 1;
                for (int c = 0; c < copies; c++) {
                    String pair = encode(p.name()) + "=" + encode(badText(r));
                    // Request lines stay under about 8 KiB, past which the HTTP server itself
                    // answers a bare 414 or 431 (documented).
                    if (path.length() + query.length() + pair.length() < MAX_URI) {
                        query.append(query.isEmpty() ? "?" : "&").append(pair);
                    }
                }
            }
        }
        if (r.nextInt(10) == 0) {
            String pair = encode(badText(r)) + "=" + encode(badText(r));
            if (path.length() + query.length() + pair.length() < MAX_URI) {
                query.append(query.isEmpty() ? "?" : "&").append(pair);
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + TestAuth.adminKey());
        byte[] body = new byte[0];
        boolean takesBody = op.body() != null || !op.method().equals("GET") && r.nextInt(4) == 0;
        if (takesBody) {
            body = badBody(op.body(), openapi, r);
            String[] types = {"application/json", "application/json", "application/json", "application/json",
                "application/json; charset=utf-8", "text/plain", "application/xml", "json", ";;", "application/",
                "*/*", "application/json; charset=nonsense", "multipart/form-data; boundary="};
            String type = types[r.nextInt(types.length)];
            if (r.nextInt(12) != 0) {
                headers.put("Content-Type", type);
            }
        }
        if (op.method().equals("POST") && r.nextInt(8) == 0) {
            headers.put("Idempotency-Key", "fuzz-" + r.nextLong());
        }
        if (r.nextInt(10) == 0) {
            headers.put("Accept", r.nextBoolean() ? "text/html" : "application/json;q=nonsense");
        }
        return new Sent(op.method(), path + query, headers, body);
    }

    private static String encode(String raw) {
        return URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ---- reading the document and the database ------------------------------------------------------------------

    private static List<Operation> operations(JsonNode openapi) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openapi.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                JsonNode op = path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                List<Param> params = new ArrayList<>();
                for (JsonNode source : List.of(path.getValue().path("parameters"), op.path("parameters"))) {
                    for (JsonNode p : source) {
                        JsonNode param = resolve(p, openapi);
                        params.add(new Param(param.path("name").asText(), param.path("in").asText(), param.path("schema")));
                    }
                }
                // A template variable the document does not declare is still fuzzed.
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
                while (m.find()) {
                    String name = m.group(1);
                    if (params.stream().noneMatch(p -> p.in().equals("path") && p.name().equals(name))) {
                        params.add(new Param(name, "path", NODES.objectNode()));
                    }
                }
                JsonNode body = null;
                JsonNode content = resolve(op.path("requestBody"), openapi).path("content");
                if (content.isObject() && content.size() > 0) {
                    JsonNode media = content.has("application/json") ? content.get("application/json")
                            : content.elements().next();
                    body = media.path("schema");
                }
                operations.add(new Operation(method.toUpperCase(java.util.Locale.ROOT), path.getKey(), params, body));
            }
        }
        return operations;
    }

    private static JsonNode resolve(JsonNode node, JsonNode openapi) {
        for (int hops = 0; node != null && node.has("$ref") && hops < 10; hops++) {
            String ref = node.get("$ref").asText();
            node = openapi.at(ref.substring(1));
        }
        return node == null ? NODES.objectNode() : node;
    }

    /** Row count and an order-independent checksum of every table a refusal must not touch. */
    private Map<String, String> snapshot() throws Exception {
        Map<String, String> state = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                // Table names come from the constant list above, never from input.
                try (ResultSet rs = s.executeQuery("SELECT count(*), coalesce(md5(string_agg(md5(t::text), ',' "
                        + "ORDER BY md5(t::text))), '') FROM " + table + " t")) {
                    rs.next();
                    state.put(table, rs.getLong(1) + "/" + rs.getString(2));
                }
            }
        }
        return state;
    }
}
