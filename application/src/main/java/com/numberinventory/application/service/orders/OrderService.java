package com.numberinventory.application.service.orders;

import com.numberinventory.application.port.in.orders.OrderUseCase;
import com.numberinventory.application.port.out.orders.NumberOrders;
import com.numberinventory.application.port.out.providers.upstream.AvailableNumberQuery;
import com.numberinventory.application.port.out.providers.upstream.ProviderAccount;
import com.numberinventory.application.port.out.providers.upstream.ProviderAccounts;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi.NumberResult;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi.OrderPlacement;
import com.numberinventory.application.port.out.providers.upstream.ProviderRejectedException;
import com.numberinventory.application.port.out.providers.upstream.UpstreamOffer;
import com.numberinventory.application.port.out.providers.upstream.UpstreamOrder;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.shared.NotFound;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.order.NumberOrder;
import com.numberinventory.domain.order.OrderId;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places an order in three steps, never calling the provider inside a transaction: (1) store the order and its
 * numbers pending; (2) call the provider with the order id as its reference; (3) record its answer. A timeout or
 * 5xx keeps the order pending for {@link #retry} (the same reference, so the provider does not order twice); a
 * refusal of the whole call fails every pending number with the provider's code.
 */
public record OrderService(NumberOrders orders, OrderSettlement settlement, ProviderAccounts accounts,
                           ProviderNumberApi.Registry apis, Transactions transactions, Clock clock)
        implements OrderUseCase {

    /** The most numbers one order may hold. */
    public static final int MAX_NUMBERS = 100;

    @Override
    public NumberOrder place(PlaceOrderCommand command) {
        record Prepared(ProviderAccount account, Series series) {
        }
        Prepared prepared = transactions.inTransaction(() -> {
            ProviderAccount account = accounts.forProvider(command.providerId())
                    .orElseThrow(() -> NotFound.provider(command.providerId()));
            Series series = settlement.catalog().findById(command.seriesId())
                    .filter(s -> s.providerId().equals(command.providerId()))
                    .orElseThrow(() -> invalid("series_id", "no series " + command.seriesId() + " of this provider"));
            return new Prepared(account, series);
        });
        List<OrderSettlement.Wanted> wanted = wanted(prepared.account(), prepared.series(), command);
        OrderId id = new OrderId(settlement.ids().next());
        NumberOrder order = transactions.inTransaction(() -> settlement.admit(id, prepared.series(), command, wanted,
                clock.instant()));
        if (order.status() != NumberOrder.Status.PENDING) {
            return order;
        }
        return send(prepared.account(), id);
    }

    @Override
    public NumberOrder get(OrderId id) {
        return transactions.inTransaction(() -> orders.find(id)).orElseThrow(() -> notFound(id));
    }

    @Override
    public Page<NumberOrder> list(PageRequest page) {
        return transactions.inTransaction(() -> orders.list(page));
    }

    @Override
    public NumberOrder retry(OrderId id) {
        NumberOrder order = get(id);
        if (order.status() != NumberOrder.Status.PENDING) {
            throw new DomainException(ErrorCode.ORDER_NOT_RETRYABLE, "order " + id + " is " + order.status()
                    .wireName() + ": every number is settled");
        }
        ProviderAccount account = transactions.inTransaction(() -> accounts.forProvider(order.providerId()))
                .orElseThrow(() -> NotFound.provider(order.providerId()));
        return send(account, id);
    }

    /** The numbers to order: the listed ones (with the provider's id from its offer when it has one), or an offer pick. */
    private List<OrderSettlement.Wanted> wanted(ProviderAccount account, Series series, PlaceOrderCommand command) {
        ProviderNumberApi api = apis.forKind(account.kind());
        List<OrderSettlement.Wanted> wanted = new ArrayList<>();
        if (!command.e164s().isEmpty()) {
            for (E164 e164 : command.e164s()) {
                wanted.add(new OrderSettlement.Wanted(e164, offerIdOf(api, account, e164)));
            }
            return wanted;
        }
        int quantity = command.quantity().orElseThrow(() -> invalid("quantity", "give either e164 or quantity"));
        List<UpstreamOffer> offers = api.searchAvailable(account, new AvailableNumberQuery(series.country(),
                command.capability(), command.patterns().startsWith(), command.patterns().contains(),
                command.patterns().endsWith(), quantity));
        offers.stream().limit(quantity).forEach(o -> wanted.add(new OrderSettlement.Wanted(o.e164(), o.upstreamId())));
        if (wanted.isEmpty()) {
            throw new DomainException(ErrorCode.ORDER_NOTHING_AVAILABLE,
                    "the provider offers no number that matches the criteria");
        }
        return wanted;
    }

    /**
     * The provider's own id of a listed number, from its offer (a provider that claims by id needs it). A provider
     * without search, or a failed search, leaves it empty: the provider's answer then says what it makes of it.
     */
    private static Optional<String> offerIdOf(ProviderNumberApi api, ProviderAccount account, E164 e164) {
        try {
            return api.searchAvailable(account, new AvailableNumberQuery(e164.country(), Optional.empty(),
                            Optional.of(e164.digits()), Optional.empty(), Optional.empty(), 5)).stream()
                    .filter(o -> o.e164().equals(e164)).findFirst().flatMap(UpstreamOffer::upstreamId);
        } catch (DomainException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** One attempt at the provider for the order's pending numbers; answers the order as recorded after it. */
    private NumberOrder send(ProviderAccount account, OrderId id) {
        NumberOrder order = get(id);
        UpstreamOrder upstream = new UpstreamOrder(id.toString(), order.pendingLines().stream()
                .map(l -> new ProviderNumberApi.UpstreamNumber(l.e164(), l.upstreamId())).toList(),
                order.campaignId());
        if (upstream.numbers().isEmpty()) {
            return order;
        }
        OrderPlacement placement;
        try {
            placement = apis.forKind(account.kind()).placeOrder(account, upstream);
        } catch (ProviderRejectedException e) {
            String code = e.providerCode() == null ? ErrorCode.PROVIDER_REJECTED.code() : e.providerCode();
            return record(id, o -> {
                o.attempted(Optional.empty(), Optional.of(code + ": " + e.getMessage()), clock.instant());
                for (NumberOrder.Line line : o.pendingLines()) {
                    settlement.fail(o, line.e164(), code, e.getMessage(), clock.instant());
                }
            });
        } catch (DomainException e) {
            if (e instanceof com.numberinventory.application.port.out.providers.upstream.ProviderUnavailableException
                    || e.errorCode() == ErrorCode.PROVIDER_API_CREDENTIALS_MISSING) {
                // The provider may have acted (timeout, 5xx), is paused (open circuit), or has no api_key yet: the
                // order stays pending, and a retry sends the same reference.
                return record(id, o -> o.attempted(Optional.empty(),
                        Optional.of(e.errorCode().code() + ": " + e.getMessage()), clock.instant()));
            }
            // The adapter refused the order before calling (e.g. a Zipwhip order without campaign_id): it can
            // never succeed as it is, so every pending number fails with that code.
            return record(id, o -> {
                o.attempted(Optional.empty(), Optional.of(e.errorCode().code() + ": " + e.getMessage()),
                        clock.instant());
                for (NumberOrder.Line line : o.pendingLines()) {
                    settlement.fail(o, line.e164(), e.errorCode().code(), e.getMessage(), clock.instant());
                }
            });
        }
        return record(id, o -> {
            o.attempted(placement.upstreamOrderId(), Optional.empty(), clock.instant());
            for (NumberResult r : placement.results()) {
                switch (r.outcome()) {
                    case COMPLETED -> settlement.complete(o, r.e164(), r.upstreamId(), clock.instant());
                    case FAILED -> settlement.fail(o, r.e164(), r.errorCode().orElse("provider.refused"),
                            r.errorDetail().orElse("refused by the provider"), clock.instant());
                    case PENDING -> o.noteIds(r.e164(), r.upstreamId(), r.requestId(), clock.instant());
                }
            }
        });
    }

    private NumberOrder record(OrderId id, java.util.function.Consumer<NumberOrder> change) {
        return transactions.inTransaction(() -> {
            NumberOrder o = orders.findForUpdate(id).orElseThrow(() -> notFound(id));
            change.accept(o);
            orders.save(o);
            return o;
        });
    }

    private static DomainException invalid(String field, String message) {
        return new DomainException(ErrorCode.ORDER_INVALID, field + " " + message,
                List.of(new DomainException.FieldError(field, message)));
    }

    private static DomainException notFound(OrderId id) {
        return new DomainException(ErrorCode.ORDER_NOT_FOUND, "no order " + id);
    }
}
