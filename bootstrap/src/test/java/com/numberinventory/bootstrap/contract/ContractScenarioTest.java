package com.numberinventory.bootstrap.contract;

import com.numberinventory.bootstrap.support.Fixtures;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import com.numberinventory.bootstrap.support.TestAuth;
import com.numberinventory.client.ApiClient;
import com.numberinventory.client.ApiException;
import com.numberinventory.client.api.NumbersApi;
import com.numberinventory.client.api.ProvidersApi;
import com.numberinventory.client.api.SeriesApi;
import com.numberinventory.client.api.WebhooksApi;
import com.numberinventory.client.model.DomainEvent;
import com.numberinventory.client.model.EventList;
import com.numberinventory.client.model.Money;
import com.numberinventory.client.model.Number;
import com.numberinventory.client.model.NumberAddedEvent;
import com.numberinventory.client.model.NumberImport;
import com.numberinventory.client.model.NumberImportResult;
import com.numberinventory.client.model.NumberList;
import com.numberinventory.client.model.NumberProvisionedEvent;
import com.numberinventory.client.model.NumberRange;
import com.numberinventory.client.model.NumberReleasedEvent;
import com.numberinventory.client.model.NumberReleasedEventData;
import com.numberinventory.client.model.Problem;
import com.numberinventory.client.model.Provider;
import com.numberinventory.client.model.ProviderCreate;
import com.numberinventory.client.model.ProvisionAnyNumber;
import com.numberinventory.client.model.ProvisionNumber;
import com.numberinventory.client.model.ReleaseNumber;
import com.numberinventory.client.model.Series;
import com.numberinventory.client.model.SeriesCreate;
import com.numberinventory.client.model.Webhook;
import com.numberinventory.client.model.WebhookCreate;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole inventory scenario driven through a Java client that openapi-generator made, at build time, from the
 * document the service serves: if the document lies about a path, a body, a type or an error, this does not
 * compile or fails. No hand-written HTTP here.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ContractScenarioTest {

    private static final int COUNT = 7;

    @TestHTTPResource("/")
    URI base;

    private ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(b -> {
            b.header("Authorization", "Bearer " + TestAuth.adminKey());
            // The client's own Accept headers are sent as generated: a 204 operation asks for its error type
            // only (application/problem+json), which the service must accept.
        });
        return client;
    }

    @Test
    void the_generated_client_drives_the_whole_inventory() throws Exception {
        ApiClient client = client();
        ProvidersApi providers = new ProvidersApi(client);
        SeriesApi series = new SeriesApi(client);
        NumbersApi numbers = new NumbersApi(client);
        UUID workspace = UUID.randomUUID();
        UUID otherWorkspace = UUID.randomUUID();

        Provider provider = providers.createProvider(new ProviderCreate().name("Contract " + UUID.randomUUID())
                .kind(ProviderCreate.KindEnum.SAUTIKIT), null);
        assertNotNull(provider.getId(), "201 answers carry their body");
        assertEquals(Provider.KindEnum.SAUTIKIT, provider.getKind());

        Series block = series.createSeries(new SeriesCreate().providerId(provider.getId()).name("KE contract block")
                .countryCode("KE").capabilities(List.of(SeriesCreate.CapabilitiesEnum.VOICE,
                        SeriesCreate.CapabilitiesEnum.SMS))
                .monthlyPrice(new Money().amountMinor(10_000L).currency("KES")).quarantinePeriod("P30D"), null);
        assertEquals(10_000L, block.getMonthlyPrice().getAmountMinor().longValue());

        long first = Fixtures.freshBlock();
        NumberImportResult imported = series.importNumbers(block.getId(), new NumberImport().range(new NumberRange()
                .first(Fixtures.e164(first)).last(Fixtures.e164(first + COUNT - 1))), null);
        assertEquals(COUNT, imported.getAdded().intValue());
        assertTrue(imported.getSkipped().isEmpty());
        assertEquals(Series.StatusEnum.ACTIVE, series.activateSeries(block.getId(), null).getStatus());

        // Cursor paging: pages of 3 until next_cursor is null, every number once.
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            NumberList page = numbers.listNumbers(null, null, null, cursor, null, 3, null, null, null,
                    block.getId(), null, "available", null);
            page.getData().forEach(n -> seen.add(n.getE164()));
            cursor = page.getNextCursor();
            pages++;
        } while (cursor != null);
        assertEquals(COUNT, seen.size());
        assertTrue(pages >= 3, "7 numbers in pages of 3");

        String lastDigits = Long.toString(first + 4).substring(10);
        NumberList found = numbers.listNumbers(List.of("sms"), null, "KE", null, lastDigits, 50, null, null, null,
                block.getId(), null, null, null);
        assertEquals(List.of(Fixtures.e164(first + 4)), found.getData().stream().map(Number::getE164).toList());

        Number target = found.getData().getFirst();
        Number assigned = numbers.provisionNumber(target.getId(), new ProvisionNumber().workspaceId(workspace), null);
        assertEquals(Number.StatusEnum.ASSIGNED, assigned.getStatus());
        assertEquals(workspace, assigned.getWorkspaceId());
        assertNotNull(assigned.getRental());
        assertEquals(10_000L, assigned.getRental().getMonthlyPrice().getAmountMinor().longValue());

        Number any = numbers.provisionAnyNumber(new ProvisionAnyNumber().workspaceId(workspace)
                .seriesId(block.getId()), null);
        assertNotEquals(target.getId(), any.getId());
        assertEquals(Number.StatusEnum.ASSIGNED, any.getStatus());

        Number looked = numbers.lookupNumber(target.getE164());
        assertEquals(target.getId(), looked.getId());
        assertEquals(workspace, looked.getWorkspaceId());

        ApiException refused = assertThrows(ApiException.class, () -> numbers.provisionNumber(target.getId(),
                new ProvisionNumber().workspaceId(otherWorkspace), null));
        assertEquals(409, refused.getCode());
        Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals("numbers.already_claimed", problem.getCode());
        assertEquals(409, problem.getStatus().intValue());
        assertNotNull(problem.getRequestId());

        Number released = numbers.releaseNumber(target.getId(), new ReleaseNumber()
                .reason(ReleaseNumber.ReasonEnum.EXPLICIT), null);
        assertEquals(Number.StatusEnum.QUARANTINED, released.getStatus());
        assertNull(released.getWorkspaceId());
        assertNotNull(released.getQuarantineUntil());

        List<DomainEvent> events = new ArrayList<>();
        cursor = null;
        do {
            EventList page = numbers.listNumberEvents(target.getId(), cursor, 1);
            events.addAll(page.getData());
            cursor = page.getNextCursor();
        } while (cursor != null);
        assertEquals(3, events.size(), "added, provisioned, released");
        assertInstanceOf(NumberAddedEvent.class, events.get(0).getActualInstance());
        NumberProvisionedEvent provisioned = assertInstanceOf(NumberProvisionedEvent.class,
                events.get(1).getActualInstance());
        assertEquals(workspace, provisioned.getWorkspaceId());
        assertEquals(assigned.getRental().getId(), provisioned.getData().getRentalId());
        NumberReleasedEvent releasedEvent = assertInstanceOf(NumberReleasedEvent.class,
                events.get(2).getActualInstance());
        assertEquals(NumberReleasedEventData.ReleaseReasonEnum.EXPLICIT, releasedEvent.getData().getReleaseReason());
        assertTrue(releasedEvent.getData().getSequence() > provisioned.getData().getSequence());
    }

    @Test
    void a_webhook_subscription_shows_its_secret_once() throws Exception {
        WebhooksApi webhooks = new WebhooksApi(client());
        Webhook created = webhooks.createWebhook(new WebhookCreate().url("http://127.0.0.1:9/contract-hook")
                .events(List.of("number.provisioned", "number.released")).description("contract test"), null);
        assertTrue(created.getSecret().startsWith("whsec_"), "the one-time secret is in the 201 body");
        Webhook read = webhooks.getWebhook(created.getId());
        assertNull(read.getSecret());
        assertEquals(List.of("number.provisioned", "number.released"), read.getEvents());
        Webhook rotated = webhooks.rotateWebhookSecret(created.getId(), null);
        assertNotEquals(created.getSecret(), rotated.getSecret());
        assertNotNull(rotated.getPreviousSecretExpiresAt());
        webhooks.deleteWebhook(created.getId());
        ApiException gone = assertThrows(ApiException.class, () -> webhooks.getWebhook(created.getId()));
        assertEquals("webhooks.not_found",
                client().getObjectMapper().readValue(gone.getResponseBody(), Problem.class).getCode());
    }
}
