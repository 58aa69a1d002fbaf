package io.tribune.moderation.engine.activity;

import java.util.Arrays;
import java.util.Locale;

/**
 * The network an address belongs to, for accounts that take turns from neighbouring addresses: the
 * first three octets of an IPv4 address, the first four groups of an IPv6 address. Addresses are
 * parsed by hand, never resolved.
 */
final class Network {

    private Network() {}

    static String of(String address) {
        if (address == null || address.isBlank() || address.length() > 64) {
            return null;
        }
        String a = address.strip();
        if (a.regionMatches(true, 0, "::ffff:", 0, 7) && a.indexOf('.') > 0) {
            return ipv4(a.substring(7));
        }
        if (a.indexOf(':') >= 0) {
            return ipv6(a.toLowerCase(Locale.ROOT));
        }
        return ipv4(a);
    }

    private static String ipv4(String a) {
        String[] parts = a.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        for (String part : parts) {
            if (!isOctet(part)) {
                return null;
            }
        }
        return Integer.parseInt(parts[0]) + "." + Integer.parseInt(parts[1]) + "." + Integer.parseInt(parts[2])
                + ".0/24";
    }

    private static boolean isOctet(String part) {
        if (part.isEmpty() || part.length() > 3) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            if (part.charAt(i) < '0' || part.charAt(i) > '9') {
                return false;
            }
        }
        return Integer.parseInt(part) <= 255;
    }

    private static String ipv6(String a) {
        int zone = a.indexOf('%');
        if (zone >= 0) {
            a = a.substring(0, zone);
        }
        int gap = a.indexOf("::");
        String[] head;
        String[] tail;
        if (gap >= 0) {
            if (a.indexOf("::", gap + 1) >= 0) {
                return null;
            }
            head = groups(a.substring(0, gap));
            tail = groups(a.substring(gap + 2));
        } else {
            head = groups(a);
            tail = new String[0];
        }
        if (head == null || tail == null || head.length + tail.length > 8 || (gap < 0 && head.length != 8)) {
            return null;
        }
        String[] all = new String[8];
        Arrays.fill(all, "0");
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, 8 - tail.length, tail.length);
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            prefix.append(Integer.toHexString(Integer.parseInt(all[i], 16))).append(':');
        }
        return prefix.append(":/64").toString();
    }

    private static String[] groups(String part) {
        if (part.isEmpty()) {
            return new String[0];
        }
        String[] groups = part.split(":", -1);
        for (String g : groups) {
            if (g.isEmpty() || g.length() > 4 || !g.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return null;
            }
        }
        return groups;
    }
}
