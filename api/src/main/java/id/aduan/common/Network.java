package id.aduan.common;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** A CIDR block such as 10.20.0.0/16 or fd00::/8, from configuration. */
public record Network(BigInteger base, int bits, int length) {
  private static final Pattern LITERAL = Pattern.compile("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  /** Throws IllegalArgumentException naming {@code setting} when {@code cidr} is not a network. */
  public static Network parse(String cidr, String setting) {
    String[] parts = cidr.strip().split("/");
    var address = literal(parts[0]);
    try {
      if (address.isEmpty() || parts.length > 2) {
        throw new NumberFormatException();
      }
      byte[] b = address.get().getAddress();
      int length = parts.length > 1 ? Integer.parseInt(parts[1]) : b.length * 8;
      if (length < 0 || length > b.length * 8) {
        throw new NumberFormatException();
      }
      return new Network(new BigInteger(1, b), b.length * 8, length);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(setting + ": not a network: " + cidr, e);
    }
  }

  /** An IP address written out, never a name to look up (that would block, and ask DNS). */
  public static Optional<InetAddress> literal(String text) {
    String t = text == null ? "" : text.strip();
    if (t.startsWith("[") && t.endsWith("]")) {
      t = t.substring(1, t.length() - 1);
    }
    if (t.isEmpty() || !LITERAL.matcher(t).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(t));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  public boolean contains(InetAddress a) {
    byte[] b = a.getAddress();
    if (b.length * 8 != bits) {
      return false;
    }
    int shift = bits - length;
    return new BigInteger(1, b).shiftRight(shift).equals(base.shiftRight(shift));
  }
}
