package com.numberinventory.adapters.persistence.numbers;

import com.numberinventory.application.port.in.numbers.DigitPatterns;
import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.shared.CountryCode;
import jakarta.persistence.Query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The WHERE clause over {@code numbers n}, written once for the search and for "provision any": every value goes
 * in as a bind parameter, never into the SQL text.
 */
final class NumberConditions {

    private final StringBuilder sql;
    private final Map<String, Object> params = new LinkedHashMap<>();

    NumberConditions(String selectFromWhere) {
        this.sql = new StringBuilder(selectFromWhere);
    }

    NumberConditions and(String condition) {
        sql.append(" AND ").append(condition);
        return this;
    }

    NumberConditions equal(String column, String name, Optional<?> value) {
        value.ifPresent(v -> {
            sql.append(" AND ").append(column).append(" = :").append(name);
            params.put(name, v);
        });
        return this;
    }

    NumberConditions uuid(String column, String name, Optional<UUID> value) {
        return equal(column, name, value);
    }

    NumberConditions country(Optional<CountryCode> country) {
        return equal("n.country_code", "country", country.map(CountryCode::value));
    }

    NumberConditions capabilities(Optional<Capabilities> capabilities) {
        capabilities.ifPresent(c -> {
            sql.append(" AND (n.capabilities & :caps) = :caps");
            params.put("caps", c.bits());
        });
        return this;
    }

    /** {@code starts_with} and {@code ends_with} are served by prefix indexes, {@code contains} by a trigram one. */
    NumberConditions patterns(DigitPatterns patterns) {
        patterns.startsWith().ifPresent(p -> like("n.digits", "prefix", p + "%"));
        patterns.contains().ifPresent(p -> like("n.digits", "infix", "%" + p + "%"));
        patterns.endsWith().ifPresent(p -> like("n.digits_reversed", "suffix", new StringBuilder(p).reverse() + "%"));
        return this;
    }

    private void like(String column, String name, String pattern) {
        sql.append(" AND ").append(column).append(" LIKE :").append(name);
        params.put(name, pattern);
    }

    NumberConditions param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    NumberConditions then(String tail) {
        sql.append(' ').append(tail);
        return this;
    }

    String sql() {
        return sql.toString();
    }

    Query bind(Query query) {
        params.forEach(query::setParameter);
        return query;
    }
}
