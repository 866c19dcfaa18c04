package com.numberinventory.adapters.persistence.shared;

import com.numberinventory.application.shared.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An HQL filter over one entity, built from the conditions a listing asks for, read as one keyset page: the rows
 * after the page's cursor in id order, one more than the limit so {@code Page.of} can tell whether another follows.
 */
public final class KeysetQuery {

    private final StringBuilder where = new StringBuilder("1 = 1");
    private final Map<String, Object> params = new HashMap<>();

    /** A condition that always applies. */
    public KeysetQuery and(String condition) {
        where.append(" and ").append(condition);
        return this;
    }

    /** A condition on the named parameter. */
    public KeysetQuery and(String condition, String name, Object value) {
        params.put(name, value);
        return and(condition);
    }

    /** A condition on the named parameter, applied only when the value is present. */
    public KeysetQuery andIfPresent(String condition, String name, Optional<?> value) {
        value.ifPresent(v -> and(condition, name, v));
        return this;
    }

    public <E> List<E> page(PanacheRepositoryBase<E, UUID> rows, PageRequest page) {
        andIfPresent("id > :after", "after", page.after());
        return rows.find(where.toString(), Sort.by("id"), params).range(0, page.limit()).list();
    }
}
