package com.numberinventory.bootstrap.security;

import com.numberinventory.adapters.rest.security.ApiKeyCache;
import com.numberinventory.adapters.rest.security.ApiKeyChangeListener;
import com.numberinventory.application.port.in.apikeys.AuthenticateApiKeyUseCase;
import com.numberinventory.bootstrap.support.Keys;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import com.numberinventory.bootstrap.support.TestClock;
import com.numberinventory.domain.apikey.ApiKey;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static com.numberinventory.bootstrap.support.TestAuth.withKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Two instances on one database: the running service (instance A, over HTTP) and a second API-key cache with its
 * own change listener wired by hand (instance B, what another service process runs) on the same PostgreSQL.
 * A key revoked or expired through A is refused by B within 2 s, while B answers known keys from memory.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ApiKeyCacheAcrossInstancesTest {

    private static final List<String> READ = List.of("numbers:read");
    /** The listener connections' application name, as the listener sets it. */
    private static final String LISTENER = "application_name = 'number-inventory api-key listener'";

    @Inject
    AuthenticateApiKeyUseCase authenticate;
    @Inject
    TestClock clock;
    @Inject
    DataSource dataSource;

    private final List<AutoCloseable> opened = new ArrayList<>();

    /** Instance B: the use case (its SQL) behind a counter, a cache, and a listener on its own connection. */
    private record Instance(ApiKeyCache cache, AtomicInteger lookups) {
    }

    private Instance instance(String jdbcUrl) {
        AtomicInteger lookups = new AtomicInteger();
        AuthenticateApiKeyUseCase counted = presented -> {
            lookups.incrementAndGet();
            return authenticate.authenticate(presented);
        };
        ApiKeyCache cache = new ApiKeyCache(counted, clock, System::nanoTime, ApiKeyCache.Settings.defaults());
        Config config = ConfigProvider.getConfig();
        opened.add(new ApiKeyChangeListener(jdbcUrl,
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null),
                cache, Duration.ofMillis(500)).start());
        return new Instance(cache, lookups);
    }

    private Instance instanceOnTheServiceDatabase() {
        return instance(ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class));
    }

    @AfterEach
    void close() throws Exception {
        clock.reset();
        for (AutoCloseable c : opened) {
            c.close();
        }
        opened.clear();
    }

    @Test
    void a_key_revoked_on_one_instance_is_refused_by_the_other_within_two_seconds() throws Exception {
        Instance b = instanceOnTheServiceDatabase();
        Keys.Made made = Keys.make(READ);
        waitUntilConfirmed(b, made.key());
        withKey(made.key()).get("/v1/numbers?status=available&limit=1").then().statusCode(200);

        // Known and confirmed: B answers from memory, well past the 1 s an unconfirmed entry would live.
        int lookupsBefore = b.lookups().get();
        for (int i = 0; i < 15; i++) {
            b.cache().authenticate(made.key());
            Thread.sleep(100);
        }
        assertEquals(lookupsBefore, b.lookups().get(), "1.5 s of requests on B ran no lookup");

        Keys.revoke(made.id());
        long revokedAt = System.nanoTime();
        // The revoking instance refuses it at once.
        withKey(made.key()).get("/v1/numbers?status=available&limit=1").then().statusCode(401)
                .body("code", org.hamcrest.Matchers.equalTo("api_key.revoked"));
        ErrorCode seen = waitForRefusal(b, made.key(), Duration.ofSeconds(2));
        long tookMillis = (System.nanoTime() - revokedAt) / 1_000_000;
        assertEquals(ErrorCode.API_KEY_REVOKED, seen);
        assertTrue(tookMillis <= 2000, "B refused the revoked key after " + tookMillis + " ms");
    }

    @Test
    void a_key_expiring_is_refused_on_every_instance_from_the_cached_expiry_without_a_lookup() throws Exception {
        Instance b = instanceOnTheServiceDatabase();
        Keys.Made made = Keys.make(READ, null, clock.instant().plusSeconds(60).toString());
        waitUntilConfirmed(b, made.key());
        withKey(made.key()).get("/v1/numbers?status=available&limit=1").then().statusCode(200);
        int lookupsBefore = b.lookups().get();

        clock.advance(Duration.ofSeconds(61));
        assertEquals(ErrorCode.API_KEY_EXPIRED, refusal(b, made.key()));
        assertEquals(lookupsBefore, b.lookups().get(), "expiry came from the cached expires_at");
        withKey(made.key()).get("/v1/numbers?status=available&limit=1").then().statusCode(401)
                .body("code", org.hamcrest.Matchers.equalTo("api_key.expired"));
    }

    @Test
    void after_the_listener_connection_is_killed_it_reconnects_and_revocation_still_arrives_in_time()
            throws Exception {
        Instance b = instanceOnTheServiceDatabase();
        Keys.Made made = Keys.make(READ);
        waitUntilConfirmed(b, made.key());

        int killed = terminateListeners();
        assertTrue(killed >= 2, "the service's and B's listener connections were there to kill: " + killed);
        // Both listeners come back on their own.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (listenerConnections() < 2) {
            if (System.nanoTime() > deadline) {
                fail("the listeners did not reconnect");
            }
            Thread.sleep(50);
        }
        waitUntilConfirmed(b, made.key());

        Keys.revoke(made.id());
        long revokedAt = System.nanoTime();
        assertEquals(ErrorCode.API_KEY_REVOKED, waitForRefusal(b, made.key(), Duration.ofSeconds(2)));
        assertTrue((System.nanoTime() - revokedAt) / 1_000_000 <= 2000);
    }

    @Test
    void with_its_listener_unable_to_connect_an_instance_keeps_keys_at_most_about_one_second() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Instance b = instance("jdbc:postgresql://127.0.0.1:" + closedPort + "/postgres");
        Keys.Made made = Keys.make(READ);
        b.cache().authenticate(made.key());
        assertEquals(1, b.lookups().get());

        Keys.revoke(made.id());
        long revokedAt = System.nanoTime();
        assertEquals(ErrorCode.API_KEY_REVOKED, waitForRefusal(b, made.key(), Duration.ofSeconds(2)));
        long tookMillis = (System.nanoTime() - revokedAt) / 1_000_000;
        assertTrue(tookMillis <= 1500, "an unconfirmed entry lived " + tookMillis + " ms after the revocation");
        assertTrue(b.lookups().get() >= 2, "the key was read again");
    }

    /** Authenticates on B until its listener has confirmed (B then serves the key without a lookup). */
    private static void waitUntilConfirmed(Instance b, String key) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            ApiKey k = b.cache().authenticate(key);
            assertNotNull(k);
            Thread.sleep(1100);
            // Still served from memory after more than the unconfirmed lifetime: the listener is confirming.
            int before = b.lookups().get();
            b.cache().authenticate(key);
            if (b.lookups().get() == before) {
                return;
            }
            if (System.nanoTime() > deadline) {
                fail("B's listener never confirmed");
            }
        }
    }

    private static ErrorCode waitForRefusal(Instance b, String key, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos() + Duration.ofMillis(500).toNanos();
        while (System.nanoTime() < deadline) {
            ErrorCode code = refusal(b, key);
            if (code != null) {
                return code;
            }
            Thread.sleep(10);
        }
        fail("B still accepts the key");
        return null;
    }

    private static ErrorCode refusal(Instance b, String key) {
        try {
            b.cache().authenticate(key);
            return null;
        } catch (DomainException e) {
            return e.errorCode();
        }
    }

    private int terminateListeners() throws Exception {
        return count("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity WHERE "
                + LISTENER);
    }

    private int listenerConnections() throws Exception {
        return count("SELECT count(*) FROM pg_stat_activity WHERE " + LISTENER);
    }

    /** The count a one-row, one-column query answers. */
    private int count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
