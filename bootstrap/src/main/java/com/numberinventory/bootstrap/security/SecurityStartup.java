package com.numberinventory.bootstrap.security;

import com.numberinventory.application.port.in.apikeys.EnsureBootstrapKeyUseCase;
import com.numberinventory.application.port.out.shared.SecretSealer;
import com.numberinventory.application.service.apikeys.ApiKeyService;
import com.numberinventory.bootstrap.config.NumbersConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * At start: makes sure the secrets master key is there (else the start fails), and stores the hash of the first
 * admin key: {@code NUMBERS_BOOTSTRAP_ADMIN_KEY} in production, or, for the local demo run, a key generated into
 * {@code numbers.bootstrap-admin-key-file} and printed (never logged).
 */
@ApplicationScoped
public class SecurityStartup {

    private static final Logger LOG = Logger.getLogger(SecurityStartup.class);

    @Inject
    SecretSealer sealer;
    @Inject
    EnsureBootstrapKeyUseCase bootstrapKeys;
    @Inject
    SecureRandom random;

    @Inject
    NumbersConfig config;
    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int port;

    void onStart(@Observes @Priority(1) StartupEvent event) {
        // Touching the sealer builds it: without a master key this throws and the service does not start.
        LOG.infof("Secrets are sealed with %s", sealer);
        if (config.bootstrapAdminKey().isPresent() && !config.bootstrapAdminKey().get().isBlank()) {
            boolean stored = ensure(config.bootstrapAdminKey().get().strip());
            LOG.info(stored ? "Bootstrap admin key stored (hashed) from NUMBERS_BOOTSTRAP_ADMIN_KEY"
                    : "Bootstrap admin key already stored");
            return;
        }
        if (config.bootstrapAdminKeyFile().isPresent() && !config.bootstrapAdminKeyFile().get().isBlank()) {
            Path file = Path.of(config.bootstrapAdminKeyFile().get());
            String key = SecretsKeySource.readOrCreate(file, () -> ApiKeyService.newPlaintextKey(random));
            ensure(key);
            // Printed for the person running the demo, on purpose not through the log.
            System.out.println("\n  Demo admin API key (all scopes; also in " + file.toAbsolutePath() + "):\n    "
                    + key + "\n  Try: curl -H 'Authorization: Bearer " + key + "' 'http://localhost:" + port
                    + "/v1/numbers?status=available'\n");
            return;
        }
        LOG.warn("No NUMBERS_BOOTSTRAP_ADMIN_KEY is set: only keys already stored can call the API");
    }

    private boolean ensure(String key) {
        try {
            return bootstrapKeys.ensureAdminKey(key);
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException) {
                throw e;
            }
            // Another instance starting at the same time stored it first (unique hash): it is there now.
            LOG.infof("Bootstrap admin key: first attempt failed (%s); checking again", e.getClass().getSimpleName());
            try {
                return bootstrapKeys.ensureAdminKey(key);
            } catch (RuntimeException again) {
                // The database is unreachable: serve anyway (requests answer 503 until it is back); the key is
                // stored at the next start.
                LOG.warnf("Bootstrap admin key not stored now (%s); it is stored at the next start",
                        again.getClass().getSimpleName());
                return false;
            }
        }
    }
}
