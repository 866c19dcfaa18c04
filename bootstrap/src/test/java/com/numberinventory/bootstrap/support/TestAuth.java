package com.numberinventory.bootstrap.support;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

import static io.restassured.RestAssured.given;

/**
 * Makes every rest-assured request of the test suite authenticate with the test profile's bootstrap admin key
 * (all scopes), unless it sends its own {@code Authorization} or asks for none with {@link #anonymous()}.
 * Installed before each {@code @QuarkusTest} by {@link DefaultApiKeyCallback}, so tests need not mention keys.
 */
public final class TestAuth {

    /** Marker header: send this request without the default key (the filter removes the marker). */
    public static final String ANONYMOUS = "X-Test-Anonymous";
    /** Same value as {@code %test.numbers.bootstrap-admin-key}. */
    public static final String FALLBACK_ADMIN_KEY = "nik_test-suite-admin-key-0123456789abcdefghijklmnop";

    private TestAuth() {
    }

    /** The full-admin key the test app was started with. */
    public static String adminKey() {
        return ConfigProvider.getConfig().getOptionalValue("numbers.bootstrap-admin-key", String.class)
                .orElse(FALLBACK_ADMIN_KEY);
    }

    /** A request without any key. */
    public static RequestSpecification anonymous() {
        return given().header(ANONYMOUS, "true");
    }

    /** A request with this key only. */
    public static RequestSpecification withKey(String key) {
        return given().header("Authorization", "Bearer " + key);
    }

    /** Adds the default admin key to the global rest-assured filters, once. */
    static synchronized void install() {
        boolean present = RestAssured.filters().stream()
                .anyMatch(f -> f.getClass().getName().equals(DefaultKeyFilter.class.getName()));
        if (!present) {
            RestAssured.filters(new DefaultKeyFilter(adminKey()));
        }
    }

    /** Adds {@code Authorization: Bearer <admin key>} to requests that carry no key and no anonymous marker. */
    static final class DefaultKeyFilter implements Filter {
        private final String key;

        DefaultKeyFilter(String key) {
            this.key = key;
        }

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                               FilterContext ctx) {
            if (request.getHeaders().hasHeaderWithName(ANONYMOUS)) {
                request.removeHeader(ANONYMOUS);
            } else if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header("Authorization", "Bearer " + key);
            }
            return ctx.next(request, response);
        }
    }
}
