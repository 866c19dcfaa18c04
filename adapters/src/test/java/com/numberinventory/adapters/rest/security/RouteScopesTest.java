package com.numberinventory.adapters.rest.security;

import com.numberinventory.domain.apikey.Scope;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouteScopesTest {

    @Test
    void requests_find_the_scope_of_their_route() {
        assertEquals(Optional.of(Scope.NUMBERS_READ), scope("GET", "/v1/numbers/lookup"));
        assertEquals(Optional.of(Scope.NUMBERS_READ), scope("GET", "/v1/numbers/0190-x"));
        assertEquals(Optional.of(Scope.NUMBERS_WRITE), scope("POST", "/v1/numbers/provision"));
        assertEquals(Optional.of(Scope.NUMBERS_WRITE), scope("POST", "/v1/numbers/abc/provision"));
        assertEquals(Optional.of(Scope.INVENTORY_ADMIN), scope("POST", "/v1/numbers/abc/retire"));
        assertEquals(Optional.of(Scope.KEYS_ADMIN), scope("DELETE", "/v1/api-keys/abc"));
        assertEquals(Optional.of(Scope.NUMBERS_READ), scope("HEAD", "/v1/numbers"));
        assertEquals(Optional.empty(), scope("GET", "/v1/numbers/abc/nothing"));
        assertEquals(Optional.empty(), scope("PUT", "/v1/numbers"));
    }

    @Test
    void disguised_paths_are_read_as_the_router_reads_them() {
        assertEquals("/v1/numbers", RouteScopes.canonical("//v1//numbers/"));
        assertEquals("/v1/numbers", RouteScopes.canonical("/v1;a=b/./numbers"));
        assertEquals("/v1/numbers", RouteScopes.canonical("/x/../v1/numbers?x=1"));
        assertTrue(RouteScopes.isApiPath(RouteScopes.canonical("/V1/numbers")));
        assertTrue(RouteScopes.isApiPath("/v1"));
        assertFalse(RouteScopes.isApiPath("/v10/numbers"));
        assertFalse(RouteScopes.isApiPath("/webhooks/sautikit/x"));
        assertFalse(RouteScopes.isApiPath("/q/health"));
    }

    @Test
    void no_two_rules_with_different_scopes_match_the_same_request() {
        List<String> clashes = new ArrayList<>();
        for (RouteScopes.Rule a : RouteScopes.RULES) {
            String probe = a.template().replaceAll("\\{[^/}]+}", "x1");
            for (RouteScopes.Rule b : RouteScopes.RULES) {
                if (a != b && a.scope() != b.scope() && b.matches(a.method(), probe)) {
                    clashes.add(a.method() + " " + a.template() + " vs " + b.template());
                }
            }
        }
        assertTrue(clashes.isEmpty(), clashes.toString());
    }

    @Test
    void templates_match_whatever_the_parameter_is_called() {
        assertEquals(Optional.of(Scope.NUMBERS_WRITE),
                RouteScopes.ruleForTemplate("post", "/v1/numbers/{numberId}/release").map(RouteScopes.Rule::scope));
        assertEquals(Optional.empty(), RouteScopes.ruleForTemplate("post", "/v1/numbers/{id}/unknown"));
    }

    private static Optional<Scope> scope(String method, String path) {
        return RouteScopes.ruleFor(method, RouteScopes.canonical(path)).map(RouteScopes.Rule::scope);
    }
}
