package com.numberinventory.adapters.rest.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RateLimitingTest {

    @Test
    void routes_fall_in_classes_by_their_scope_with_reads_apart_from_writes() {
        assertEquals(RateLimiting.RouteClass.NUMBERS_READ, RateLimiting.routeClass("GET", "/v1/numbers/lookup"));
        assertEquals(RateLimiting.RouteClass.NUMBERS_READ, RateLimiting.routeClass("HEAD", "/v1/numbers/x"));
        assertEquals(RateLimiting.RouteClass.NUMBERS_WRITE, RateLimiting.routeClass("POST", "/v1/numbers/provision"));
        assertEquals(RateLimiting.RouteClass.ADMIN_WRITE, RateLimiting.routeClass("POST", "/v1/numbers/x/retire"));
        assertEquals(RateLimiting.RouteClass.ADMIN_READ, RateLimiting.routeClass("GET", "/v1/api-keys"));
        assertEquals(RateLimiting.RouteClass.ADMIN_WRITE, RateLimiting.routeClass("PUT", "/v1/nothing-here"));
    }

    @Test
    void provider_webhooks_count_per_provider() {
        assertEquals(Optional.of("sautikit/abc"), RateLimiting.providerOf("/webhooks/sautikit/ABC"));
        assertEquals(Optional.of("zipwhip/p1"), RateLimiting.providerOf("/webhooks/zipwhip/p1/tok/number/add"));
        assertEquals(Optional.empty(), RateLimiting.providerOf("/webhooks/sautikit"));
        assertEquals(Optional.empty(), RateLimiting.providerOf("/q/health"));
    }
}
