package com.numberinventory.bootstrap.providers;

import com.numberinventory.bootstrap.support.ConfigOverrides;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** With the database unreachable, a delivery is answered 503 so the provider retries it later. */
@QuarkusTest
@TestProfile(DatabaseDownWebhookTest.Unreachable.class)
class DatabaseDownWebhookTest {

    /** A datasource nothing listens on. */
    public static class Unreachable extends ConfigOverrides {
        public Unreachable() {
            super(Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:9/none",
                    "quarkus.datasource.username", "none", "quarkus.datasource.password", "none",
                    "quarkus.datasource.jdbc.acquisition-timeout", "2S",
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.hibernate-orm.schema-management.strategy", "none"));
        }
    }

    @Test
    void a_delivery_while_the_database_is_down_is_answered_503() {
        byte[] body = ProviderWebhooksApiTest.provisionedSeed(UUID.randomUUID().toString(), "+254700000001", "r")
                .getBytes(StandardCharsets.UTF_8);
        given().contentType(ContentType.JSON).body(body)
                .header("X-Sautikit-Signature", Signer.hmacHex("whsec_any", body))
                .post("/webhooks/sautikit/" + UUID.randomUUID())
                .then().statusCode(503).body("code", equalTo("service_unavailable"));
    }
}
