package com.numberinventory.bootstrap.providers;

import com.numberinventory.bootstrap.support.Fixtures;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import com.numberinventory.bootstrap.support.ToggleableProxy;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The database goes away under a running service (the test cuts the proxy between them) and comes back:
 * nothing is lost, the provider's retry applies, and the API recovers on its own.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class DatabaseOutageTest {

    ToggleableProxy database;

    @AfterEach
    void giveTheDatabaseBack() {
        if (database != null) {
            database.restore();
        }
    }

    @Test
    void a_delivery_that_arrives_while_the_database_is_down_gets_503_and_applies_when_retried() {
        assertNotNull(database, "the test database is reached through the cuttable proxy");
        String provider = Fixtures.provider("sautikit");
        String secret = "whsec_" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body(Map.of("webhook_secret", secret))
                .put("/v1/providers/" + provider + "/credentials").then().statusCode(200);
        String e164 = Fixtures.e164(Fixtures.freshBlock());
        byte[] body = ProviderWebhooksApiTest.provisionedSeed(UUID.randomUUID().toString(), e164, "SK-OUTAGE")
                .getBytes(StandardCharsets.UTF_8);
        Supplier<Response> deliver = () -> given().contentType(ContentType.JSON).body(body)
                .header("X-Sautikit-Signature", Signer.hmacHex(secret, body))
                .post("/webhooks/sautikit/" + provider);

        database.cut();
        deliver.get().then().statusCode(503).body("code", equalTo("service_unavailable"));

        database.restore();
        Response retried = untilNot503(deliver);
        assertEquals(200, retried.statusCode(), retried.asString());
        assertEquals("applied", retried.path("status"));
        given().queryParam("e164", e164).get("/v1/numbers/lookup").then().statusCode(200)
                .body("e164", equalTo(e164)).body("provider_id", equalTo(provider));
        // The provider retrying once more changes nothing.
        deliver.get().then().statusCode(200).body("duplicate", equalTo(true));
    }

    @Test
    void the_api_answers_503_while_the_database_is_down_and_recovers_by_itself() {
        assertNotNull(database, "the test database is reached through the cuttable proxy");
        Fixtures.Stock stock = Fixtures.stock(1, "P30D");
        String id = Fixtures.numberId(stock.number(0));
        // The lookup runs on the event loop through its own connections: open them before the cut.
        given().queryParam("e164", stock.number(0)).get("/v1/numbers/lookup").then().statusCode(200);
        database.cut();
        given().queryParam("e164", stock.number(0)).get("/v1/numbers/lookup").then().statusCode(503)
                .header("Retry-After", "5").body("code", equalTo("service_unavailable"));
        given().contentType(ContentType.JSON).body(Map.of("workspace_id", UUID.randomUUID().toString()))
                .post("/v1/numbers/" + id + "/provision").then().statusCode(503)
                .body("code", equalTo("service_unavailable"));
        database.restore();
        Response read = untilNot503(() -> given().get("/v1/numbers/" + id));
        assertEquals(200, read.statusCode(), read.asString());
        // The provision refused during the outage did nothing.
        assertEquals("available", read.path("status"));
        Response lookedUp = untilNot503(() -> given().queryParam("e164", stock.number(0)).get("/v1/numbers/lookup"));
        assertEquals(200, lookedUp.statusCode(), lookedUp.asString());
        assertEquals(id, lookedUp.path("id"));
    }

    private static Response untilNot503(Supplier<Response> call) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Response r = call.get();
            if (r.statusCode() != 503) {
                return r;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        fail("still 503 30 s after the database came back");
        return null;
    }
}
