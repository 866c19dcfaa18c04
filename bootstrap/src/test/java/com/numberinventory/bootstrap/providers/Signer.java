package com.numberinventory.bootstrap.providers;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/** Signs test deliveries the way each provider does, independently of the production code. */
final class Signer {

    private static final byte[] PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");

    private Signer() {
    }

    static String hmacHex(String key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            for (byte[] p : parts) {
                mac.update(p);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String sautikitTimestamped(String secret, byte[] body, long t) {
        return "t=" + t + ",v1=" + hmacHex(secret, body, ("." + t).getBytes(StandardCharsets.US_ASCII));
    }

    /** Base64 Ed25519 signature of {@code message} with the private key from a base64 32-byte seed. */
    static String ed25519(String seedBase64, byte[] message) {
        try {
            byte[] seed = Base64.getDecoder().decode(seedBase64);
            byte[] pkcs8 = new byte[PKCS8_PREFIX.length + 32];
            System.arraycopy(PKCS8_PREFIX, 0, pkcs8, 0, PKCS8_PREFIX.length);
            System.arraycopy(seed, 0, pkcs8, PKCS8_PREFIX.length, 32);
            PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update(message);
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String telnyx(String seedBase64, long t, byte[] body) {
        byte[] prefix = (t + "|").getBytes(StandardCharsets.US_ASCII);
        byte[] msg = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, msg, 0, prefix.length);
        System.arraycopy(body, 0, msg, prefix.length, body.length);
        return ed25519(seedBase64, msg);
    }
}
