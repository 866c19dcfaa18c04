package com.numberinventory.bootstrap.api;

import com.numberinventory.bootstrap.support.ConfigOverrides;
import com.numberinventory.bootstrap.support.Fixtures;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

/** With the timer on, an expiry happens by itself: nobody calls the job. */
@QuarkusTest
@TestProfile(ScheduledTransitionsTest.TimerOn.class)
@QuarkusTestResource(PostgresTestResource.class)
class ScheduledTransitionsTest {

    /** The lifecycle timer on, every second. */
    public static class TimerOn extends ConfigOverrides {
        public TimerOn() {
            super(Map.of("numbers.lifecycle.enabled", "true", "numbers.lifecycle.interval", "PT1S",
                    "numbers.lifecycle.initial-delay", "PT1S"));
        }
    }

    @Test
    void a_lapsed_reservation_returns_to_available_without_anyone_asking() {
        String id = Fixtures.numberId(Fixtures.stock(1, "P30D").number(0));
        given().contentType(ContentType.JSON).body(Map.of("workspace_id", UUID.randomUUID().toString(), "ttl_seconds", 1))
                .post("/v1/numbers/" + id + "/reserve").then().statusCode(200);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            String status = given().get("/v1/numbers/" + id).then().statusCode(200).extract().path("status");
            if ("available".equals(status)) {
                given().get("/v1/numbers/" + id + "/events").then()
                        .body("data[-1].kind", org.hamcrest.Matchers.equalTo("number.reservation_expired"));
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        fail("the reservation did not expire within 20 s with a 1 s timer");
    }
}
