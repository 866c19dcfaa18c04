package com.numberinventory.bootstrap.support;

import io.restassured.http.ContentType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Makes API keys through the API (with the default admin key). */
public final class Keys {

    private Keys() {
    }

    /** A created key: its id and its plaintext. */
    public record Made(String id, String key) {
    }

    public static Made make(List<String> scopes) {
        return make(scopes, null, null);
    }

    public static Made make(List<String> scopes, String workspaceId, String expiresAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "test key");
        body.put("scopes", scopes);
        if (workspaceId != null) {
            body.put("workspace_id", workspaceId);
        }
        if (expiresAt != null) {
            body.put("expires_at", expiresAt);
        }
        var response = given().contentType(ContentType.JSON).body(body).post("/v1/api-keys")
                .then().statusCode(201).extract();
        return new Made(response.path("id"), response.path("key"));
    }

    public static void revoke(String id) {
        given().delete("/v1/api-keys/" + id).then().statusCode(204);
    }
}
