package id.aduan.common.limit;

import id.aduan.common.config.AppConfig;
import id.aduan.common.error.Msg;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The guest's anti-spam stamp (ADR 0021): a hashcash-style proof that the sender spent CPU time
 * on this one report. It is bound to the report's Idempotency-Key, which a report claims once,
 * so a stamp buys exactly one report; and it needs no round trip, so the SPA can make it
 * offline and its queue can send it days later (a stale stamp is made again, same key).
 *
 * <p>Stamp: {@code 1:<unix seconds>:<nonce>}. Valid when SHA-256 of
 * {@code aduan:1:<unix seconds>:<Idempotency-Key>:<nonce>} starts with {@code bits} zero bits
 * and the time is within the last {@link #LIFETIME} (and at most {@link #SKEW} ahead).
 */
@ApplicationScoped
public class ProofOfWork {
  /** How long a stamp is good for: no longer than Idempotency-Keys are kept, or one could be used twice. */
  public static final Duration LIFETIME = Duration.ofDays(1);
  /** Phone clocks run fast; the problem's serverTime lets the SPA correct them. */
  static final Duration SKEW = Duration.ofMinutes(10);
  public static final String HEADER = "X-Proof-Of-Work";
  private static final Pattern STAMP = Pattern.compile("1:(\\d{1,12}):([0-9A-Za-z]{1,32})");

  private final int bits;
  private final Clock clock;

  @Inject
  ProofOfWork(AppConfig config) {
    this(config.antiSpam().proofOfWorkBits(), Clock.systemUTC());
  }

  ProofOfWork(int bits, Clock clock) {
    if (bits < 0 || bits > 32) {
      throw new IllegalArgumentException("aduan.anti-spam.proof-of-work-bits must be 0 to 32, not " + bits);
    }
    this.bits = bits;
    this.clock = clock;
  }

  /** Throws when a guest's submission lacks a valid stamp for its key; does nothing when turned off. */
  public void check(String idempotencyKey, String stamp) {
    if (bits == 0) {
      return;
    }
    if (idempotencyKey == null || idempotencyKey.isBlank()) {
      throw refusal("Idempotency-Key", Msg.of("proofOfWork.idempotencyKey"));
    }
    if (stamp == null || stamp.isBlank()) {
      throw refusal(HEADER, Msg.of("proofOfWork.required"));
    }
    var m = STAMP.matcher(stamp.strip());
    if (!m.matches()) {
      throw refusal(HEADER, Msg.of("proofOfWork.format"));
    }
    long now = clock.instant().getEpochSecond();
    long made = Long.parseLong(m.group(1));
    if (made > now + SKEW.toSeconds()) {
      throw refusal(HEADER, Msg.of("proofOfWork.future"));
    }
    if (made < now - LIFETIME.toSeconds()) {
      throw refusal(HEADER, Msg.of("proofOfWork.expired"));
    }
    String input = "aduan:1:" + made + ":" + idempotencyKey.strip() + ":" + m.group(2);
    if (leadingZeroBits(sha256(input)) < bits) {
      throw refusal(HEADER, Msg.of("proofOfWork.notEnough"));
    }
  }

  private ProofOfWorkException refusal(String field, Msg message) {
    return new ProofOfWorkException(field, message, bits, clock.instant().getEpochSecond());
  }

  static int leadingZeroBits(byte[] digest) {
    int zeros = 0;
    for (byte b : digest) {
      if (b != 0) {
        return zeros + Integer.numberOfLeadingZeros(b & 0xff) - 24;
      }
      zeros += 8;
    }
    return zeros;
  }

  static byte[] sha256(String input) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
