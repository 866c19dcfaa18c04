package com.numberinventory.bootstrap.api;

import com.numberinventory.bootstrap.support.Fixtures;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SQL a hot-path request costs, counted by PostgreSQL itself ({@code pg_stat_statements}, top-level
 * statements, BEGIN and COMMIT included) while only the requests under test run: the plain reads are one
 * statement each and open no transaction; a provision-any is at most seven, its pick and lock in one.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class StatementsPerRequestTest {

    private static final int RUNS = 10;

    @Inject
    DataSource dataSource;

    private Fixtures.Stock stock;

    @BeforeEach
    void stock() throws SQLException {
        execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        stock = Fixtures.stock(RUNS + 5, "P30D");
        // Warm up: the API key is cached, the series is known, every statement has been prepared once.
        given().queryParam("e164", stock.number(0)).get("/v1/numbers/lookup").then().statusCode(200);
    }

    @Test
    void lookup_by_e164_is_one_statement() throws SQLException {
        String e164 = stock.number(1);
        double perRequest = perRequest(() -> given().queryParam("e164", e164).get("/v1/numbers/lookup")
                .then().statusCode(200));
        assertAtMost(1, perRequest);
    }

    @Test
    void get_by_id_is_one_statement() throws SQLException {
        String id = Fixtures.numberId(stock.number(2));
        double perRequest = perRequest(() -> given().get("/v1/numbers/" + id).then().statusCode(200));
        assertAtMost(1, perRequest);
    }

    @Test
    void search_is_one_statement() throws SQLException {
        double perRequest = perRequest(() -> given().queryParam("series_id", stock.seriesId())
                .queryParam("status", "available").queryParam("limit", 5).get("/v1/numbers").then().statusCode(200));
        assertAtMost(1, perRequest);
    }

    @Test
    void provision_any_is_at_most_seven_statements_with_begin_and_commit() throws SQLException {
        double perRequest = perRequest(() -> given().contentType(ContentType.JSON)
                .body(Map.of("workspace_id", UUID.randomUUID().toString(), "series_id", stock.seriesId()))
                .post("/v1/numbers/provision").then().statusCode(200));
        assertAtMost(7, perRequest);
    }

    private String lastReport = "";

    private void assertAtMost(int limit, double perRequest) {
        System.out.println(perRequest + " statements per request:\n" + lastReport);
        // At least one: a count of zero would mean the counting itself does not see the service's statements.
        assertTrue(perRequest >= 1, "no statement counted:\n" + lastReport);
        assertTrue(perRequest <= limit, perRequest + " statements per request, at most " + limit + " expected:\n"
                + lastReport);
    }

    /** Runs the request {@link #RUNS} times and answers the top-level statements per run. */
    private double perRequest(Runnable request) throws SQLException {
        execute("SELECT pg_stat_statements_reset()");
        for (int i = 0; i < RUNS; i++) {
            request.run();
        }
        // Left out: this test's own queries, the API-key listener's LISTEN and heartbeat (not a request's work).
        String mine = " FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%' "
                + "AND query <> 'SELECT $1' AND query NOT LIKE 'LISTEN%'";
        StringBuilder report = new StringBuilder();
        long calls = 0;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT calls, query" + mine + " ORDER BY calls DESC")) {
            while (rs.next()) {
                String query = rs.getString(2).replaceAll("\\s+", " ").trim();
                long n = rs.getLong(1);
                // pg_stat_statements misses some of the COMMITs pgjdbc sends over the extended protocol, so each
                // transaction's end is counted from its BEGIN: one COMMIT (or ROLLBACK) per BEGIN.
                if (query.equalsIgnoreCase("COMMIT") || query.equalsIgnoreCase("ROLLBACK")) {
                    continue;
                }
                calls += query.equalsIgnoreCase("BEGIN") ? 2 * n : n;
                report.append("  ").append(n).append(" x ").append(query).append('\n');
            }
        }
        lastReport = report.toString() + "  (plus one COMMIT or ROLLBACK per BEGIN)\n";
        return (double) calls / RUNS;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
