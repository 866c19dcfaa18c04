package com.numberinventory.bootstrap.demo;

import com.numberinventory.application.port.in.numbers.ImportNumbersUseCase;
import com.numberinventory.application.port.in.providers.ProviderQueries;
import com.numberinventory.application.port.in.providers.RegisterProviderUseCase;
import com.numberinventory.application.port.in.series.ChangeSeriesStatusUseCase;
import com.numberinventory.application.port.in.series.CreateSeriesUseCase;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.bootstrap.config.NumbersConfig;
import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.number.Capability;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.provider.Provider;
import com.numberinventory.domain.provider.ProviderKind;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.shared.CountryCode;
import com.numberinventory.domain.shared.Money;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Loads a small demo inventory on an empty database when {@code numbers.demo.enabled=true} (the local run):
 * a Sautikit provider with an active Kenyan series +254700000000 to +254700000999 at KES 100.00 a month.
 */
@ApplicationScoped
public class DemoInventory {

    private static final Logger LOG = Logger.getLogger(DemoInventory.class);

    @Inject
    NumbersConfig config;
    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int port;

    @Inject
    ProviderQueries providers;
    @Inject
    RegisterProviderUseCase registerProvider;
    @Inject
    CreateSeriesUseCase createSeries;
    @Inject
    ChangeSeriesStatusUseCase seriesStatus;
    @Inject
    ImportNumbersUseCase importNumbers;

    void onStart(@Observes StartupEvent event) {
        if (!config.demo().enabled()) {
            return;
        }
        if (providers.list(PageRequest.first(1)).items().isEmpty()) {
            Provider provider = registerProvider.register(
                    new RegisterProviderUseCase.RegisterProviderCommand("Sautikit (demo)", ProviderKind.SAUTIKIT));
            Series series = createSeries.create(new CreateSeriesUseCase.CreateSeriesCommand(provider.id(),
                    "Nairobi mobile (demo)", new CountryCode("KE"), Capabilities.of(Capability.VOICE, Capability.SMS),
                    Optional.of(new Money(10_000, "KES")), Optional.of("SK-DEMO-KE-0700"), Optional.empty()));
            seriesStatus.activate(series.id());
            var result = importNumbers.importNumbers(new ImportNumbersUseCase.ImportNumbersCommand(series.id(),
                    new ImportNumbersUseCase.Range(E164.parse("first", "+254700000000"),
                            E164.parse("last", "+254700000999"))));
            LOG.infof("Demo inventory loaded: provider %s, series %s, %d numbers", provider.id(), series.id(),
                    result.added());
        } else {
            LOG.info("Demo inventory: the database already holds data; nothing loaded");
        }
        String banner = "\n\n  Number inventory is up.\n  Swagger UI: http://localhost:" + port + "/q/swagger-ui\n"
                + "  OpenAPI:    http://localhost:" + port + "/q/openapi\n  Health:     http://localhost:" + port
                + "/q/health\n";
        System.out.println(banner);
    }
}
