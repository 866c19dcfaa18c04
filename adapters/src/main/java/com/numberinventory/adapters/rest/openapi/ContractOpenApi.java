package com.numberinventory.adapters.rest.openapi;

import com.numberinventory.adapters.rest.security.BearerSecurityOpenApi;
import com.numberinventory.application.shared.PageRequest;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the served document one that generated clients and validators take as it is. The annotations say what
 * each operation and field is; this filter adds what holds for all of them alike, so a new route cannot forget
 * it: every error answer is a {@code Problem}, response bodies mark their properties required (Jackson writes
 * every one, nulls included), ids and times carry {@code format}, numbers their E.164 pattern, and
 * {@code limit} is an integer. It also declares the domain event envelope (see {@link DomainEventSchemas}).
 */
public class ContractOpenApi implements OASFilter {

    public static final String PROBLEM = "Problem";
    static final String REF = "#/components/schemas/";
    static final String E164_PATTERN = "^\\+[1-9][0-9]{6,14}$";

    private static final Pattern UUID = Pattern.compile(
            "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
    private static final Pattern TIMESTAMP = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$");
    private static final Pattern CODE = Pattern.compile("\\b([a-z0-9_]+\\.[a-z0-9_]+)\\b");

    /** Response properties Jackson leaves out when they are null (shown once, or on detail views only). */
    private static final Map<String, Set<String>> OMITTED_WHEN_NULL = Map.of(
            "ApiKey", Set.of("key"),
            "Series", Set.of("counts"),
            "Webhook", Set.of("secret"),
            "ProviderEvent", Set.of("provider_event_id", "event_type", "reason", "processed_at", "path", "headers",
                    "raw_body"));

    static final List<String> CAPABILITIES = java.util.Arrays.stream(
            com.numberinventory.domain.number.Capability.values())
            .map(com.numberinventory.domain.number.Capability::wireName).toList();

    /** Ids that are the provider's, not ours: free text, no uuid format. */
    private static final Set<String> FOREIGN_IDS = Set.of("campaign_id", "brand_id", "number_pool_sub_id", "request_id",
            "provider_event_id", "upstream_id", "upstream_order_id");

    /** Response schemas whose e164 may be anything the caller sent (an import's skipped entries). */
    private static final Set<String> UNCHECKED_E164 = Set.of("SkippedNumber", "ProviderEventResult");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        new BearerSecurityOpenApi().filterOpenAPI(openAPI);
        org.eclipse.microprofile.openapi.models.Components components = openAPI.getComponents();
        problemSchemas().forEach(components::addSchema);
        DomainEventSchemas.all().forEach(components::addSchema);
        components.addSchema("ProviderDeliveryReceipt", receipt());
        retypeEvents(components);
        actors(components);
        Map<String, Schema> schemas = components.getSchemas();

        openAPI.setServers(List.of(OASFactory.createServer().url("http://localhost:8080")
                .description("make run: the service with its demo data")));

        Set<String> inResponses = new LinkedHashSet<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
            parameters(path, op);
            if (op.getRequestBody() != null) {
                op.getRequestBody().setRequired(true);
            }
            responses(path, method, op);
            op.getResponses().getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("2") && response.getContent() != null) {
                    response.getContent().getMediaTypes().values()
                            .forEach(m -> collectRefs(m.getSchema(), schemas, inResponses));
                }
            });
        }));
        schemas.forEach((name, schema) -> properties(name, schema, inResponses.contains(name)));
        nullableEnums(components);
    }

    private static void parameters(String path, Operation op) {
        if (op.getParameters() == null) {
            return;
        }
        for (Parameter p : op.getParameters()) {
            Schema s = p.getSchema();
            if (s == null) {
                continue;
            }
            if (p.getName().equals("limit")) {
                s.setType(List.of(SchemaType.INTEGER));
                s.setMinimum(java.math.BigDecimal.ONE);
                s.setMaximum(java.math.BigDecimal.valueOf(PageRequest.MAX_LIMIT));
                s.setDefaultValue(PageRequest.DEFAULT_LIMIT);
                p.setDescription("Page size, 1 to " + PageRequest.MAX_LIMIT + "; default " + PageRequest.DEFAULT_LIMIT);
            }
            if (p.getName().equals("cursor")) {
                p.setDescription("The next_cursor of the previous page");
            }
            boolean ourId = p.getName().equals("id") ? !path.startsWith("/v1/campaigns")
                    : p.getName().endsWith("_id") && !FOREIGN_IDS.contains(p.getName());
            if (ourId && isType(s, SchemaType.STRING)) {
                s.setFormat("uuid");
            }
            // @Parameter examples are text; give them the parameter's own type.
            Object example = p.getExample();
            if (example instanceof String text) {
                if (isType(s, SchemaType.INTEGER)) {
                    p.setExample(Integer.valueOf(text));
                } else if (isType(s, SchemaType.ARRAY)) {
                    p.setExample(List.of(text));
                }
            }
            if (p.getName().equals("capability") && s.getItems() != null) {
                s.getItems().setEnumeration(List.copyOf(CAPABILITIES));
            }
        }
    }

    private static void responses(String path, PathItem.HttpMethod method, Operation op) {
        APIResponses responses = op.getResponses();
        boolean hasBody = op.getRequestBody() != null;
        boolean hasInput = hasBody || (op.getParameters() != null && !op.getParameters().isEmpty());
        APIResponse badRequest = responses.getAPIResponse("400");
        if (hasInput && badRequest == null) {
            responses.addAPIResponse("400", OASFactory.createAPIResponse().description("validation.bad_request"));
        } else if (badRequest != null && !CODE.matcher(String.valueOf(badRequest.getDescription())).find()) {
            // The 400 Quarkus adds on its own says only "Bad Request".
            badRequest.setDescription("validation.bad_request");
        }
        if (hasBody && path.startsWith("/v1/")) {
            responses.addAPIResponse("413", OASFactory.createAPIResponse().description("payload_too_large"));
            responses.addAPIResponse("415", OASFactory.createAPIResponse().description("unsupported_media_type"));
        }
        if (!responses.hasAPIResponse("429")) {
            responses.addAPIResponse("429", rateLimited(path));
        }
        if (!responses.hasAPIResponse("503")) {
            responses.addAPIResponse("503", OASFactory.createAPIResponse()
                    .description("service_unavailable: the database cannot be reached; retry later"));
        }
        responses.setDefaultValue(OASFactory.createAPIResponse()
                .description("Any other refusal: method_not_allowed (405), not_acceptable (406), internal_error (500)"));
        for (Map.Entry<String, APIResponse> e : responses.getAPIResponses().entrySet()) {
            String status = e.getKey();
            if (status.startsWith("4") || status.startsWith("5")) {
                e.getValue().setContent(problemContent(Integer.parseInt(status), e.getValue().getDescription()));
            }
        }
        responses.getDefaultValue().setContent(problemContent(500, "internal_error"));
        APIResponse ok = responses.getAPIResponse("200");
        if (path.startsWith("/webhooks/") && ok != null) {
            ok.setContent(OASFactory.createContent().addMediaType("application/json",
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF + "ProviderDeliveryReceipt"))));
        }
    }

    /** 429: the fair-use answer every limited route may give, with its headers. */
    private static APIResponse rateLimited(String path) {
        boolean webhook = path.startsWith("/webhooks/");
        APIResponse r = OASFactory.createAPIResponse().description("rate_limited: too many requests "
                + (webhook ? "from this provider" : "for this API key and route class") + "; retry after Retry-After seconds");
        r.addHeader("Retry-After", OASFactory.createHeader()
                .description("Seconds until the request may be retried")
                .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).minimum(java.math.BigDecimal.ONE)));
        r.addHeader("RateLimit-Policy", OASFactory.createHeader()
                .description("The quota policy (draft-ietf-httpapi-ratelimit-headers), e.g. \"numbers_read\";q=2000;w=1")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
        r.addHeader("RateLimit", OASFactory.createHeader()
                .description("What is left of the quota, e.g. \"numbers_read\";r=0;t=1")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
        return r;
    }

    /** The Problem media type, with an example built from the first code the answer's description names. */
    private static Content problemContent(int status, String description) {
        Matcher m = CODE.matcher(description == null ? "" : description);
        String code = m.find() ? m.group(1) : switch (status) {
            case 400 -> "validation.bad_request";
            case 404 -> "not_found";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            case 429 -> "rate_limited";
            case 502, 504 -> "provider.unavailable";
            case 503 -> "service_unavailable";
            default -> "internal_error";
        };
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "https://numbers.example/problems/" + code);
        example.put("title", title(status));
        example.put("status", status);
        example.put("detail", code.replace('.', ' ').replace('_', ' '));
        example.put("code", code);
        example.put("request_id", "3f0c2a7e-5b1d-4c8e-9f2a-6d7e8f9a0b1c");
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF + PROBLEM));
        media.setExample(example);
        return OASFactory.createContent().addMediaType("application/problem+json", media);
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 429 -> "Too Many Requests";
            case 422 -> "Unprocessable Content";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Internal Server Error";
        };
    }

    private static Map<String, Schema> problemSchemas() {
        Map<String, Schema> out = new LinkedHashMap<>();
        out.put("ProblemFieldError", OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("One refused field")
                .addProperty("field", string("The field, in the request's own names", "limit"))
                .addProperty("message", string("What is wrong with it", "must be between 1 and 500"))
                .addRequired("field").addRequired("message"));
        Schema problem = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem: every 4xx and 5xx answer; branch on code, never on detail")
                .addProperty("type", string("https://numbers.example/problems/{code}",
                        "https://numbers.example/problems/numbers.already_claimed").format("uri"))
                .addProperty("title", string("The HTTP status' reason phrase", "Conflict"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).examples(List.of(409)))
                .addProperty("detail", string("For people; wording may change", "number is claimed by another workspace"))
                .addProperty("code", string("Stable machine-readable code, e.g. numbers.already_claimed",
                        "numbers.already_claimed"))
                .addProperty("request_id", string("The X-Request-Id of the request; quote it to support",
                        "3f0c2a7e-5b1d-4c8e-9f2a-6d7e8f9a0b1c"))
                .addProperty("provider_code", string("On provider.rejected: the upstream provider's own error code",
                        "wallet.insufficient_funds"))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("The refused fields, on validation errors")
                        .items(OASFactory.createSchema().ref(REF + "ProblemFieldError")));
        List.of("type", "title", "status", "detail", "code", "request_id").forEach(problem::addRequired);
        out.put(PROBLEM, problem);
        return out;
    }

    private static Schema receipt() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("What became of a provider delivery")
                .addProperty("provider_event_id", string("The delivery in GET /v1/provider-events/{id}",
                        "01900000-0000-7000-8000-0000000000e1").format("uuid"))
                .addProperty("status", string(null, "applied")
                        .enumeration(List.of("received", "applied", "ignored", "failed")))
                .addProperty("duplicate", OASFactory.createSchema().addType(SchemaType.BOOLEAN).examples(List.of(false)))
                .addProperty("reason", string(null, "unknown number").addType(SchemaType.NULL))
                .addRequired("provider_event_id").addRequired("status").addRequired("duplicate").addRequired("reason");
    }

    /**
     * A rental's opened_by / closed_by and a provider event's actor are an {@code EventActor}, a rental's or null
     * (always written); a provider event's is left out when null.
     */
    private static void actors(org.eclipse.microprofile.openapi.models.Components components) {
        Map<String, Schema> schemas = components.getSchemas();
        Schema rental = schemas.get("Rental");
        if (rental != null && rental.getProperties() != null) {
            for (String property : List.of("opened_by", "closed_by")) {
                Schema s = rental.getProperties().get(property);
                if (s == null) {
                    continue;
                }
                Schema replacement = OASFactory.createSchema()
                        .addAnyOf(OASFactory.createSchema().ref(REF + DomainEventSchemas.EVENT_ACTOR))
                        .addAnyOf(OASFactory.createSchema().addType(SchemaType.NULL));
                replacement.setDescription(s.getDescription());
                rental.addProperty(property, replacement);
            }
        }
        Schema event = schemas.get("ProviderEvent");
        if (event != null && event.getProperties() != null && event.getProperties().containsKey("actor")) {
            event.addProperty("actor", OASFactory.createSchema().ref(REF + DomainEventSchemas.EVENT_ACTOR)
                    .description(event.getProperties().get("actor").getDescription()));
        }
    }

    /** Number events are typed envelopes; the catalogue's samples stay free-form objects. */
    private static void retypeEvents(org.eclipse.microprofile.openapi.models.Components components) {
        Map<String, Schema> schemas = components.getSchemas();
        Schema list = schemas.get("EventList");
        if (list != null) {
            list.addProperty("data", OASFactory.createSchema().addType(SchemaType.ARRAY)
                    .items(OASFactory.createSchema().ref(REF + DomainEventSchemas.DOMAIN_EVENT))
                    .description("The events, oldest first"));
        }
        Schema type = schemas.get("EventType");
        if (type != null && type.getProperties().containsKey("sample_payload")) {
            type.addProperty("sample_payload", OASFactory.createSchema().addType(SchemaType.OBJECT)
                    .description("A sample delivery body (the event envelope)"));
        }
        components.removeSchema("JsonNode");
        components.removeSchema("JsonNodeType");
    }

    private static void properties(String name, Schema schema, boolean response) {
        if (schema.getProperties() == null) {
            return;
        }
        Set<String> omitted = OMITTED_WHEN_NULL.getOrDefault(name, Set.of());
        schema.getProperties().forEach((property, s) -> {
            formats(name, property, s, response);

            boolean eventActor = property.equals(DomainEventSchemas.ACTOR) && name.endsWith("Event");
            if (response && !omitted.contains(property) && !eventActor
                    && (schema.getRequired() == null || !schema.getRequired().contains(property))) {
                schema.addRequired(property);
            }
        });
    }

    /**
     * A nullable enum becomes a named enum or null: JSON Schema checks {@code enum} on a null too, and the model
     * cannot list null among enum values; generated clients read this shape as an optional enum.
     */
    private static void nullableEnums(org.eclipse.microprofile.openapi.models.Components components) {
        Map<String, Schema> named = new LinkedHashMap<>();
        components.getSchemas().forEach((name, schema) -> {
            if (schema.getProperties() == null) {
                return;
            }
            new LinkedHashMap<>(schema.getProperties()).forEach((property, s) -> {
                if (!isType(s, SchemaType.NULL) || s.getEnumeration() == null) {
                    return;
                }
                String enumName = name + pascal(property);
                named.put(enumName, OASFactory.createSchema().addType(SchemaType.STRING)
                        .enumeration(s.getEnumeration()).examples(s.getExamples()));
                Schema replacement = OASFactory.createSchema()
                        .addAnyOf(OASFactory.createSchema().ref(REF + enumName))
                        .addAnyOf(OASFactory.createSchema().addType(SchemaType.NULL));
                if (s.getDescription() != null) {
                    replacement.setDescription(s.getDescription());
                }
                schema.addProperty(property, replacement);
            });
        });
        named.forEach(components::addSchema);
    }

    private static String pascal(String snake) {
        StringBuilder b = new StringBuilder();
        for (String part : snake.split("_")) {
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }

    private static void formats(String schemaName, String property, Schema s, boolean response) {
        if (property.equals("capabilities") && isType(s, SchemaType.ARRAY) && s.getItems() != null
                && s.getItems().getEnumeration() == null) {
            s.getItems().setEnumeration(List.copyOf(CAPABILITIES));
        }
        if (s.getType() == null || !s.getType().contains(SchemaType.STRING) || s.getFormat() != null) {
            return;
        }
        Object example = s.getExamples() == null || s.getExamples().isEmpty() ? null : s.getExamples().get(0);
        String text = example instanceof String t ? t : "";
        boolean id = property.equals("id") || property.endsWith("_id");
        if (id && !FOREIGN_IDS.contains(property) && UUID.matcher(text).matches()) {
            s.setFormat("uuid");
        } else if (TIMESTAMP.matcher(text).matches()) {
            s.setFormat("date-time");
        } else if (response && property.equals("e164") && !UNCHECKED_E164.contains(schemaName)) {
            s.setPattern(E164_PATTERN);
        } else if (response && property.equals("country_code")) {
            s.setPattern("^[A-Z]{2}$");
        }
    }

    private static void collectRefs(Schema schema, Map<String, Schema> all, Set<String> seen) {
        Deque<Schema> todo = new ArrayDeque<>();
        if (schema != null) {
            todo.push(schema);
        }
        while (!todo.isEmpty()) {
            Schema s = todo.pop();
            if (s.getRef() != null) {
                String name = s.getRef().substring(s.getRef().lastIndexOf('/') + 1);
                if (seen.add(name) && all.get(name) != null) {
                    todo.push(all.get(name));
                }
                continue;
            }
            List<Schema> nested = new ArrayList<>();
            if (s.getProperties() != null) {
                nested.addAll(s.getProperties().values());
            }
            if (s.getItems() != null) {
                nested.add(s.getItems());
            }
            if (s.getAdditionalPropertiesSchema() != null) {
                nested.add(s.getAdditionalPropertiesSchema());
            }
            if (s.getAnyOf() != null) {
                nested.addAll(s.getAnyOf());
            }
            if (s.getOneOf() != null) {
                nested.addAll(s.getOneOf());
            }
            if (s.getAllOf() != null) {
                nested.addAll(s.getAllOf());
            }
            nested.forEach(todo::push);
        }
    }

    static boolean isType(Schema s, SchemaType type) {
        return s.getType() != null && s.getType().contains(type);
    }

    static Schema string(String description, String example) {
        Schema s = OASFactory.createSchema().addType(SchemaType.STRING);
        if (description != null) {
            s.setDescription(description);
        }
        if (example != null) {
            s.setExamples(List.of(example));
        }
        return s;
    }
}
