package com.numberinventory.bootstrap.api;

import com.numberinventory.bootstrap.support.Fixtures;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Imports large enough to be streamed to the database by COPY: the same answer, rows and events as a small import.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class LargeImportApiTest {

    @Inject
    DataSource dataSource;

    @Test
    void a_large_import_skips_exactly_the_numbers_already_held_and_writes_events_only_for_the_added() throws Exception {
        String series = Fixtures.activeSeries(Fixtures.provider("sautikit"), "P30D");
        long first = Fixtures.freshBlock();
        importRange(series, first + 500, first + 599).then().statusCode(201).body("added", equalTo(100));
        List<String> held = new ArrayList<>();
        for (long n = first + 500; n <= first + 599; n++) {
            held.add(Fixtures.e164(n));
        }
        importRange(series, first, first + 1999).then().statusCode(201)
                .body("added", equalTo(1900)).body("skipped", hasSize(100))
                .body("skipped.reason", everyItem(equalTo("already_in_inventory")))
                .body("skipped.e164", equalTo(held));
        given().get("/v1/series/" + series).then().body("counts.available", equalTo(2000));
        // Every number of the series has exactly one number.added event; no other number.added names them.
        assertEquals(0, count("SELECT count(*) FROM numbers n WHERE n.series_id = ? AND (SELECT count(*) "
                + "FROM domain_events e WHERE e.number_id = n.id AND e.kind = 'number.added') <> 1",
                UUID.fromString(series)));
        assertEquals(2000, count("SELECT count(*) FROM domain_events e JOIN numbers n ON n.id = e.number_id "
                + "WHERE n.series_id = ? AND e.kind = 'number.added'", UUID.fromString(series)));
    }

    @Test
    void an_event_written_by_copy_has_the_columns_and_envelope_of_one_written_by_a_small_import() throws Exception {
        String series = Fixtures.activeSeries(Fixtures.provider("sautikit"), "P30D");
        long first = Fixtures.freshBlock();
        importRange(series, first, first).then().statusCode(201).body("added", equalTo(1));
        importRange(series, first + 1, first + 1500).then().statusCode(201).body("added", equalTo(1500));
        String small = eventShape(first);
        String copied = eventShape(first + 1500);
        assertEquals(small, copied);
    }

    @Test
    void concurrent_imports_of_overlapping_ranges_add_each_number_once() throws Exception {
        String provider = Fixtures.provider("sautikit");
        String a = Fixtures.activeSeries(provider, "P30D");
        String b = Fixtures.activeSeries(provider, "P30D");
        long first = Fixtures.freshBlock();
        record Call(String series, long from, long to) {
        }
        List<Call> calls = List.of(new Call(a, first, first + 2999), new Call(b, first + 1500, first + 4499),
                new Call(a, first + 3000, first + 5999), new Call(b, first, first + 5999));
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        List<Response> responses = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (Call call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return importRange(call.series(), call.from(), call.to());
                }));
            }
            start.countDown();
            for (Future<Response> f : futures) {
                responses.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        int added = 0;
        for (int i = 0; i < calls.size(); i++) {
            Response r = responses.get(i);
            assertEquals(201, r.statusCode(), r.asString());
            int skipped = r.path("skipped.size()");
            List<String> reasons = r.path("skipped.reason");
            reasons.forEach(reason -> assertEquals("already_in_inventory", reason));
            int answerAdded = r.path("added");
            assertEquals(calls.get(i).to() - calls.get(i).from() + 1, answerAdded + skipped);
            added += answerAdded;
        }
        assertEquals(6000, added);
        String inBlock = " n.e164 BETWEEN ? AND ? AND n.series_id IN (?, ?)";
        Object[] block = {Fixtures.e164(first), Fixtures.e164(first + 5999), UUID.fromString(a), UUID.fromString(b)};
        assertEquals(6000, count("SELECT count(DISTINCT n.e164) FROM numbers n WHERE" + inBlock, block));
        assertEquals(6000, count("SELECT count(*) FROM numbers n WHERE" + inBlock, block));
        assertEquals(6000, count("SELECT count(*) FROM domain_events e JOIN numbers n ON n.id = e.number_id "
                + "WHERE e.kind = 'number.added' AND" + inBlock, block));
    }

    private static Response importRange(String series, long first, long last) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("range", Map.of("first", Fixtures.e164(first), "last", Fixtures.e164(last))))
                .post("/v1/series/" + series + "/numbers");
    }

    private long count(String sql, Object... params) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A number's number.added row with its own values (ids, number, times) replaced by placeholders. */
    private String eventShape(long digits) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT e.id::text, e.kind, e.number_id::text, e.series_id::text, e.workspace_id::text, e.sequence, "
                        + "to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
                        + "e.occurred_at = date_trunc('milliseconds', e.occurred_at), e.envelope::text, "
                        + "e.actor_type, e.actor_id, "
                        + "(SELECT count(*) FROM webhook_deliveries d WHERE d.event_id = e.id) "
                        + "FROM domain_events e JOIN numbers n ON n.id = e.number_id "
                        + "WHERE n.e164 = ? AND e.kind = 'number.added'")) {
            ps.setString(1, Fixtures.e164(digits));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                String envelope = rs.getString(9).replace(rs.getString(1), "EVENT").replace(rs.getString(3), "NUMBER")
                        .replace(Fixtures.e164(digits), "E164").replace(rs.getString(7), "TIME");
                return String.join("|", rs.getString(2), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(8), envelope, rs.getString(10), rs.getString(11), rs.getString(12));
            }
        }
    }
}
