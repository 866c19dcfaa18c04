package com.numberinventory.adapters.rest.support;

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
import java.util.Optional;
import java.util.UUID;

/**
 * Opaque keyset cursors: the id of the last row served, bound to the list it came from and sealed with an
 * HMAC so a cursor the service did not make is refused ({@code validation.invalid_cursor}).
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
