package com.numberinventory.bootstrap.wiring;

import com.numberinventory.adapters.rest.security.ApiKeyCache;
import com.numberinventory.adapters.rest.security.ApiKeyChangeListener;
import com.numberinventory.application.port.in.apikeys.AuthenticateApiKeyUseCase;
import com.numberinventory.bootstrap.config.NumbersConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Wires the API-key cache of the REST security adapter and the listener that keeps it in step with the database
 * (revocation and expiry reach every instance within 1.5 s).
 */
public class ApiKeyCacheWiring {

    @Produces
    @Singleton
    ApiKeyCache apiKeyCache(AuthenticateApiKeyUseCase authenticate, Clock clock,
                            NumbersConfig config) {
        ApiKeyCache.Settings d = ApiKeyCache.Settings.defaults();
        NumbersConfig.Auth.Cache cache = config.auth().cache();
        return new ApiKeyCache(authenticate, clock, System::nanoTime, new ApiKeyCache.Settings(cache.maxKeys(),
                cache.maxRefused(),
                d.confirmedWindow(), d.unconfirmedTtl(), d.maxLifetime()));
    }

    @Produces
    @Singleton
    ApiKeyChangeListener apiKeyChangeListener(ApiKeyCache cache,
                                              @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                                              @ConfigProperty(name = "quarkus.datasource.username")
                                              Optional<String> user,
                                              @ConfigProperty(name = "quarkus.datasource.password")
                                              Optional<String> password) {
        return new ApiKeyChangeListener(url, user.orElse(null), password.orElse(null), cache,
                Duration.ofMillis(500)).start();
    }

    void close(@Disposes ApiKeyChangeListener listener) {
        listener.close();
    }

    /** Starts listening with the service (in the background: the start does not wait for the connection). */
    void onStart(@Observes StartupEvent event, ApiKeyChangeListener listener) {
        // Injecting it is what starts it.
    }
}
