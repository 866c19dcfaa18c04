package com.numberinventory.bootstrap.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.restassured.RestAssured.given;

/**
 * A test whose providers' number APIs are played by one local WireMock server for the whole class. Each test
 * points its provider at its own path prefix, so stubs and circuit breakers do not cross tests.
 */
public abstract class LocalUpstreamTest {

    protected static WireMockServer upstream;

    @BeforeAll
    static void startUpstream() {
        upstream = new WireMockServer(wireMockConfig().dynamicPort());
        upstream.start();
    }

    @AfterAll
    static void stopUpstream() {
        upstream.stop();
    }

    /** A fresh path prefix: {@code letter} and eight random hex digits. */
    protected static String prefix(String letter) {
        return letter + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Sets the provider's API key and points its number API at the local server under {@code prefix}. */
    protected static ValidatableResponse pointAtUpstream(String provider, String apiKey, String prefix) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("api_key", apiKey, "api_base_url", upstream.baseUrl() + "/" + prefix))
                .put("/v1/providers/" + provider + "/credentials").then().statusCode(200);
    }
}
