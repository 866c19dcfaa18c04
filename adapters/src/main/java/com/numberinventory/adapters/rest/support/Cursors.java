package com.numberinventory.adapters.rest.support;

import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.Uuids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Opaque keyset cursors: the id of the last row served, bound to the list it came from and sealed with an
 * HMAC so a cursor the service did not make is refused ({@code validation.invalid_cursor}). Every list route
 * reads its page with {@link #request} and answers it with {@link #answer} (or {@link #next}).
 */
@ApplicationScoped
public class Cursors {

    private final byte[] key;

    @Inject
    public Cursors(RestConfig config) {
        this(config.cursorKey());
    }

    public Cursors(String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    /** The page a list route asks for: its {@code limit} (checked first) and its {@code cursor}, read for this list. */
    public PageRequest request(String list, String limit, String cursor) {
        return new PageRequest(Params.limit(limit), decode(list, cursor));
    }

    /** The cursor of the page after this one, or null on the last page. */
    public String next(String list, Page<?> page) {
        return page.nextAfter().map(after -> encode(list, after)).orElse(null);
    }

    /** A list route's answer: the page's items as views, and the cursor of the next page. */
    public <T, V, L> L answer(String list, Page<T> page, Function<? super T, ? extends V> view,
                              BiFunction<List<V>, String, L> listView) {
        List<V> data = page.items().stream().<V>map(view).toList();
        return listView.apply(data, next(list, page));
    }

    public String encode(String list, UUID after) {
        String payload = "v1." + list + "." + after;
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((payload + "." + mac(payload)).getBytes(StandardCharsets.UTF_8));
    }

    public Optional<UUID> decode(String list, String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int lastDot = text.lastIndexOf('.');
            if (lastDot < 0) {
                throw invalid();
            }
            String payload = text.substring(0, lastDot);
            String mac = text.substring(lastDot + 1);
            if (!MessageDigest.isEqual(mac.getBytes(StandardCharsets.UTF_8), mac(payload).getBytes(StandardCharsets.UTF_8))) {
                throw invalid();
            }
            String prefix = "v1." + list + ".";
            if (!payload.startsWith(prefix)) {
                throw invalid();
            }
            return Optional.of(Uuids.tryParse(payload.substring(prefix.length())).orElseThrow(Cursors::invalid));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /**
     * One keyed HMAC per thread: every page answer signs its cursor, and finding the algorithm among the JDK's
     * providers and keying it cost more than the signing. {@code doFinal} leaves it ready for the next payload.
     */
    private final ThreadLocal<Mac> hmac = ThreadLocal.withInitial(this::newMac);

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String mac(String payload) {
        byte[] full = hmac.get().doFinal(payload.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(full, 0, 12);
    }

    private static DomainException invalid() {
        return new DomainException(ErrorCode.INVALID_CURSOR, "the cursor was not made by this service",
                java.util.List.of(new DomainException.FieldError("cursor", "not a cursor this service made")));
    }
}
