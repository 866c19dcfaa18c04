package com.numberinventory.bootstrap.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Registered in {@code META-INF/services}: before every {@code @QuarkusTest} method, makes sure rest-assured sends
 * the test admin key by default (see {@link TestAuth}). Runs in the test's own class loader, so it reaches the
 * same rest-assured the test uses; no test needs to opt in.
 */
public class DefaultApiKeyCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        TestAuth.install();
    }
}
