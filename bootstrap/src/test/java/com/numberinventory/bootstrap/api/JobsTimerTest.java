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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The bulk-job runner on its timer ({@code numbers.jobs.*}): a job completes without anyone driving it. */
@QuarkusTest
@TestProfile(JobsTimerTest.RunnerOn.class)
@QuarkusTestResource(PostgresTestResource.class)
class JobsTimerTest {

    public static class RunnerOn extends ConfigOverrides {
        public RunnerOn() {
            super(Map.of("numbers.jobs.enabled", "true", "numbers.jobs.interval", "PT0.2S",
                    "numbers.jobs.initial-delay", "PT0.2S", "numbers.jobs.batch-size", "2"));
        }
    }

    @Test
    void the_timer_applies_a_job_in_batches_until_it_is_completed() throws Exception {
        Fixtures.Stock stock = Fixtures.stock(5, "P30D");
        String workspace = UUID.randomUUID().toString();
        List<String> e164s = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = Fixtures.numberId(stock.number(i));
            given().contentType(ContentType.JSON).body(Map.of("workspace_id", workspace))
                    .post("/v1/numbers/" + id + "/provision").then().statusCode(200);
            e164s.add(stock.number(i));
        }
        String jobId = given().contentType(ContentType.JSON).body(Map.of("action", "release", "e164", e164s))
                .post("/v1/jobs").then().statusCode(201).extract().path("id");

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!"completed".equals(given().get("/v1/jobs/" + jobId).then().statusCode(200).extract().path("status"))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the runner did not complete job " + jobId);
            }
            Thread.sleep(200);
        }
        given().get("/v1/jobs/" + jobId).then().body("done", equalTo(5)).body("failed", equalTo(0));
        for (String e164 : e164s) {
            given().get("/v1/numbers/" + Fixtures.numberId(e164)).then().body("status", equalTo("quarantined"));
        }
    }
}
