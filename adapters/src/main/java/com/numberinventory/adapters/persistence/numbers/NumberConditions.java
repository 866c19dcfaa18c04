package com.numberinventory.adapters.persistence.numbers;

import com.numberinventory.application.port.in.numbers.DigitPatterns;
import com.numberinventory.application.port.in.numbers.NumberFilter;
import com.numberinventory.application.port.in.numbers.NumberPattern;
import com.numberinventory.domain.number.NumberType;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.shared.WorkspaceId;
import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.shared.CountryCode;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The WHERE clause over {@code numbers n}, written once for the search and for "provision any": every value goes
 * in as a bind parameter, never into the SQL text.
 */
final class NumberConditions {

    private final StringBuilder sql;
    private final Map<String, Object> params = new LinkedHashMap<>();

    private static final Pattern NAMED = Pattern.compile(":([A-Za-z_][A-Za-z0-9_]*)");

    NumberConditions(String selectFromWhere) {
        this.sql = new StringBuilder(selectFromWhere);
    }

    /** The search: one page ({@code limit + 1} rows, to tell whether more follow) of the filtered numbers by id. */
    static NumberConditions search(NumberFilter filter, PageRequest page) {
        NumberConditions where = new NumberConditions("SELECT n.* FROM numbers n WHERE TRUE")
                .equal("n.status", "status", filter.status().map(s -> s.wireName()))
                .uuid("n.series_id", "series", filter.seriesId().map(SeriesId::value))
                .uuid("n.provider_id", "provider", filter.providerId().map(ProviderId::value))
                .uuid("n.workspace_id", "workspace", filter.workspaceId().map(WorkspaceId::value))
                .country(filter.country())
                .capabilities(filter.capabilities())
                .patterns(filter.patterns())
                .numberType(filter.numberType());
        page.after().ifPresent(a -> where.and("n.id > :after").param("after", a));
        return where.then("ORDER BY n.id LIMIT :limit").param("limit", page.limit() + 1);
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

    NumberConditions numberType(Optional<NumberType> type) {
        return equal("n.number_type", "number_type", type.map(NumberType::wireName));
    }

    /**
     * {@code starts_with} and {@code ends_with} are served by prefix indexes, {@code contains} by a trigram one.
     * A {@code pattern} is served the same way: an exact one by the E.164 index, its leading literal by the prefix
     * index, its trailing literal by the reversed one, and literals between wildcards by the trigram index (the
     * whole pattern as one LIKE, which also checks the order of the parts).
     */
    NumberConditions patterns(DigitPatterns patterns) {
        patterns.startsWith().ifPresent(p -> like("n.digits", "prefix", p + "%"));
        patterns.contains().ifPresent(p -> like("n.digits", "infix", "%" + p + "%"));
        patterns.endsWith().ifPresent(p -> like("n.digits_reversed", "suffix", new StringBuilder(p).reverse() + "%"));
        patterns.pattern().ifPresent(this::pattern);
        return this;
    }

    private void pattern(NumberPattern p) {
        if (p.exact()) {
            equal("n.e164", "pattern_e164", Optional.of("+" + p.digits()));
            return;
        }
        p.prefix().ifPresent(s -> like("n.digits", "pattern_prefix", s + "%"));
        p.suffix().ifPresent(s -> like("n.digits_reversed", "pattern_suffix", new StringBuilder(s).reverse() + "%"));
        boolean anchoredBothEnds = p.prefix().isPresent() && p.suffix().isPresent();
        if (!p.inner().isEmpty() || anchoredBothEnds) {
            like("n.digits", "pattern_like", p.like());
        }
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

    /** A statement text over these parameters and their values in the order the statement names them. */
    record Positional(String sql, List<Object> values) {
    }

    /** For JDBC: each {@code :name} becomes {@code ?}. */
    Positional positional(String statement) {
        return bound(statement, n -> "?");
    }

    /** For the reactive client: each {@code :name} becomes {@code $1}, {@code $2}, ... */
    Positional numbered(String statement) {
        return bound(statement, n -> "\\$" + n);
    }

    private Positional bound(String statement, IntFunction<String> placeholder) {
        List<Object> values = new ArrayList<>();
        Matcher m = NAMED.matcher(statement);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (!params.containsKey(m.group(1))) {
                throw new IllegalStateException("no value for :" + m.group(1));
            }
            values.add(params.get(m.group(1)));
            m.appendReplacement(out, placeholder.apply(values.size()));
        }
        m.appendTail(out);
        return new Positional(out.toString(), values);
    }

    Query bind(Query query) {
        params.forEach(query::setParameter);
        return query;
    }
}
