package com.numberinventory.adapters.rest.security;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.Map;

/**
 * Declares the bearer API key in the OpenAPI document (so Swagger UI's "Authorize" sends it) and marks every
 * {@code /v1} operation as needing it, with the scope {@link RouteScopes} names and the 401/403 answers; every
 * {@code /v1} POST also documents its optional {@code Idempotency-Key} header.
 */
public class BearerSecurityOpenApi implements OASFilter {

    static final String SCHEME = "api_key";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("nik_...")
                .description("An API key, sent as 'Authorization: Bearer nik_...'. In Swagger UI's Authorize dialog "
                        + "paste only the key itself (nik_...), without 'Bearer'. Under make run the demo admin key "
                        + "is in the file .data/demo-admin-key; make more with POST /v1/api-keys."));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!RouteScopes.isApiPath(RouteScopes.canonical(path.getKey()))) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                Operation operation = op.getValue();
                operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SCHEME));
                String scope = RouteScopes.ruleForTemplate(op.getKey().name(), path.getKey())
                        .map(r -> r.scope().wireName()).orElse("full admin");
                String note = "Needs an API key with scope `" + scope + "`.";
                operation.setDescription(operation.getDescription() == null ? note
                        : operation.getDescription() + "\n\n" + note);
                if (operation.getResponses() == null) {
                    operation.setResponses(OASFactory.createAPIResponses());
                }
                if (op.getKey() == PathItem.HttpMethod.POST) {
                    // Every POST under /v1 takes an Idempotency-Key (see the idempotency filter).
                    operation.addParameter(OASFactory.createParameter().name("Idempotency-Key")
                            .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER)
                            .required(false).schema(OASFactory.createSchema()
                                    .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                                    .maxLength(255))
                            .description("Makes a retry safe: the same key and body within 24 h answer the first "
                                    + "result again (Idempotent-Replayed: true); another body is 422 "
                                    + "idempotency.conflict; while the first still runs, 409 idempotency.in_flight.")
                            .example("5f1c7c1e-8d8a-4b7e-9a51-2d0f0c7e0a11"));
                }
                if (operation.getResponses().getAPIResponse("401") == null) {
                    operation.getResponses().addAPIResponse("401", OASFactory.createAPIResponse()
                            .description("api_key.invalid, api_key.revoked, api_key.expired"));
                }
                if (operation.getResponses().getAPIResponse("403") == null) {
                    operation.getResponses().addAPIResponse("403", OASFactory.createAPIResponse()
                            .description("api_key.scope_denied, auth.workspace_forbidden"));
                }
            }
        }
    }
}
