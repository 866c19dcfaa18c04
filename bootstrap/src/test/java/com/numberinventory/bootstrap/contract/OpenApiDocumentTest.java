package com.numberinventory.bootstrap.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import com.numberinventory.domain.webhook.EventCatalogue;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rules every operation of the served document keeps, so a new route cannot forget them: a unique camelCase
 * operationId and a tag; every 4xx/5xx answer (and the default) is a Problem; every 2xx with a body names its
 * schema; the event envelope covers every kind of the catalogue.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OpenApiDocumentTest {

    @TestHTTPResource("/q/openapi?format=json")
    URI document;

    private JsonNode served() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(document).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode());
            return new ObjectMapper().readTree(answer.body());
        }
    }

    @Test
    void every_operation_is_named_tagged_and_answers_errors_as_problems() throws Exception {
        JsonNode doc = served();
        assertTrue(doc.path("openapi").asText().startsWith("3.1"), "OpenAPI 3.1");
        assertTrue(doc.path("servers").size() > 0, "servers");
        List<String> faults = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode op = method.getValue();
                String where = method.getKey().toUpperCase() + " " + path.getKey();
                operations++;
                String id = op.path("operationId").asText("");
                if (!id.matches("[a-z][a-zA-Z0-9]+") || !ids.add(id)) {
                    faults.add(where + ": operationId '" + id + "' missing, not camelCase or not unique");
                }
                if (op.path("tags").isEmpty()) {
                    faults.add(where + ": no tag");
                }
                if (!op.path("responses").has("default")) {
                    faults.add(where + ": no default answer");
                }
                for (Map.Entry<String, JsonNode> answer : op.path("responses").properties()) {
                    String status = answer.getKey();
                    JsonNode content = answer.getValue().path("content");
                    if (status.startsWith("4") || status.startsWith("5") || status.equals("default")) {
                        if (!content.path("application/problem+json").path("schema").path("$ref").asText()
                                .equals("#/components/schemas/Problem")) {
                            faults.add(where + " " + status + ": not a Problem");
                        }
                    } else if (status.startsWith("2") && !status.equals("204")) {
                        JsonNode schema = content.path("application/json").path("schema");
                        if (!schema.has("$ref")) {
                            faults.add(where + " " + status + ": body without a named schema");
                        }
                    }
                }
            }
        }
        assertTrue(operations > 40, "the document lists the API");
        assertEquals(List.of(), faults);
    }

    @Test
    void the_event_envelope_covers_the_catalogue_and_the_key_is_explained() throws Exception {
        JsonNode schemas = served().path("components").path("schemas");
        JsonNode mapping = schemas.path("DomainEvent").path("discriminator").path("mapping");
        assertEquals("kind", schemas.path("DomainEvent").path("discriminator").path("propertyName").asText());
        for (EventCatalogue.EventType type : EventCatalogue.types()) {
            String ref = mapping.path(type.kind()).asText();
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            assertTrue(schemas.has(name) && schemas.has(name + "Data"), "schemas for " + type.kind());
        }
        assertEquals(List.of("string", "null"), new ObjectMapper().convertValue(
                schemas.path("Number").path("properties").path("workspace_id").path("type"), List.class));
        String key = served().path("components").path("securitySchemes").path("api_key").path("description").asText();
        assertTrue(key.contains("nik_") && key.contains(".data/demo-admin-key"), key);
    }
}
