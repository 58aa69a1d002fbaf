package io.tribune.notifications.push;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps push endpoints to public https addresses. A subscription names the URL the server will POST to,
 * and anyone may send one, so without this guard a reader could make the server call into its own
 * network (the database, the metrics port, a cloud metadata service). Checked when a subscription
 * arrives and again before every message, since a name may be pointed elsewhere later.
 */
@Component
class EndpointGuard {

    static final int MAX_LENGTH = 2048;

    private final boolean allowPrivate;

    @Autowired
    EndpointGuard(PushSettings settings) {
        this(settings.allowPrivateEndpoints());
    }

    EndpointGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** The endpoint as a URI when it is one the server may send to; empty otherwise. */
    Optional<URI> check(String endpoint) {
        if (endpoint == null || endpoint.isEmpty() || endpoint.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean isSchemeAllowed = scheme.equals("https") || (allowPrivate && scheme.equals("http"));
        if (!isSchemeAllowed
                || uri.getHost() == null
                || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null
                || !uri.isAbsolute()) {
            return Optional.empty();
        }
        return mayReach(uri) ? Optional.of(uri) : Optional.empty();
    }

    /** Whether every address the endpoint's host has now is a public one. */
    boolean mayReach(URI endpoint) {
        if (allowPrivate) {
            return true;
        }
        try {
            InetAddress[] addresses = InetAddress.getAllByName(endpoint.getHost());
            for (InetAddress address : addresses) {
                if (!isPublic(address)) {
                    return false;
                }
            }
            return addresses.length > 0;
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                    && !(first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = bytes[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // unique local fc00::/7
            }
            boolean isMappedOrCompatible = true;
            for (int i = 0; i < 10; i++) {
                isMappedOrCompatible &= bytes[i] == 0;
            }
            if (isMappedOrCompatible && ((bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff) || bytes[10] == 0)) {
                // ::ffff:a.b.c.d and ::a.b.c.d reach the IPv4 address inside
                try {
                    byte[] v4 = {bytes[12], bytes[13], bytes[14], bytes[15]};
                    return isPublic(InetAddress.getByAddress(v4));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            // 64:ff9b::/96 (NAT64) reaches the IPv4 address inside as well
            if (first == 0 && bytes[1] == 0x64 && (bytes[2] & 0xff) == 0xff && (bytes[3] & 0xff) == 0x9b) {
                return false;
            }
            return true;
        }
        return false;
    }
}
