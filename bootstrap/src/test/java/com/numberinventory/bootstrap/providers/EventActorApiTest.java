package com.numberinventory.bootstrap.providers;

import com.numberinventory.application.port.in.lifecycle.RunDueTransitionsUseCase;
import com.numberinventory.bootstrap.support.ClockMovingTest;
import com.numberinventory.bootstrap.support.Fixtures;
import com.numberinventory.bootstrap.support.Keys;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.numberinventory.bootstrap.support.TestAuth.withKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Every event says who caused it: an API key, a provider's webhook delivery, or the service's own timers. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class EventActorApiTest extends ClockMovingTest {

    @Inject
    RunDueTransitionsUseCase transitions;

    @Test
    void an_api_key_is_the_actor_of_what_it_does() {
        Keys.Made console = Keys.make(List.of("numbers:read", "numbers:write"));
        String id = Fixtures.numberId(Fixtures.stock(1, "P30D").number(0));
        withKey(console.key()).contentType(ContentType.JSON)
                .body(Map.of("workspace_id", UUID.randomUUID().toString()))
                .post("/v1/numbers/" + id + "/provision").then().statusCode(200);
        given().get("/v1/numbers/" + id + "/events").then().statusCode(200)
                .body("data[0].kind", equalTo("number.added"))
                .body("data[0].actor.type", equalTo("api_key"))
                .body("data[0].actor.id", notNullValue())
                .body("data[1].kind", equalTo("number.provisioned"))
                .body("data[1].actor", equalTo(Map.of("type", "api_key", "id", console.id())));
    }

    @Test
    void a_rental_records_who_opened_it_and_who_closed_it() {
        Keys.Made opener = Keys.make(List.of("numbers:read", "numbers:write"));
        Keys.Made closer = Keys.make(List.of("numbers:read", "numbers:write"));
        String id = Fixtures.numberId(Fixtures.stock(1, "P30D").number(0));
        String workspace = UUID.randomUUID().toString();
        withKey(opener.key()).contentType(ContentType.JSON).body(Map.of("workspace_id", workspace))
                .post("/v1/numbers/" + id + "/provision").then().statusCode(200);
        String rental = given().get("/v1/rentals?number_id=" + id).then().statusCode(200)
                .body("data[0].opened_by", equalTo(Map.of("type", "api_key", "id", opener.id())))
                .body("data[0].closed_by", nullValue())
                .extract().path("data[0].id");
        withKey(closer.key()).contentType(ContentType.JSON)
                .body(Map.of("reason", "explicit", "workspace_id", workspace))
                .post("/v1/numbers/" + id + "/release").then().statusCode(200);
        given().get("/v1/rentals/" + rental).then().statusCode(200)
                .body("opened_by", equalTo(Map.of("type", "api_key", "id", opener.id())))
                .body("closed_by", equalTo(Map.of("type", "api_key", "id", closer.id())));
    }

    @Test
    void a_provider_is_the_actor_of_what_its_webhook_delivers() {
        String provider = ProviderWebhooksApiTest.sautikitProvider();
        String e164 = ProviderWebhooksApiTest.freshKe();
        ProviderWebhooksApiTest.postSautikit(provider, ProviderWebhooksApiTest.provisionedSeed(
                UUID.randomUUID().toString(), e164, "ref-" + UUID.randomUUID())).then().statusCode(200);
        String id = Fixtures.numberId(e164);
        // Acquired through the provider's webhook, the number has its type like an imported one.
        given().get("/v1/numbers/" + id).then().statusCode(200).body("number_type", equalTo("mobile"));
        given().get("/v1/numbers/" + id + "/events").then().statusCode(200)
                .body("data.actor.type", everyItem(equalTo("provider")))
                .body("data.actor.id", everyItem(equalTo(provider)));
        // The delivery's outcome says so too.
        given().get("/v1/provider-events?provider_id=" + provider).then().statusCode(200)
                .body("data.actor", everyItem(equalTo(Map.of("type", "provider", "id", provider))));
    }

    @Test
    void the_system_is_the_actor_of_the_timers() {
        String id = Fixtures.numberId(Fixtures.stock(1, "P30D").number(0));
        given().contentType(ContentType.JSON).body(Map.of("workspace_id", UUID.randomUUID().toString(),
                "ttl_seconds", 60)).post("/v1/numbers/" + id + "/reserve").then().statusCode(200);
        clock.advance(Duration.ofMinutes(2));
        transitions.runDueTransitions();
        given().get("/v1/numbers/" + id + "/events").then().statusCode(200)
                .body("data[-1].kind", equalTo("number.reservation_expired"))
                .body("data[-1].actor", equalTo(Map.of("type", "system", "id", "lifecycle")));
    }
}
