package com.numberinventory.bootstrap.api;

import com.numberinventory.application.port.in.jobs.BulkJobUseCase;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.bootstrap.support.Fixtures;
import com.numberinventory.bootstrap.support.Keys;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.numberinventory.bootstrap.support.TestAuth.withKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code /v1/jobs}: a bulk action stored at once and applied in the background, each number through its ordinary
 * command. The tests drive the runner by hand ({@code numbers.jobs.enabled=false} in the test profile).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class JobsApiTest {

    @Inject
    BulkJobUseCase jobs;
    @Inject
    Transactions tx;
    @Inject
    EntityManager em;

    private static Response create(Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).post("/v1/jobs");
    }

    private static void provision(String id, String workspace) {
        given().contentType(ContentType.JSON).body(Map.of("workspace_id", workspace))
                .post("/v1/numbers/" + id + "/provision").then().statusCode(200);
    }

    /** Runs the runner until the job is completed (another test's job may be pending beside it). */
    private void runUntilCompleted(String jobId) {
        for (int i = 0; i < 50; i++) {
            jobs.runPending(100);
            if ("completed".equals(given().get("/v1/jobs/" + jobId).then().statusCode(200)
                    .extract().path("status"))) {
                return;
            }
        }
        throw new AssertionError("job " + jobId + " did not complete");
    }

    private long jobCompletedEvents(String jobId) {
        return tx.inTransaction(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM domain_events "
                        + "WHERE kind = 'job.completed' AND envelope->'data'->>'job_id' = ?1")
                .setParameter(1, jobId).getSingleResult()).longValue());
    }

    @Test
    void a_release_job_by_e164_releases_each_number_with_its_event_and_records_the_failure_with_its_code() {
        Fixtures.Stock stock = Fixtures.stock(3, "P30D");
        String a = Fixtures.numberId(stock.number(0));
        String b = Fixtures.numberId(stock.number(1));
        String free = Fixtures.numberId(stock.number(2));
        String workspace = UUID.randomUUID().toString();
        provision(a, workspace);
        provision(b, workspace);

        String jobId = create(Map.of("action", "release", "e164", List.of(stock.number(0), stock.number(1),
                stock.number(2)), "reason", "admin_released"))
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("status", equalTo("queued"))
                .body("action", equalTo("release"))
                .body("total", equalTo(3)).body("done", equalTo(0)).body("failed", equalTo(0))
                .body("completed_at", nullValue())
                .extract().path("id");

        runUntilCompleted(jobId);

        given().get("/v1/jobs/" + jobId).then().statusCode(200)
                .body("status", equalTo("completed"))
                .body("done", equalTo(2)).body("failed", equalTo(1))
                .body("completed_at", notNullValue());
        given().get("/v1/jobs/" + jobId + "/results").then().statusCode(200)
                .body("data", hasSize(3))
                .body("data[0].e164", equalTo(stock.number(0)))
                .body("data[0].number_id", equalTo(a))
                .body("data[0].status", equalTo("succeeded"))
                .body("data[0].error_code", nullValue())
                .body("data[1].status", equalTo("succeeded"))
                .body("data[2].number_id", equalTo(free))
                .body("data[2].status", equalTo("failed"))
                .body("data[2].error_code", equalTo("numbers.not_assigned"));
        given().get("/v1/numbers/" + a).then().body("status", equalTo("quarantined"));
        given().get("/v1/numbers/" + b).then().body("status", equalTo("quarantined"));
        given().get("/v1/numbers/" + free).then().body("status", equalTo("available"));
        List<String> kinds = given().get("/v1/numbers/" + a + "/events").then().extract().path("data.kind");
        assertEquals(List.of("number.added", "number.provisioned", "number.released"), kinds);
        given().get("/v1/numbers/" + a + "/events").then()
                .body("data[2].data.release_reason", equalTo("admin_released"))
                // Applied as the key that created the job, as the single-number route would record it.
                .body("data[2].actor.type", equalTo("api_key"))
                .body("data[2].actor.id", equalTo(given().get("/v1/numbers/" + a + "/events").then().extract()
                        .<String>path("data[1].actor.id")));
        assertEquals(List.of("number.added"),
                given().get("/v1/numbers/" + free + "/events").then().extract().path("data.kind"));
        assertEquals(1, jobCompletedEvents(jobId));

        // Running again applies nothing twice.
        jobs.runPending(100);
        assertEquals(3, given().get("/v1/numbers/" + a + "/events").then().extract().<List<?>>path("data").size());
        assertEquals(1, jobCompletedEvents(jobId));
    }

    @Test
    void a_suspend_job_by_number_ids_pages_its_results_and_an_unknown_number_fails_as_not_found() {
        Fixtures.Stock stock = Fixtures.stock(2, "P30D");
        String a = Fixtures.numberId(stock.number(0));
        String b = Fixtures.numberId(stock.number(1));
        String unknown = UUID.randomUUID().toString();
        String workspace = UUID.randomUUID().toString();
        provision(a, workspace);
        provision(b, workspace);
        String jobId = create(Map.of("action", "suspend", "number_ids", List.of(a, b, unknown),
                "reason", "fraud check")).then().statusCode(201).extract().path("id");

        runUntilCompleted(jobId);

        given().get("/v1/numbers/" + a).then().body("suspended", equalTo(true));
        given().get("/v1/numbers/" + b).then().body("suspended", equalTo(true));
        String cursor = given().queryParam("limit", 2).get("/v1/jobs/" + jobId + "/results").then()
                .statusCode(200).body("data", hasSize(2)).body("data[0].number_id", equalTo(a))
                .extract().path("next_cursor");
        given().queryParam("cursor", cursor).get("/v1/jobs/" + jobId + "/results").then().statusCode(200)
                .body("data", hasSize(1))
                .body("data[0].number_id", equalTo(unknown))
                .body("data[0].status", equalTo("failed"))
                .body("data[0].error_code", equalTo("numbers.not_found"))
                .body("next_cursor", nullValue());
        given().queryParam("limit", 500).get("/v1/jobs").then().statusCode(200)
                .body("data.find { it.id == '" + jobId + "' }.failed", equalTo(1));
    }

    @Test
    void two_runners_at_once_share_a_job_and_apply_each_number_once() throws Exception {
        Fixtures.Stock stock = Fixtures.stock(12, "P30D");
        String workspace = UUID.randomUUID().toString();
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(Fixtures.numberId(stock.number(i)));
        }
        String jobId = create(Map.of("action", "reserve", "number_ids", ids, "workspace_id", workspace))
                .then().statusCode(201).extract().path("id");

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> runs = List.of(pool.submit(() -> jobs.runPending(100)),
                    pool.submit(() -> jobs.runPending(100)));
            for (java.util.concurrent.Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        runUntilCompleted(jobId);

        given().get("/v1/jobs/" + jobId).then().body("done", equalTo(12)).body("failed", equalTo(0));
        for (String id : ids) {
            given().get("/v1/numbers/" + id).then().body("status", equalTo("reserved"));
            assertEquals(List.of("number.added", "number.reserved"),
                    given().get("/v1/numbers/" + id + "/events").then().extract().path("data.kind"));
        }
        assertEquals(1, jobCompletedEvents(jobId));
    }

    @Test
    void a_csv_job_retires_the_numbers_of_its_e164_column() {
        Fixtures.Stock stock = Fixtures.stock(2, "P30D");
        String a = Fixtures.numberId(stock.number(0));
        String b = Fixtures.numberId(stock.number(1));
        String csv = "label,E164\r\nfirst,\"" + stock.number(0) + "\"\r\nsecond," + stock.number(1) + "\r\n";
        String jobId = given().contentType("text/csv").body(csv).queryParam("action", "retire")
                .queryParam("reason", "end of block").post("/v1/jobs").then().statusCode(201)
                .body("action", equalTo("retire")).body("total", equalTo(2)).body("reason", equalTo("end of block"))
                .extract().path("id");

        runUntilCompleted(jobId);

        given().get("/v1/jobs/" + jobId).then().body("done", equalTo(2)).body("failed", equalTo(0));
        given().get("/v1/numbers/" + a).then().body("status", equalTo("retired"));
        given().get("/v1/numbers/" + b).then().body("status", equalTo("retired"));
        given().get("/v1/numbers/" + a + "/events").then().body("data[1].kind", equalTo("number.retired"))
                .body("data[1].data.reason", equalTo("end of block"));

        given().contentType("text/csv").body("number\n" + stock.number(0) + "\n").queryParam("action", "retire")
                .post("/v1/jobs").then().statusCode(422).body("code", equalTo("jobs.invalid"));
        given().contentType("text/csv").body("e164\n").queryParam("action", "retire")
                .post("/v1/jobs").then().statusCode(422).body("code", equalTo("jobs.invalid"));
        given().contentType("text/csv").body("e164\n" + stock.number(0) + "\n")
                .post("/v1/jobs").then().statusCode(400).body("code", equalTo("validation.bad_request"));
    }

    @Test
    void an_import_job_adds_new_numbers_to_the_series_and_fails_one_already_there() {
        Fixtures.Stock stock = Fixtures.stock(1, "P30D");
        String fresh = Fixtures.e164(Fixtures.freshBlock() + 7);
        String jobId = create(Map.of("action", "import", "series_id", stock.seriesId(),
                "e164", List.of(stock.number(0), fresh))).then().statusCode(201)
                .body("series_id", equalTo(stock.seriesId())).extract().path("id");

        runUntilCompleted(jobId);

        given().get("/v1/jobs/" + jobId + "/results").then().statusCode(200)
                .body("data[0].status", equalTo("failed"))
                .body("data[0].error_code", equalTo("numbers.already_in_inventory"))
                .body("data[1].status", equalTo("succeeded"));
        given().queryParam("e164", fresh).get("/v1/numbers/lookup").then().statusCode(200)
                .body("status", equalTo("available")).body("series_id", equalTo(stock.seriesId()));
        create(Map.of("action", "import", "e164", List.of(fresh))).then().statusCode(422)
                .body("code", equalTo("jobs.invalid"));
    }

    @Test
    void refusals_have_stable_codes_and_store_nothing() {
        Fixtures.Stock stock = Fixtures.stock(1, "P30D");
        String id = Fixtures.numberId(stock.number(0));
        int before = given().queryParam("limit", 500).get("/v1/jobs").then().extract().<List<?>>path("data").size();

        create(Map.of("action", "release")).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("jobs.invalid"));
        create(Map.of("action", "release", "e164", List.of())).then().statusCode(422)
                .body("code", equalTo("jobs.invalid"));
        create(Map.of("action", "release", "e164", List.of(stock.number(0)), "number_ids", List.of(id)))
                .then().statusCode(422).body("code", equalTo("jobs.invalid"));
        create(Map.of("action", "explode", "number_ids", List.of(id))).then().statusCode(422)
                .body("code", equalTo("jobs.invalid"));
        create(Map.of("action", "reserve", "number_ids", List.of(id))).then().statusCode(422)
                .body("code", equalTo("jobs.invalid"));
        create(Map.of("action", "release", "number_ids", List.of(id), "reason", "transferred")).then()
                .statusCode(422).body("code", equalTo("jobs.invalid"));
        List<String> many = java.util.stream.IntStream.range(0, 1001).mapToObj(i -> id).toList();
        create(Map.of("action", "retire", "number_ids", many)).then().statusCode(422)
                .body("code", equalTo("jobs.invalid"));
        create(Map.of("action", "retire", "e164", List.of("not a number"))).then().statusCode(400)
                .body("code", equalTo("validation.bad_request"));
        create(Map.of("action", "retire", "number_ids", List.of("nope"))).then().statusCode(400)
                .body("code", equalTo("validation.bad_request"));
        given().get("/v1/jobs/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("jobs.not_found"));
        given().get("/v1/jobs/" + UUID.randomUUID() + "/results").then().statusCode(404)
                .body("code", equalTo("jobs.not_found"));
        given().get("/v1/jobs/not-an-id").then().statusCode(404).body("code", equalTo("jobs.not_found"));

        assertEquals(before, given().queryParam("limit", 500).get("/v1/jobs").then().extract()
                .<List<?>>path("data").size());
        given().get("/v1/numbers/" + id).then().body("status", equalTo("available"));
    }

    @Test
    void the_same_idempotency_key_answers_the_same_job_and_stores_one() {
        Fixtures.Stock stock = Fixtures.stock(1, "P30D");
        String key = "job-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("action", "retire", "e164", List.of(stock.number(0)));
        String first = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/v1/jobs").then().statusCode(201).extract().path("id");
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).post("/v1/jobs").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().queryParam("limit", 500).get("/v1/jobs").then()
                .body("data.findAll { it.id == '" + first + "' }", hasSize(1));
    }

    @Test
    void only_inventory_admins_use_jobs() {
        String reader = Keys.make(List.of("numbers:read", "numbers:write")).key();
        withKey(reader).get("/v1/jobs").then().statusCode(403);
        withKey(reader).contentType(ContentType.JSON)
                .body(Map.of("action", "retire", "number_ids", List.of(UUID.randomUUID().toString())))
                .post("/v1/jobs").then().statusCode(403);
    }
}
