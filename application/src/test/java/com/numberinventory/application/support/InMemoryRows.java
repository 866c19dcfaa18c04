package com.numberinventory.application.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One table in memory: rows by primary key in insertion order. A failed transaction puts them back as they were
 * ({@link InMemoryTransactions.Store}).
 */
public abstract class InMemoryRows<K, V> implements InMemoryTransactions.Store {

    private Map<K, V> rows = new LinkedHashMap<>();

    public int size() {
        return rows.size();
    }

    protected final Optional<V> row(K key) {
        return Optional.ofNullable(rows.get(key));
    }

    protected final Stream<V> rows() {
        return rows.values().stream();
    }

    /** The first row, in insertion order, that {@code match} accepts. */
    protected final Optional<V> first(Predicate<V> match) {
        return rows().filter(match).findFirst();
    }

    protected final boolean contains(K key) {
        return rows.containsKey(key);
    }

    protected final void put(K key, V row) {
        rows.put(key, row);
    }

    protected final boolean remove(K key) {
        return rows.remove(key) != null;
    }

    /** Inserts a row whose key must be new, as a primary key would insist. */
    protected final void insertNew(K key, V row, String duplicateMessage) {
        if (rows.putIfAbsent(key, row) != null) {
            throw new IllegalStateException(duplicateMessage);
        }
    }

    /** Replaces a row that must exist, as an update that must touch one row would insist. */
    protected final void replaceExisting(K key, V row, String missingMessage) {
        if (!rows.containsKey(key)) {
            throw new IllegalStateException(missingMessage);
        }
        rows.put(key, row);
    }

    @Override
    public final Object snapshot() {
        return new LinkedHashMap<>(rows);
    }

    @Override
    @SuppressWarnings("unchecked")
    public final void restore(Object snapshot) {
        rows = new LinkedHashMap<>((Map<K, V>) snapshot);
    }
}
