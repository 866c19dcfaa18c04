package com.numberinventory.adapters.delivery;

import com.numberinventory.domain.shared.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResolvingUrlPolicyTest {

    private final ResolvingUrlPolicy strict = new ResolvingUrlPolicy(false);

    @ParameterizedTest
    @ValueSource(strings = {
            "http://hooks.example.com/x",            // not https
            "https://127.0.0.1/hook",                // loopback
            "https://localhost:8443/hook",           // loopback by name
            "https://[::1]/hook",                    // IPv6 loopback
            "https://10.1.2.3/hook",                 // private
            "https://172.16.0.5/hook",               // private
            "https://192.168.1.10/hook",             // private
            "https://169.254.169.254/latest/meta-data", // link-local / cloud metadata
            "https://metadata.google.internal/computeMetadata/v1", // metadata by name
            "https://100.64.0.1/hook",               // carrier-grade NAT
            "https://[fd00:ec2::254]/hook",          // unique local / AWS IPv6 metadata
            "https://[::ffff:127.0.0.1]/hook",       // IPv4-mapped loopback
            "https://0.0.0.0/hook",                  // any-local
            "ftp://hooks.example.com/x",             // not http(s)
            "https:///nohost",                       // no host
            "https://user:pw@8.8.8.8/hook"           // credentials in the URL
    })
    void urls_that_reach_local_private_or_metadata_addresses_are_refused(String url) {
        DomainException refused = assertThrows(DomainException.class, () -> strict.check(url));
        assertEquals("url", refused.fieldErrors().get(0).field());
    }

    @Test
    void an_https_url_on_a_public_address_is_allowed() {
        assertDoesNotThrow(() -> strict.check("https://8.8.8.8/hooks/numbers"));
        assertDoesNotThrow(() -> strict.check("https://[2606:4700:4700::1111]/hooks"));
    }

    @Test
    void allow_insecure_urls_lets_http_and_loopback_through_but_still_needs_a_host() {
        ResolvingUrlPolicy insecure = new ResolvingUrlPolicy(true);
        assertDoesNotThrow(() -> insecure.check("http://127.0.0.1:9999/hook"));
        assertThrows(DomainException.class, () -> insecure.check("ftp://127.0.0.1/hook"));
        assertThrows(DomainException.class, () -> insecure.check("not a url"));
    }

    @Test
    void public_addresses_are_told_apart_from_special_ones() throws Exception {
        assertTrue(ResolvingUrlPolicy.isPublic(InetAddress.getByName("93.184.216.34")));
        assertFalse(ResolvingUrlPolicy.isPublic(InetAddress.getByName("192.168.0.1")));
        assertFalse(ResolvingUrlPolicy.isPublic(InetAddress.getByName("fe80::1")));
    }
}
