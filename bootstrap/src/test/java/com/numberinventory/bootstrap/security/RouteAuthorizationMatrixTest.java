package com.numberinventory.bootstrap.security;

import com.numberinventory.adapters.rest.security.RouteScopes;
import com.numberinventory.bootstrap.support.ClockMovingTest;
import com.numberinventory.bootstrap.support.Fixtures;
import com.numberinventory.bootstrap.support.Keys;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import com.numberinventory.domain.apikey.Scope;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static com.numberinventory.bootstrap.support.TestAuth.anonymous;
import static com.numberinventory.bootstrap.support.TestAuth.withKey;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every {@code /v1} operation the running app serves (read from its own OpenAPI document, so a new route is
 * covered the moment it exists) x every kind of caller: no key, unknown key, revoked, expired, wrong scope,
 * another workspace, the right key. A served route without a row in {@link RouteScopes} fails this test.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class RouteAuthorizationMatrixTest extends ClockMovingTest {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private record Operation(String method, String template, List<String> queryParams, boolean bodyHasWorkspace) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + template;
        }
    }

    @Test
    void every_served_v1_route_refuses_every_caller_but_the_right_key() throws InterruptedException {
        Keys.Made revokedKey = Keys.make(allScopes());
        Keys.revoke(revokedKey.id());
        String unknown = "nik_" + UUID.randomUUID().toString().replace("-", "") + "0123456789a";
        Map<Scope, String> only = new EnumMap<>(Scope.class);
        Map<Scope, String> allBut = new EnumMap<>(Scope.class);
        for (Scope s : Scope.values()) {
            only.put(s, Keys.make(List.of(s.wireName())).key());
            allBut.put(s, Keys.make(Arrays.stream(Scope.values()).filter(x -> x != s).map(Scope::wireName)
                    .toList()).key());
        }
        // Workspace A's key, and a number (with its rental) held by workspace B.
        String workspaceA = UUID.randomUUID().toString();
        String workspaceB = UUID.randomUUID().toString();
        String keyA = Keys.make(List.of("numbers:read", "numbers:write"), workspaceA, null).key();
        Fixtures.Stock stock = Fixtures.stock(1, "P30D");
        String numberB = Fixtures.numberId(stock.number(0));
        Response held = given().contentType(ContentType.JSON).body(Map.of("workspace_id", workspaceB))
                .post("/v1/numbers/" + numberB + "/provision");
        held.then().statusCode(200);
        String rentalB = held.path("rental.id");

        // Made last, so that the setup above (and a slow machine) cannot outrun its expiry.
        String expired = Keys.make(allScopes(), null, clock.instant().plusSeconds(60).toString()).key();
        List<Operation> operations = servedOperations();
        assertTrue(operations.size() >= 20, "the OpenAPI document lists too few /v1 operations: " + operations);
        clock.advance(java.time.Duration.ofSeconds(61));

        List<String> failures = new ArrayList<>();
        for (Operation op : operations) {
            Optional<RouteScopes.Rule> rule = RouteScopes.ruleForTemplate(op.method(), op.template());
            if (rule.isEmpty()) {
                failures.add(op + ": no scope declared in RouteScopes.RULES");
                continue;
            }
            Scope scope = rule.get().scope();
            String path = concrete(op.template(), UUID.randomUUID().toString());

            check(failures, op, "no key", send(anonymous(), op, path, null), 401, "api_key.invalid");
            check(failures, op, "unknown key", send(withKey(unknown), op, path, null), 401, "api_key.invalid");
            check(failures, op, "revoked key", send(withKey(revokedKey.key()), op, path, null), 401,
                    "api_key.revoked");
            check(failures, op, "expired key", send(withKey(expired), op, path, null), 401, "api_key.expired");
            check(failures, op, "wrong scope", send(withKey(allBut.get(scope)), op, path, null), 403,
                    "api_key.scope_denied");
            Response right = send(withKey(only.get(scope)), op, path, null);
            if (right.statusCode() == 401 || right.statusCode() == 403 || right.statusCode() >= 500) {
                failures.add(op + " with the right key (" + scope.wireName() + "): " + right.statusCode() + " "
                        + right.asString());
            }
            otherWorkspace(failures, op, scope, keyA, workspaceB, numberB, rentalB, stock.number(0));
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
    }

    /** What workspace A's key gets when it reaches for workspace B's resources. */
    private static void otherWorkspace(List<String> failures, Operation op, Scope scope, String keyA,
                                       String workspaceB, String numberB, String rentalB,
                                       String e164B) {
        if (!scope.workspaceBindable()) {
            // A workspace key never holds the cross-workspace scopes.
            check(failures, op, "workspace key on an admin route",
                    send(withKey(keyA), op, concrete(op.template(), UUID.randomUUID().toString()), null), 403,
                    "api_key.scope_denied");
            return;
        }
        if (op.template().startsWith("/v1/numbers/{")) {
            check(failures, op, "other workspace's number",
                    send(withKey(keyA), op, concrete(op.template(), numberB), null), 404, "numbers.not_found");
        } else if (op.template().startsWith("/v1/rentals/{")) {
            Response r = send(withKey(keyA), op, concrete(op.template(), rentalB), null);
            if (r.statusCode() != 404) {
                failures.add(op + " other workspace's rental: expected 404, got " + r.statusCode());
            }
        } else if (op.queryParams().contains("e164")) {
            check(failures, op, "other workspace's number by E.164",
                    send(withKey(keyA).queryParam("e164", e164B), op, op.template(), null), 404,
                    "numbers.not_found");
        } else if (op.queryParams().contains("workspace_id")) {
            check(failures, op, "listing another workspace",
                    send(withKey(keyA).queryParam("workspace_id", workspaceB), op, op.template(), null), 403,
                    "auth.workspace_forbidden");
        } else if (op.bodyHasWorkspace()) {
            check(failures, op, "body naming another workspace",
                    send(withKey(keyA), op, op.template(), Map.of("workspace_id", workspaceB)), 403,
                    "auth.workspace_forbidden");
        } else {
            failures.add(op + ": the matrix does not know how to reach another workspace's data on this route; "
                    + "teach otherWorkspace() about it (request body: " + op.bodyHasWorkspace() + ")");
        }
    }

    private static Response send(RequestSpecification spec, Operation op, String path, Map<String, Object> body) {
        RequestSpecification s = spec;
        if (!op.method().equals("get") && !op.method().equals("delete")) {
            s = s.contentType(ContentType.JSON).body(body == null ? Map.of() : body);
        }
        return s.request(op.method().toUpperCase(), path);
    }

    private static void check(List<String> failures, Operation op, String who, Response r, int status,
                              String code) {
        String actual = r.statusCode() + " " + safeCode(r);
        if (r.statusCode() != status || !code.equals(safeCode(r))) {
            failures.add(op + " " + who + ": expected " + status + " " + code + ", got " + actual);
        }
    }

    private static String safeCode(Response r) {
        try {
            Object code = r.path("code");
            return code == null ? "" : code.toString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String concrete(String template, String id) {
        return template.replaceAll("\\{[^/}]+}", id);
    }

    private static List<String> allScopes() {
        return Arrays.stream(Scope.values()).map(Scope::wireName).toList();
    }

    /** The /v1 operations of the served OpenAPI document. */
    @SuppressWarnings("unchecked")
    private static List<Operation> servedOperations() {
        JsonPath doc = anonymous().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> paths = doc.getMap("paths");
        Map<String, Object> schemas = Optional.ofNullable(doc.<String, Object>getMap("components.schemas"))
                .orElse(Map.of());
        List<Operation> ops = new ArrayList<>();
        for (Map.Entry<String, Object> p : paths.entrySet()) {
            if (!p.getKey().startsWith("/v1")) {
                continue;
            }
            Map<String, Object> item = (Map<String, Object>) p.getValue();
            for (String method : METHODS) {
                Map<String, Object> op = (Map<String, Object>) item.get(method);
                if (op == null) {
                    continue;
                }
                List<String> query = new ArrayList<>();
                for (Object param : (List<Object>) op.getOrDefault("parameters", List.of())) {
                    Map<String, Object> pm = (Map<String, Object>) param;
                    if ("query".equals(pm.get("in"))) {
                        query.add(String.valueOf(pm.get("name")));
                    }
                }
                ops.add(new Operation(method, p.getKey(), query, bodyHasWorkspace(op, schemas)));
            }
        }
        return ops;
    }

    @SuppressWarnings("unchecked")
    private static boolean bodyHasWorkspace(Map<String, Object> op, Map<String, Object> schemas) {
        if (!(op.get("requestBody") instanceof Map<?, ?> body) || !(body.get("content") instanceof Map<?, ?> content)) {
            return false;
        }
        for (Object media : content.values()) {
            if (media instanceof Map<?, ?> m && m.get("schema") instanceof Map<?, ?> schema) {
                Object props = schema.get("properties");
                if (schema.get("$ref") instanceof String ref) {
                    Object named = schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
                    props = named instanceof Map<?, ?> n ? n.get("properties") : null;
                }
                if (props instanceof Map<?, ?> p && (p.containsKey("workspace_id") || p.containsKey("workspaceId"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
