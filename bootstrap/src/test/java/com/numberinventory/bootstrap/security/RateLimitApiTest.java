package com.numberinventory.bootstrap.security;

import com.numberinventory.bootstrap.support.ConfigOverrides;
import com.numberinventory.bootstrap.support.Keys;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.numberinventory.bootstrap.support.TestAuth.anonymous;
import static com.numberinventory.bootstrap.support.TestAuth.withKey;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Fair use: an API key that spends its quota of a route class gets 429 rate_limited; others do not notice. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestProfile(RateLimitApiTest.LowLimits.class)
class RateLimitApiTest {

    /** Three admin reads and two deliveries per provider a minute; every other class stays out of the way. */
    public static class LowLimits extends ConfigOverrides {
        public LowLimits() {
            super(Map.of("numbers.rate-limit.window", "PT60S",
                    "numbers.rate-limit.admin.read", "3",
                    "numbers.rate-limit.provider-webhooks.per-provider", "2"));
        }
    }

    @Test
    void a_key_past_its_quota_gets_429_with_retry_after_and_ratelimit_headers_and_other_keys_do_not() {
        Keys.Made flooder = Keys.make(List.of("inventory:admin", "numbers:read"));
        Keys.Made other = Keys.make(List.of("inventory:admin"));
        for (int left = 2; left >= 0; left--) {
            withKey(flooder.key()).get("/v1/providers").then().statusCode(200)
                    .header("RateLimit-Policy", "\"admin_read\";q=3;w=60")
                    .header("RateLimit", startsWith("\"admin_read\";r=" + left + ";t="));
        }
        withKey(flooder.key()).get("/v1/providers").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", allOf(not(equalTo("0")), not(startsWith("-"))))
                .header("RateLimit-Policy", "\"admin_read\";q=3;w=60")
                .header("RateLimit", startsWith("\"admin_read\";r=0;t="))
                .body("status", equalTo(429))
                .body("code", equalTo("rate_limited"));
        int retryAfter = Integer.parseInt(withKey(flooder.key()).get("/v1/series").then().statusCode(429)
                .extract().header("Retry-After"));
        org.hamcrest.MatcherAssert.assertThat(retryAfter,
                allOf(greaterThanOrEqualTo(1), lessThanOrEqualTo(20)));

        // Another key, the same route: its own quota.
        withKey(other.key()).get("/v1/providers").then().statusCode(200);
        // The same key, other classes: reads of numbers and admin writes are counted apart.
        withKey(flooder.key()).get("/v1/numbers?limit=1").then().statusCode(200)
                .header("RateLimit-Policy", startsWith("\"numbers_read\";"));
        withKey(flooder.key()).contentType(ContentType.JSON)
                .body(Map.of("name", "rate limit test " + UUID.randomUUID(), "kind", "sautikit"))
                .post("/v1/providers").then().statusCode(201);
    }

    @Test
    void provider_webhooks_are_limited_per_provider() {
        String flooded = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            unsignedDelivery(flooded).then().statusCode(not(equalTo(429)));
        }
        unsignedDelivery(flooded).then().statusCode(429)
                .contentType("application/problem+json")
                .header("RateLimit-Policy", "\"provider_webhooks\";q=2;w=60")
                .body("code", equalTo("rate_limited"));
        unsignedDelivery(UUID.randomUUID().toString()).then().statusCode(not(equalTo(429)));
    }

    private static io.restassured.response.Response unsignedDelivery(String provider) {
        return anonymous().contentType(ContentType.JSON).body("{}")
                .header("X-Sautikit-Event", "number.provisioned")
                .post("/webhooks/sautikit/" + provider);
    }
}
