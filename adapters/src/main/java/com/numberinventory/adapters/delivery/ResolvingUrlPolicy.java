package com.numberinventory.adapters.delivery;

import com.numberinventory.application.port.out.webhooks.WebhookUrlPolicy;
import com.numberinventory.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * The SSRF guard: a webhook URL must be {@code https} and its host must resolve only to public addresses (no
 * loopback, private, link-local, carrier-grade NAT, unique-local, multicast or cloud metadata addresses). It is
 * checked when a subscription is saved and again before each send (DNS may change in between).
 * {@code numbers.webhooks.allow-insecure-urls=true} (tests, local demo) allows {@code http} and any address.
 */
@ApplicationScoped
public class ResolvingUrlPolicy implements WebhookUrlPolicy {

    private static final Set<String> METADATA_HOSTS = Set.of("metadata.google.internal", "metadata",
            "instance-data", "instance-data.ec2.internal");

    private final boolean allowInsecure;

    @Inject
    public ResolvingUrlPolicy(DeliveryConfig config) {
        this(config.allowInsecureUrls());
    }

    public ResolvingUrlPolicy(boolean allowInsecure) {
        this.allowInsecure = allowInsecure;
    }

    @Override
    public void check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw refused("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getHost().isBlank() || !(scheme.equals("https") || scheme.equals("http"))) {
            throw refused("must be an absolute https URL with a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused("must not carry credentials");
        }
        if (allowInsecure) {
            return;
        }
        if (!scheme.equals("https")) {
            throw refused("must use https");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (METADATA_HOSTS.contains(host) || host.equals("localhost") || host.endsWith(".localhost")) {
            throw refused("must not point at a local or metadata host");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw refused("host does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw refused("must not resolve to a loopback, private, link-local or metadata address");
            }
        }
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return !(first == 0                                   // "this" network
                    || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    || (first == 198 && (second == 18 || second == 19))   // benchmarking
                    || first >= 240);                                      // reserved, broadcast
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return false; // unique local fc00::/7
            }
            boolean v4Mapped = true;
            for (int i = 0; i < 10; i++) {
                v4Mapped &= b[i] == 0;
            }
            if (v4Mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            if ((b[0] & 0xff) == 0xfd && (b[1] & 0xff) == 0x00 && (b[2] & 0xff) == 0x0e && (b[3] & 0xff) == 0xc2) {
                return false; // AWS IPv6 metadata fd00:ec2::/32 (also covered by fc00::/7)
            }
        }
        return true;
    }

    private static DomainException refused(String why) {
        return DomainException.invalidField("url", why);
    }
}
