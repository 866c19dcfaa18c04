package com.numberinventory.bootstrap.api;

import com.numberinventory.bootstrap.support.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The provision-any pick keeps its index when its statement is reused: the service's connections plan every run
 * for its own bind values, so PostgreSQL's generic plan (which walks the primary key through the numbers of every
 * older series) cannot take over after the fifth run. Measured on the real pick in {@code scripts/bench}; shown
 * here on a temporary table of the same shape and skew, on one of the service's own pooled connections.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PickPlanTest {

    @Inject
    DataSource dataSource;

    @Test
    void the_pick_stays_on_its_index_after_many_runs_of_the_same_prepared_statement() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SHOW plan_cache_mode")) {
                assertTrue(rs.next());
                assertEquals("force_custom_plan", rs.getString(1));
            }
            s.execute("CREATE TEMP TABLE pick_shape (id bigint PRIMARY KEY, series int NOT NULL, status text NOT NULL)");
            try {
                // An old, large series (low ids) and a new, small one (high ids): the skew of a real inventory.
                s.execute("INSERT INTO pick_shape SELECT g, CASE WHEN g <= 100000 THEN 1 ELSE 2 END, 'available' "
                        + "FROM generate_series(1, 101000) g");
                s.execute("CREATE INDEX pick_shape_available ON pick_shape (series, id) WHERE status = 'available'");
                s.execute("ANALYZE pick_shape");
                s.execute("PREPARE pick(int) AS SELECT id FROM pick_shape WHERE series = $1 AND status = 'available' "
                        + "ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED");
                String plan = "";
                for (int run = 1; run <= 8; run++) {
                    StringBuilder text = new StringBuilder();
                    try (ResultSet rs = s.executeQuery("EXPLAIN EXECUTE pick(2)")) {
                        while (rs.next()) {
                            text.append(rs.getString(1)).append('\n');
                        }
                    }
                    plan = text.toString();
                }
                assertTrue(plan.contains("pick_shape_available"), "the eighth run left the index:\n" + plan);
            } finally {
                s.execute("DEALLOCATE ALL");
                s.execute("DROP TABLE pick_shape");
            }
        }
    }
}
