package com.numberinventory.bootstrap.api;

import com.numberinventory.application.port.in.lifecycle.RunDueTransitionsUseCase;
import com.numberinventory.bootstrap.support.ClockMovingTest;
import com.numberinventory.bootstrap.support.Fixtures;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reservations, trials, suspension, retirement, activation and the time-driven transitions. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class LifecycleApiTest extends ClockMovingTest {

    @Inject
    RunDueTransitionsUseCase transitions;

    private static Response post(String path, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).post(path);
    }

    private static String ws() {
        return UUID.randomUUID().toString();
    }

    @Test
    void a_reserved_number_can_be_provisioned_only_by_the_reserving_workspace() {
        String id = Fixtures.numberId(Fixtures.stock(1, "P30D").number(0));
        String alice = ws();
        post("/v1/numbers/" + id + "/reserve", Map.of("workspace_id", alice, "ttl_seconds", 600)).then()
                .statusCode(200).body("status", equalTo("reserved")).body("reserved_until", notNullValue());
        post("/v1/numbers/" + id + "/provision", Map.of("workspace_id", ws())).then().statusCode(409)
                .body("code", equalTo("numbers.already_claimed"));
        post("/v1/numbers/" + id + "/reserve", Map.of("workspace_id", ws())).then().statusCode(409)
                .body("code", equalTo("numbers.already_claimed"));
        post("/v1/numbers/" + id + "/provision", Map.of("workspace_id", alice)).then().statusCode(200)
                .body("status", equalTo("assigned")).body("reserved_until", nullValue());
    }

    @Test
    void reservation_ttl_is_bounded_and_defaults_to_fifteen_minutes() {
        String id = Fixtures.numberId(Fixtures.stock(1, "P30D").number(0));
        post("/v1/numbers/" + id + "/reserve", Map.of("workspace_id", ws(), "ttl_seconds", 86_401)).then()
                .statusCode(400).body("errors[0].field", equalTo("ttl_seconds"));
        post("/v1/numbers/" + id + "/reserve", Map.of("workspace_id", ws(), "ttl_seconds", 0)).then().statusCode(400);
        String until = post("/v1/numbers/" + id + "/reserve", Map.of("workspace_id", ws())).then().statusCode(200)
                .extract().path("reserved_until");
        String updated = given().get("/v1/numbers/" + id).then().extract().path("updated_at");
        assertEquals(Duration.ofSeconds(900),
                Duration.between(java.time.Instant.parse(updated), java.time.Instant.parse(until)));
    }

    @Test
    void cancelling_a_reservation_makes_the_number_available() {
        String id = Fixtures.numberId(Fixtures.stock(1, "P30D").number(0));
        String alice = ws();
        post("/v1/numbers/" + id + "/reserve", Map.of("workspace_id", alice)).then().statusCode(200);
        given().queryParam("workspace_id", ws()).delete("/v1/numbers/" + id + "/reservation").then()
                .statusCode(409).body("code", equalTo("numbers.not_reserved"));
        given().queryParam("workspace_id", alice).delete("/v1/numbers/" + id + "/reservation").then()
                .statusCode(200).body("status", equalTo("available"));
        given().delete("/v1/numbers/" + id + "/reservation").then().statusCode(409)
                .body("code", equalTo("numbers.not_reserved"));
        given().get("/v1/numbers/" + id + "/events").then()
                .body("data.kind", equalTo(List.of("number.added", "number.reserved", "number.reservation_cancelled")));
    }

    @Test
    void expired_reservations_return_to_available_when_the_job_runs() {
        String id = Fixtures.numberId(Fixtures.stock(1, "P30D").number(0));
        post("/v1/numbers/" + id + "/reserve", Map.of("workspace_id", ws(), "ttl_seconds", 60)).then().statusCode(200);
        transitions.runDueTransitions();
        given().get("/v1/numbers/" + id).then().body("status", equalTo("reserved"));
        clock.advance(Duration.ofSeconds(61));
        transitions.runDueTransitions();
        given().get("/v1/numbers/" + id).then().body("status", equalTo("available"))
                .body("reserved_until", nullValue());
        given().get("/v1/numbers/" + id + "/events").then().body("data[-1].kind", equalTo("number.reservation_expired"));
    }

    @Test
    void a_trial_rental_expires_and_is_released_with_trial_expired() {
        Fixtures.Stock stock = Fixtures.stock(1, "PT0S");
        String id = Fixtures.numberId(stock.number(0));
        String alice = ws();
        post("/v1/numbers/" + id + "/provision", Map.of("workspace_id", alice, "trial_days", 7)).then()
                .statusCode(200).body("rental.trial_ends_at", notNullValue());
        clock.advance(Duration.ofDays(7).plusSeconds(1));
        transitions.runDueTransitions();
        given().get("/v1/numbers/" + id).then().body("status", equalTo("available"));
        given().queryParam("number_id", id).get("/v1/rentals").then().statusCode(200)
                .body("data", hasSize(1)).body("data[0].release_reason", equalTo("trial_expired"))
                .body("data[0].ended_at", notNullValue()).body("data[0].workspace_id", equalTo(alice))
                .body("data[0].e164", equalTo(stock.number(0)));
    }

    @Test
    void a_converted_trial_does_not_expire() {
        String id = Fixtures.numberId(Fixtures.stock(1, "P30D").number(0));
        String rental = post("/v1/numbers/" + id + "/provision", Map.of("workspace_id", ws(), "trial_days", 3))
                .then().statusCode(200).extract().path("rental.id");
        given().post("/v1/rentals/" + rental + "/convert").then().statusCode(200)
                .body("converted_at", notNullValue()).body("trial_ends_at", notNullValue());
        given().post("/v1/rentals/" + rental + "/convert").then().statusCode(409)
                .body("code", equalTo("rentals.not_trial"));
        clock.advance(Duration.ofDays(4));
        transitions.runDueTransitions();
        given().get("/v1/numbers/" + id).then().body("status", equalTo("assigned"));
        given().post("/v1/rentals/" + UUID.randomUUID() + "/convert").then().statusCode(404)
                .body("code", equalTo("rentals.not_found"));
    }

    @Test
    void trial_days_are_bounded() {
        String id = Fixtures.numberId(Fixtures.stock(1, "P30D").number(0));
        post("/v1/numbers/" + id + "/provision", Map.of("workspace_id", ws(), "trial_days", 0)).then()
                .statusCode(400).body("errors[0].field", equalTo("trial_days"));
    }

    @Test
    void a_finished_quarantine_returns_the_number_to_available() {
        String id = Fixtures.numberId(Fixtures.stock(1, "P30D").number(0));
        post("/v1/numbers/" + id + "/provision", Map.of("workspace_id", ws())).then().statusCode(200);
        post("/v1/numbers/" + id + "/release", Map.of("reason", "explicit")).then().statusCode(200)
                .body("status", equalTo("quarantined"));
        clock.advance(Duration.ofDays(30).plusSeconds(1));
        transitions.runDueTransitions();
        given().get("/v1/numbers/" + id).then().body("status", equalTo("available"))
                .body("quarantine_until", nullValue());
        given().get("/v1/numbers/" + id + "/events").then().body("data[-1].kind", equalTo("number.quarantine_ended"));
    }

    @Test
    void two_job_runners_racing_over_the_same_expired_rows_transition_each_once() throws Exception {
        Fixtures.Stock stock = Fixtures.stock(60, "P30D");
        for (int i = 0; i < 60; i++) {
            post("/v1/numbers/" + Fixtures.numberId(stock.number(i)) + "/reserve",
                    Map.of("workspace_id", ws(), "ttl_seconds", 30)).then().statusCode(200);
        }
        clock.advance(Duration.ofSeconds(31));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<RunDueTransitionsUseCase.Report> run = transitions::runDueTransitions;
            List<Future<RunDueTransitionsUseCase.Report>> runs = new ArrayList<>(List.of(pool.submit(run), pool.submit(run)));
            int expired = 0;
            for (Future<RunDueTransitionsUseCase.Report> f : runs) {
                expired += f.get().reservationsExpired();
            }
            // Other tests' rows may expire too; ours are 60 and each exactly once.
            given().queryParam("series_id", stock.seriesId()).queryParam("status", "available").queryParam("limit", 500)
                    .get("/v1/numbers").then().body("data", hasSize(60));
            for (int i = 0; i < 60; i++) {
                given().get("/v1/numbers/" + Fixtures.numberId(stock.number(i)) + "/events").then()
                        .body("data.findAll { it.kind == 'number.reservation_expired' }.size()", equalTo(1));
            }
            org.junit.jupiter.api.Assertions.assertTrue(expired >= 60);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void suspend_and_resume_keep_the_rental_open() {
        String id = Fixtures.numberId(Fixtures.stock(1, "P30D").number(0));
        post("/v1/numbers/" + id + "/suspend", Map.of("reason", "fraud check")).then().statusCode(409)
                .body("code", equalTo("numbers.not_assigned"));
        String rental = post("/v1/numbers/" + id + "/provision", Map.of("workspace_id", ws())).then().statusCode(200)
                .extract().path("rental.id");
        post("/v1/numbers/" + id + "/suspend", Map.of("reason", "fraud check")).then().statusCode(200)
                .body("suspended", equalTo(true)).body("status", equalTo("assigned"))
                .body("rental.id", equalTo(rental));
        post("/v1/numbers/" + id + "/suspend", Map.of()).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        post("/v1/numbers/" + id + "/resume", Map.of("reason", "cleared")).then().statusCode(200)
                .body("suspended", equalTo(false));
        given().get("/v1/numbers/" + id + "/events").then()
                .body("data.kind", equalTo(List.of("number.added", "number.provisioned", "number.suspended",
                        "number.resumed")));
    }

    @Test
    void retiring_is_refused_while_assigned_and_a_retired_number_refuses_every_command() {
        String id = Fixtures.numberId(Fixtures.stock(1, "PT0S").number(0));
        post("/v1/numbers/" + id + "/provision", Map.of("workspace_id", ws())).then().statusCode(200);
        post("/v1/numbers/" + id + "/retire", Map.of("reason", "carrier lost it")).then().statusCode(409)
                .body("code", equalTo("numbers.assigned"));
        post("/v1/numbers/" + id + "/release", Map.of("reason", "admin_released")).then().statusCode(200);
        post("/v1/numbers/" + id + "/retire", Map.of("reason", "carrier lost it")).then().statusCode(200)
                .body("status", equalTo("retired"));
        post("/v1/numbers/" + id + "/provision", Map.of("workspace_id", ws())).then().statusCode(409)
                .body("code", equalTo("numbers.retired"));
        post("/v1/numbers/" + id + "/reserve", Map.of("workspace_id", ws())).then().statusCode(409)
                .body("code", equalTo("numbers.retired"));
        post("/v1/numbers/" + id + "/release", Map.of("reason", "explicit")).then().statusCode(409)
                .body("code", equalTo("numbers.retired"));
        post("/v1/numbers/" + id + "/retire", Map.of("reason", "again")).then().statusCode(409)
                .body("code", equalTo("numbers.retired"));
        given().post("/v1/numbers/" + id + "/activate").then().statusCode(409).body("code", equalTo("numbers.retired"));
    }

    @Test
    void only_pending_numbers_can_be_activated() {
        String id = Fixtures.numberId(Fixtures.stock(1, "P30D").number(0));
        given().post("/v1/numbers/" + id + "/activate").then().statusCode(409)
                .body("code", equalTo("numbers.not_pending"));
    }

    @Test
    void the_ledger_answers_what_was_rented_when() {
        Fixtures.Stock stock = Fixtures.stock(2, "PT0S");
        String alice = ws();
        String a = Fixtures.numberId(stock.number(0));
        String b = Fixtures.numberId(stock.number(1));
        post("/v1/numbers/" + a + "/provision", Map.of("workspace_id", alice)).then().statusCode(200);
        post("/v1/numbers/" + b + "/provision", Map.of("workspace_id", alice)).then().statusCode(200);
        clock.advance(Duration.ofDays(1));
        String middle = clock.instant().toString();
        clock.advance(Duration.ofMinutes(1));
        post("/v1/numbers/" + a + "/release", Map.of("reason", "explicit")).then().statusCode(200);
        given().queryParam("workspace_id", alice).get("/v1/rentals").then().statusCode(200)
                .body("data", hasSize(2)).body("data[0].monthly_price.amount_minor", equalTo(10000));
        given().queryParam("workspace_id", alice).queryParam("active_at", middle).get("/v1/rentals").then()
                .body("data", hasSize(2));
        String afterRelease = clock.instant().plus(Duration.ofDays(1)).toString();
        given().queryParam("workspace_id", alice).queryParam("active_at", afterRelease).get("/v1/rentals").then()
                .body("data", hasSize(1)).body("data[0].number_id", equalTo(b));
        given().queryParam("workspace_id", alice).queryParam("from", afterRelease)
                .queryParam("to", clock.instant().plus(Duration.ofDays(3)).toString())
                .get("/v1/rentals").then().body("data", hasSize(1));
        given().queryParam("workspace_id", alice).queryParam("to", middle).queryParam("from", middle)
                .get("/v1/rentals").then().body("data", hasSize(2));
        given().queryParam("active_at", "yesterday").get("/v1/rentals").then().statusCode(400)
                .body("errors[0].field", equalTo("active_at"));
        String rentalId = given().queryParam("number_id", a).get("/v1/rentals").then().extract().path("data[0].id");
        given().get("/v1/rentals/" + rentalId).then().statusCode(200).body("release_reason", equalTo("explicit"))
                .body("number_id", equalTo(a));
        given().get("/v1/rentals/" + UUID.randomUUID()).then().statusCode(404).body("code", equalTo("rentals.not_found"));
    }
}
