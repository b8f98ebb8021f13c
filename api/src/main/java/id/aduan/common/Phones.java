package id.aduan.common;

/** Phone numbers as people write them, and as others may see them. */
public final class Phones {
  private Phones() {}

  /**
   * The number with its middle digits hidden ("+62812*****890"): enough for an official to
   * tell two reporters apart, not enough to call them. Admins alone see it whole.
   */
  public static String mask(String phone) {
    if (phone == null) {
      return null;
    }
    String digits = phone.replaceAll("[^0-9+]", "");
    if (digits.length() <= 6) {
      return "*".repeat(digits.length());
    }
    int head = Math.min(5, digits.length() - 4);
    return digits.substring(0, head) + "*".repeat(digits.length() - head - 3) + digits.substring(digits.length() - 3);
  }

  /**
   * A number in international form without the plus ("6281234567890"), as gateways send and
   * expect it; a local "08..." number is read as Indonesian.
   */
  public static String international(String phone) {
    String digits = phone.replaceAll("[^0-9]", "");
    return digits.startsWith("0") ? "62" + digits.substring(1) : digits;
  }
}
