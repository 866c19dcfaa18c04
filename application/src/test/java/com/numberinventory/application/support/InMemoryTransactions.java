package com.numberinventory.application.support;

import com.numberinventory.application.port.out.shared.Transactions;

import java.util.List;
import java.util.function.Supplier;

/** Transactions over in-memory stores: a failure rolls every store back to where the transaction began. */
public final class InMemoryTransactions implements Transactions {

    /** A store that can take a snapshot and go back to it. */
    public interface Store {
        Object snapshot();

        void restore(Object snapshot);
    }

    private final List<Store> stores;
    private int depth;

    public InMemoryTransactions(Store... stores) {
        this.stores = List.of(stores);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (depth > 0) {
            return work.get();
        }
        List<Object> snapshots = stores.stream().map(Store::snapshot).toList();
        depth++;
        try {
            return work.get();
        } catch (RuntimeException e) {
            for (int i = 0; i < stores.size(); i++) {
                stores.get(i).restore(snapshots.get(i));
            }
            throw e;
        } finally {
            depth--;
        }
    }
}
