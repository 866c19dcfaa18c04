package com.numberinventory.application.support;

import com.numberinventory.application.port.out.numbers.UpstreamDisconnects;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.UpstreamDisconnect;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Upstream disconnects in a map. */
public final class InMemoryUpstreamDisconnects implements UpstreamDisconnects, InMemoryTransactions.Store {

    private Map<NumberId, UpstreamDisconnect> rows = new LinkedHashMap<>();

    @Override
    public void add(UpstreamDisconnect d) {
        if (rows.putIfAbsent(d.numberId(), d) != null) {
            throw new IllegalStateException("duplicate disconnect for " + d.numberId());
        }
    }

    @Override
    public Optional<UpstreamDisconnect> find(NumberId numberId) {
        return Optional.ofNullable(rows.get(numberId));
    }

    @Override
    public Optional<UpstreamDisconnect> claimAttempt(NumberId numberId, Instant now) {
        UpstreamDisconnect d = rows.get(numberId);
        if (d == null || d.status() == UpstreamDisconnect.Status.DONE) {
            return Optional.empty();
        }
        UpstreamDisconnect claimed = new UpstreamDisconnect(d.numberId(), d.providerId(), d.e164(), d.upstreamId(),
                UpstreamDisconnect.Status.PENDING, d.providerCode(), d.detail(), d.attempts() + 1, d.createdAt(), now);
        rows.put(numberId, claimed);
        return Optional.of(claimed);
    }

    @Override
    public int confirmPending(com.numberinventory.domain.number.E164 e164, Instant now) {
        int n = 0;
        for (UpstreamDisconnect d : java.util.List.copyOf(rows.values())) {
            if (d.e164().equals(e164) && d.status() == UpstreamDisconnect.Status.PENDING) {
                record(d.numberId(), UpstreamDisconnect.Status.DONE, Optional.empty(),
                        Optional.of("confirmed by the provider's webhook"), now);
                n++;
            }
        }
        return n;
    }

    @Override
    public void record(NumberId numberId, UpstreamDisconnect.Status status, Optional<String> providerCode,
                       Optional<String> detail, Instant now) {
        UpstreamDisconnect d = rows.get(numberId);
        rows.put(numberId, new UpstreamDisconnect(d.numberId(), d.providerId(), d.e164(), d.upstreamId(), status,
                providerCode, detail, d.attempts(), d.createdAt(), now));
    }

    @Override
    public Object snapshot() {
        return new LinkedHashMap<>(rows);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        rows = new LinkedHashMap<>((Map<NumberId, UpstreamDisconnect>) snapshot);
    }
}
