package com.numberinventory.adapters.rest.support;

import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.Uuids;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.UUID;

/**
 * The one reader of path ids: a {@code UUID} parameter marked {@link PathId} that is not a canonical UUID is the
 * resource's 404, with the same code and detail an unknown UUID gets from the use case.
 */
@Provider
public class PathIds implements ParamConverterProvider {

    private static final Map<ErrorCode, String> NOUNS = Map.of(
            ErrorCode.NUMBER_NOT_FOUND, "number",
            ErrorCode.PROVIDER_NOT_FOUND, "provider",
            ErrorCode.SERIES_NOT_FOUND, "series",
            ErrorCode.RENTAL_NOT_FOUND, "rental",
            ErrorCode.API_KEY_NOT_FOUND, "api key",
            ErrorCode.WEBHOOK_NOT_FOUND, "webhook subscription",
            ErrorCode.DELIVERY_NOT_FOUND, "webhook delivery",
            ErrorCode.CAMPAIGN_NOT_FOUND, "campaign",
            ErrorCode.PROVIDER_EVENT_NOT_FOUND, "provider event");

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != UUID.class || annotations == null) {
            return null;
        }
        for (Annotation a : annotations) {
            if (a instanceof PathId id) {
                return (ParamConverter<T>) new UuidPathId(id.value());
            }
        }
        return null;
    }

    /** A free-text path reference (e.g. a provider's campaign id): one with a NUL is unknown, never a query. */
    public static String reference(ErrorCode notFound, String raw) {
        if (raw == null || raw.isBlank() || raw.indexOf('\0') >= 0) {
            throw unknown(notFound, raw);
        }
        return raw;
    }

    static DomainException unknown(ErrorCode notFound, String raw) {
        String noun = NOUNS.getOrDefault(notFound, "resource");
        return new DomainException(notFound, "no " + noun + " " + raw);
    }

    private record UuidPathId(ErrorCode notFound) implements ParamConverter<UUID> {
        @Override
        public UUID fromString(String raw) {
            // Thrown as a NotFoundException so that the JAX-RS runtime passes it on as is; the mapper answers
            // with the domain error it carries.
            return Uuids.tryParse(raw).orElseThrow(() -> new NotFoundException(unknown(notFound, raw)));
        }

        @Override
        public String toString(UUID value) {
            return value.toString();
        }
    }
}
