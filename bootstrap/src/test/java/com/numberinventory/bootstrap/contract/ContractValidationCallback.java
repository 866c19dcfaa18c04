package com.numberinventory.bootstrap.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Registered in {@code META-INF/services}: before every {@code @QuarkusTest} method, makes sure rest-assured
 * holds every answer to the served OpenAPI document ({@link ResponseContractFilter}); no test needs to opt in.
 */
public class ContractValidationCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        install();
    }

    static synchronized void install() {
        boolean present = RestAssured.filters().stream()
                .anyMatch(f -> f.getClass().getName().equals(ResponseContractFilter.class.getName()));
        if (!present) {
            RestAssured.filters(new ResponseContractFilter());
        }
    }
}
