package com.numberinventory.bootstrap.nativeimage;

import com.numberinventory.adapters.rest.model.ApiKeyRequest;
import com.numberinventory.adapters.rest.model.ApiKeyView;
import com.numberinventory.adapters.rest.model.AvailableNumberView;
import com.numberinventory.adapters.rest.model.RetireRequest;
import com.numberinventory.adapters.rest.model.UpstreamDisconnectView;
import com.numberinventory.adapters.rest.model.CredentialsRequest;
import com.numberinventory.adapters.rest.model.EventListView;
import com.numberinventory.adapters.rest.model.EventTypeView;
import com.numberinventory.adapters.rest.model.ImportRequest;
import com.numberinventory.adapters.rest.model.MoneyView;
import com.numberinventory.adapters.rest.model.NumberView;
import com.numberinventory.adapters.rest.model.ProviderRequest;
import com.numberinventory.adapters.rest.model.ProviderEventView;
import com.numberinventory.adapters.rest.model.ProviderView;
import com.numberinventory.adapters.rest.model.ProvisionAnyRequest;
import com.numberinventory.adapters.rest.model.ProvisionRequest;
import com.numberinventory.adapters.rest.model.ReasonRequest;
import com.numberinventory.adapters.rest.model.ProvisionedNumbersView;
import com.numberinventory.adapters.rest.model.ReleaseRequest;
import com.numberinventory.adapters.rest.model.TransferRequest;
import com.numberinventory.adapters.rest.model.RentalView;
import com.numberinventory.adapters.rest.model.ActorView;
import com.numberinventory.adapters.rest.model.ReserveRequest;
import com.numberinventory.adapters.rest.model.SeriesPatch;
import com.numberinventory.adapters.rest.model.SeriesRequest;
import com.numberinventory.adapters.rest.model.SeriesView;
import com.numberinventory.adapters.rest.model.WebhookDeliveryView;
import com.numberinventory.adapters.rest.model.WebhookPatch;
import com.numberinventory.adapters.rest.model.WebhookRequest;
import com.numberinventory.adapters.rest.model.WebhookView;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The JSON shapes Jackson reads or writes by reflection where Quarkus cannot see them at build time: bodies
 * answered through {@code Response.entity(...)}, values read with {@code treeToValue} (the series'
 * {@code monthly_price}), and the list wrappers. On the JVM this changes nothing; in a native executable an
 * unregistered record serialises as {@code {}} or fails to read. {@code NativeRegistrationTest} fails when a
 * type under {@code adapters.rest.model} is missing here.
 */
@RegisterForReflection(targets = {
        ApiKeyRequest.class,
        ApiKeyView.class,
        ApiKeyView.ListView.class,
        AvailableNumberView.class,
        AvailableNumberView.ListView.class,
        CredentialsRequest.class,
        EventListView.class,
        EventTypeView.class,
        EventTypeView.ListView.class,
        ImportRequest.class,
        ImportRequest.RangeView.class,
        ImportRequest.ResultView.class,
        ImportRequest.SkippedView.class,
        MoneyView.class,
        NumberView.class,
        NumberView.ListView.class,
        NumberView.Messaging.class,
        NumberView.RentalSummary.class,
        ProviderRequest.class,
        ProviderEventView.class,
        ProviderEventView.ListView.class,
        ProviderEventView.Result.class,
        ProviderView.class,
        ProviderView.ListView.class,
        ProvisionAnyRequest.class,
        ProvisionRequest.class,
        ProvisionedNumbersView.class,
        ReasonRequest.class,
        ReleaseRequest.class,
        RentalView.class,
        ActorView.class,
        RentalView.ListView.class,
        ReserveRequest.class,
        RetireRequest.class,
        SeriesPatch.class,
        SeriesRequest.class,
        SeriesView.class,
        SeriesView.ListView.class,
        TransferRequest.class,
        UpstreamDisconnectView.class,
        com.numberinventory.adapters.rest.model.OrderRequest.class,
        com.numberinventory.adapters.rest.model.JobRequest.class,
        com.numberinventory.adapters.rest.model.JobView.class,
        com.numberinventory.adapters.rest.model.JobView.ListView.class,
        com.numberinventory.adapters.rest.model.JobView.Result.class,
        com.numberinventory.adapters.rest.model.JobView.ResultList.class,
        com.numberinventory.adapters.rest.model.ReconciliationView.class,
        com.numberinventory.adapters.rest.model.ReconciliationView.Difference.class,
        com.numberinventory.adapters.rest.model.ReconciliationView.ListView.class,
        com.numberinventory.adapters.rest.model.ReconciliationView.Request.class,
        com.numberinventory.adapters.rest.model.OrderView.class,
        com.numberinventory.adapters.rest.model.OrderView.Line.class,
        com.numberinventory.adapters.rest.model.OrderView.ListView.class,
        WebhookDeliveryView.class,
        WebhookDeliveryView.ListView.class,
        WebhookPatch.class,
        WebhookRequest.class,
        WebhookView.class,
        WebhookView.ListView.class
})
public final class JsonShapes {

    private JsonShapes() {
    }
}
