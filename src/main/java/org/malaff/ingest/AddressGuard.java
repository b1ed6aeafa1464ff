package org.malaff.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Refuses URLs a fetch must not reach (SSRF): schemes other than http and https, and hosts that are
 * or resolve to loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), carrier-grade NAT
 * (100.64/10), link-local (169.254/16, fe80::/10, which holds the cloud metadata address
 * 169.254.169.254), unspecified or multicast addresses — unless the policy allows that host. The
 * check runs before any connection, on every redirect too.
 */
final class AddressGuard {
  private AddressGuard() {}

  static void check(URI uri, FetchPolicy policy) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(uri + ": refused: only http and https are fetched", true);
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new FetchException(uri + ": refused: no host", true);
    }
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    if (policy.allowedInternal().contains(bare.toLowerCase(Locale.ROOT))
        || policy.allowedInternal().contains(bare.toLowerCase(Locale.ROOT) + ":" + port)) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(bare);
    } catch (UnknownHostException e) {
      throw new FetchException(uri + ": the host " + bare + " is not known", false);
    }
    for (InetAddress a : addresses) {
      String why = internal(a);
      if (why != null) {
        boolean literal = bare.contains(":") || bare.matches("[0-9.]+");
        String what = literal ? bare + " is " + why
            : bare + " resolves to " + a.getHostAddress() + ", " + why;
        throw new FetchException(uri + ": refused: " + what + " (not fetched; allow it explicitly for an intranet site)", true);
      }
    }
  }

  /** Why an address is internal, or null when it is a public one. */
  static String internal(InetAddress a) {
    if (a.isLoopbackAddress()) {
      return "a loopback address";
    }
    if (a.isAnyLocalAddress()) {
      return "the unspecified address";
    }
    if (a.isMulticastAddress()) {
      return "a multicast address";
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int x = b[0] & 0xFF;
      int y = b[1] & 0xFF;
      if (x == 169 && y == 254) {
        return (b[2] & 0xFF) == 169 && (b[3] & 0xFF) == 254 ? "the cloud metadata address" : "a link-local address";
      }
      if (x == 10 || (x == 172 && y >= 16 && y <= 31) || (x == 192 && y == 168)) {
        return "a private address";
      }
      if (x == 100 && y >= 64 && y <= 127) {
        return "a carrier-grade NAT address";
      }
      if (x == 0) {
        return "a 'this network' address";
      }
      return null;
    }
    if (a instanceof Inet6Address six) {
      if (six.isLinkLocalAddress()) {
        return "a link-local address";
      }
      if ((b[0] & 0xFE) == 0xFC) {
        return "a private (unique local) address";
      }
      if (six.isIPv4CompatibleAddress() || isMapped(b)) {
        try {
          return internal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
        } catch (UnknownHostException e) {
          return "an unreadable address";
        }
      }
    }
    return null;
  }

  private static boolean isMapped(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
  }
}
