package com.numberinventory.bootstrap.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.Keyword;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi31;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The OpenAPI document a running test app serves at {@code /q/openapi}, with JSON Schema validators (draft
 * 2020-12 with the OpenAPI 3.1 dialect, formats asserted) for the schemas it declares.
 */
final class ServedDocument {

    private static final String IRI = "https://contract.test/openapi.json";
    private static final List<String> DOCUMENT_MEMBERS = List.of("openapi", "info", "jsonSchemaDialect", "servers",
            "paths", "webhooks", "components", "security", "tags", "externalDocs");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Optional<ServedDocument>> BY_ORIGIN = new ConcurrentHashMap<>();

    final JsonNode root;
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private ServedDocument(String text) throws IOException {
        this.root = JSON.readTree(text);
        // The document's own top-level members are not schema keywords; known here so they are not warned about.
        JsonMetaSchema dialect = JsonMetaSchema.builder(OpenApi31.getInstance())
                .keywords(DOCUMENT_MEMBERS.stream().<Keyword>map(NonValidationKeyword::new).toList()).build();
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b
                .metaSchema(dialect)
                .defaultMetaSchemaIri(dialect.getIri())
                .schemaLoaders(l -> l.schemas(Map.of(IRI, text))));
    }

    /** The document of the app at this origin ({@code http://localhost:port}), or empty when none is served. */
    static Optional<ServedDocument> at(String origin) {
        return BY_ORIGIN.computeIfAbsent(origin, ServedDocument::fetch);
    }

    private static Optional<ServedDocument> fetch(String origin) {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(origin + "/q/openapi?format=json"))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 ? Optional.of(new ServedDocument(answer.body())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The path template matching a request path; literal segments win over parameters ({@code /lookup}). */
    Optional<String> template(String path) {
        Iterator<String> names = root.path("paths").fieldNames();
        String best = null;
        while (names.hasNext()) {
            String template = names.next();
            if (regex(template).matcher(path).matches()
                    && (best == null || params(template) < params(best))) {
                best = template;
            }
        }
        return Optional.ofNullable(best);
    }

    private static long params(String template) {
        return template.chars().filter(c -> c == '{').count();
    }

    private static Pattern regex(String template) {
        StringBuilder b = new StringBuilder("^");
        for (String part : template.split("(?=\\{)|(?<=})")) {
            b.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(b.append("/?$").toString());
    }

    /** The validator of the schema at this JSON pointer into the document. */
    JsonSchema schemaAt(String pointer) {
        return schemas.computeIfAbsent(pointer, p -> factory.getSchema(SchemaLocation.of(IRI + "#" + p), config));
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

}
