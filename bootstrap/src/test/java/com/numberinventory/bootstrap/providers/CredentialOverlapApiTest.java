package com.numberinventory.bootstrap.providers;

import com.numberinventory.bootstrap.support.ConfigOverrides;
import com.numberinventory.bootstrap.support.Fixtures;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** With no overlap configured, a replaced credential stops verifying at once. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestProfile(CredentialOverlapApiTest.NoOverlap.class)
class CredentialOverlapApiTest {

    /** Overlap of zero. */
    public static class NoOverlap extends ConfigOverrides {
        public NoOverlap() {
            super(Map.of("numbers.webhooks.credential-overlap", "PT0S"));
        }
    }

    @Test
    void after_the_overlap_the_previous_secret_no_longer_verifies() {
        String provider = Fixtures.provider("sautikit");
        given().contentType(ContentType.JSON).body(Map.of("webhook_secret", "whsec_old"))
                .put("/v1/providers/" + provider + "/credentials").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("webhook_secret", "whsec_new"))
                .put("/v1/providers/" + provider + "/credentials").then().statusCode(200);
        byte[] body = ProviderWebhooksApiTest.provisionedSeed(UUID.randomUUID().toString(),
                Fixtures.e164(Fixtures.freshBlock() + 3), "ref").getBytes(StandardCharsets.UTF_8);
        ProviderWebhooksApiTest.postSautikit(provider, body, "X-Sautikit-Signature", Signer.hmacHex("whsec_old", body))
                .then().statusCode(401);
        ProviderWebhooksApiTest.postSautikit(provider, body, "X-Sautikit-Signature", Signer.hmacHex("whsec_new", body))
                .then().statusCode(200);
    }
}
