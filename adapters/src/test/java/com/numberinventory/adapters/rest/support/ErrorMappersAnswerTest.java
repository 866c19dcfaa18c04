package com.numberinventory.adapters.rest.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.numberinventory.adapters.ProblemDetails;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ErrorMappersAnswerTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void an_unexpected_failure_is_a_500_problem_that_shows_no_class_sql_or_trace() throws Exception {
        Response r = new ErrorMappers().unexpected(new IllegalStateException("boom in SELECT secret FROM api_keys",
                new SQLException("duplicate key value violates unique constraint", "23505")), null);
        assertEquals(500, r.getStatus());
        assertEquals(ProblemDetails.MEDIA_TYPE, r.getMediaType().toString());
        String body = (String) r.getEntity();
        JsonNode json = mapper.readTree(body);
        assertEquals("internal_error", json.get("code").asText());
        for (String leak : List.of("IllegalState", "SQLException", "SELECT", "constraint", "at com.")) {
            assertFalse(body.contains(leak), leak);
        }
    }

    @Test
    void a_lost_database_is_503_with_retry_after() {
        Response r = new ErrorMappers().unexpected(new RuntimeException(new SQLException("gone", "08006")), null);
        assertEquals(503, r.getStatus());
        assertEquals("5", r.getHeaderString("Retry-After"));
    }

    @Test
    void the_problem_writer_escapes_what_callers_send() throws Exception {
        String text = ProblemDetails.json(404, "numbers.not_found", "no number \"x\"\u0000\n\\", "r-1");
        JsonNode json = mapper.readTree(text);
        assertEquals("no number \"x\"\u0000\n\\", json.get("detail").asText());
        assertEquals("Not Found", json.get("title").asText());
        assertEquals("r-1", json.get("request_id").asText());
        assertEquals(404, json.get("status").asInt());
    }
}
