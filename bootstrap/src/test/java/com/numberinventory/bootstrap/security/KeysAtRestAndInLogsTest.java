package com.numberinventory.bootstrap.security;

import com.numberinventory.application.port.out.shared.SecretSealer;
import com.numberinventory.bootstrap.support.Keys;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import com.numberinventory.bootstrap.support.TestAuth;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import static com.numberinventory.bootstrap.support.TestAuth.withKey;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class KeysAtRestAndInLogsTest {

    @Inject
    DataSource dataSource;
    @Inject
    SecretSealer sealer;

    @Test
    void the_database_holds_only_the_hash_of_a_key_never_the_key() throws Exception {
        Keys.Made made = Keys.make(List.of("numbers:read"), UUID.randomUUID().toString(), null);
        withKey(made.key()).get("/v1/numbers?status=available&limit=1").then().statusCode(200);

        String everything = dumpDatabase();
        assertFalse(everything.contains(made.key()), "the plaintext key is stored somewhere");
        assertFalse(everything.contains(made.key().substring(12)), "the secret part of the key is stored");
        assertFalse(everything.contains(TestAuth.adminKey()), "the bootstrap key is stored in plaintext");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT key_hash FROM api_keys WHERE id = '" + made.id() + "'")) {
            assertTrue(rs.next());
            assertEquals(sha256(made.key()), rs.getString(1));
        }
    }

    @Test
    void a_sealed_secret_is_not_stored_in_a_readable_form() {
        String secret = "whsec_" + UUID.randomUUID();
        String sealed = sealer.seal(secret);
        assertFalse(sealed.contains(secret));
        assertFalse(sealed.contains(secret.substring(6)));
        assertEquals(secret, sealer.open(sealed));
    }

    @Test
    void provider_and_subscription_secrets_are_stored_sealed_never_as_given() throws Exception {
        String providerId = given().contentType(ContentType.JSON).body(Map.of("name", "sealed", "kind", "sautikit"))
                .post("/v1/providers").then().statusCode(201).extract().path("id");
        String webhookSecret = "whsec_" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body(Map.of("webhook_secret", webhookSecret))
                .put("/v1/providers/" + providerId + "/credentials").then().statusCode(200)
                .body("credentials_set", org.hamcrest.Matchers.equalTo(true))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(webhookSecret)));
        String subscriptionSecret = given().contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/hook", "events", List.of("*")))
                .post("/v1/webhooks").then().statusCode(201).extract().path("secret");
        try (Connection c = dataSource.getConnection()) {
            try (var ps = c.prepareStatement("SELECT secret FROM provider_credentials WHERE provider_id = ?")) {
                ps.setObject(1, UUID.fromString(providerId));
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    String stored = new String(rs.getBytes(1), StandardCharsets.US_ASCII);
                    assertFalse(stored.contains(webhookSecret));
                    assertFalse(stored.contains(java.util.Base64.getEncoder().encodeToString(
                            webhookSecret.getBytes(StandardCharsets.UTF_8))));
                    assertTrue(stored.startsWith("gcm1."), "sealed with AES-GCM: " + stored.substring(0, 5));
                }
            }
        }
        String everything = dumpDatabase();
        assertFalse(everything.contains(subscriptionSecret), "the subscription secret is stored as given");
        assertFalse(everything.contains(subscriptionSecret.substring(6)), "the subscription secret is stored");
    }

    @Test
    void logs_never_print_a_key_even_at_debug_level() {
        Logger root = Logger.getLogger("");
        Level before = root.getLevel();
        List<String> lines = new CopyOnWriteArrayList<>();
        SimpleFormatter formatter = new SimpleFormatter();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String name = String.valueOf(record.getLoggerName());
                // The test's own HTTP client logs what it sends; only the service's log is under test.
                if (!name.startsWith("org.apache.http") && !name.startsWith("io.restassured")) {
                    lines.add(name + " " + formatter.format(record));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
        root.setLevel(Level.FINE);
        Logger ours = Logger.getLogger("com.numberinventory");
        Level oursBefore = ours.getLevel();
        ours.setLevel(Level.FINE);
        String made;
        String unknown = "nik_" + "Z".repeat(43);
        try {
            var created = given().contentType(ContentType.JSON)
                    .body(Map.of("name", "log probe", "scopes", List.of("numbers:read", "keys:admin")))
                    .post("/v1/api-keys").then().statusCode(201).extract();
            made = created.path("key");
            withKey(made).get("/v1/api-keys").then().statusCode(200);
            withKey(made).get("/v1/series").then().statusCode(403);
            withKey(unknown).get("/v1/numbers").then().statusCode(401);
            given().delete("/v1/api-keys/" + created.path("id")).then().statusCode(204);
            withKey(made).get("/v1/numbers").then().statusCode(401);
            // A failing request is logged with its request id; the key must not be in it either.
            withKey(made).contentType(ContentType.JSON).body("{not json").post("/v1/api-keys").then()
                    .statusCode(401);
        } finally {
            root.removeHandler(capture);
            root.setLevel(before);
            ours.setLevel(oursBefore);
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("com.numberinventory.adapters.rest.security")),
                "the capture did not see the authentication filter's debug lines");
        assertFalse(lines.isEmpty(), "the capture saw no log records at all; is it attached to the right logger?");
        List<String> leaks = new ArrayList<>();
        for (String line : lines) {
            if (line.contains(made) || line.contains(made.substring(12)) || line.contains(unknown)
                    || line.contains(TestAuth.adminKey())) {
                leaks.add(line);
            }
        }
        assertTrue(leaks.isEmpty(), "keys in the log:\n" + String.join("\n", leaks));
    }

    private String dumpDatabase() throws Exception {
        StringBuilder all = new StringBuilder();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                            + "AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertTrue(tables.contains("api_keys"));
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT t::text FROM \"" + table + "\" t")) {
                    while (rs.next()) {
                        all.append(rs.getString(1)).append('\n');
                    }
                }
            }
        }
        return all.toString();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
