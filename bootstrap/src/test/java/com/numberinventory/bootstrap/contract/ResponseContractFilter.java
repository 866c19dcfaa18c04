package com.numberinventory.bootstrap.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Holds every answer a test receives to the OpenAPI document the app serves: the status must be one the operation
 * declares (or its {@code default}), the content type one it declares for that status, and the body must
 * validate against the declared schema. A mismatch fails the test that made the request. Requests to paths or
 * methods the document does not have (the tests of unknown routes) are not checked.
 */
public final class ResponseContractFilter implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        if (!uri.getPath().startsWith("/v1/") && !uri.getPath().startsWith("/webhooks/")) {
            return response;
        }
        Optional<ServedDocument> served = ServedDocument.at(uri.getScheme() + "://" + uri.getAuthority());
        if (served.isEmpty()) {
            return response;
        }
        String violation = violation(served.get(), request.getMethod(), uri.getRawPath(), response);
        if (violation != null) {
            throw new AssertionError("Answer does not match the served OpenAPI document: " + request.getMethod()
                    + " " + uri.getRawPath() + " -> " + response.statusCode() + ": " + violation
                    + "\nbody: " + abbreviate(response.asString()));
        }
        return response;
    }

    static String violation(ServedDocument doc, String method, String path, Response response) {
        Optional<String> template = doc.template(path);
        if (template.isEmpty()) {
            return null;
        }
        String verb = method.toLowerCase(Locale.ROOT);
        JsonNode operation = doc.root.path("paths").path(template.get()).path(verb);
        if (operation.isMissingNode()) {
            return null;
        }
        String status = Integer.toString(response.statusCode());
        JsonNode responses = operation.path("responses");
        String declared = responses.has(status) ? status : responses.has("default") ? "default" : null;
        if (declared == null) {
            return "status " + status + " is not declared by " + operation.path("operationId").asText();
        }
        JsonNode content = responses.path(declared).path("content");
        String body = response.asString();
        if (content.isMissingNode() || content.isEmpty()) {
            return body == null || body.isEmpty() ? null : "a body where the document declares none";
        }
        String contentType = Optional.ofNullable(response.contentType()).orElse("")
                .split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!content.has(contentType)) {
            return "content type '" + contentType + "' is not declared (" + content.properties().stream()
                    .map(java.util.Map.Entry::getKey).collect(Collectors.joining(", ")) + ")";
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            return "the body is not JSON";
        }
        String pointer = "/paths/" + ServedDocument.escape(template.get()) + "/" + verb + "/responses/"
                + ServedDocument.escape(declared) + "/content/" + ServedDocument.escape(contentType) + "/schema";
        Set<ValidationMessage> errors = doc.schemaAt(pointer).validate(json);
        return errors.isEmpty() ? null : errors.stream().map(ValidationMessage::getMessage)
                .sorted().collect(Collectors.joining("; "));
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 1500 ? body.substring(0, 1500) + "..." : body;
    }
}
