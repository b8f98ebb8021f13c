package id.aduan.common.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.common.Network;
import id.aduan.common.error.Msg;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
  final ClientAddress behindIngress = new ClientAddress(List.of(Network.parse("10.0.0.0/8", "test"),
      Network.parse("fd00::/8", "test")));

  @Test
  void withoutTrustedProxiesTheConnectionIsTheClientWhateverItForwards() {
    ClientAddress direct = new ClientAddress(List.of());
    assertThat(direct.client("203.0.113.7", List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
  }

  @Test
  void behindATrustedProxyTheRightMostUntrustedEntryIsTheClient() {
    // The client wrote 1.2.3.4 itself; the ingress appended the address it saw.
    assertThat(behindIngress.client("10.1.2.3", List.of("1.2.3.4, 203.0.113.7"))).isEqualTo("203.0.113.7");
    // Two proxies of ours, and a port written by one of them.
    assertThat(behindIngress.client("10.1.2.3", List.of("1.2.3.4", "203.0.113.7:5000, 10.9.9.9")))
        .isEqualTo("203.0.113.7");
    assertThat(behindIngress.client("10.1.2.3", List.of("[2001:db8::1]:443"))).isEqualTo("2001:db8:0:0:0:0:0:1");
  }

  @Test
  void aProxyThatIsNotTrustedIsTheClient() {
    assertThat(behindIngress.client("198.51.100.9", List.of("1.2.3.4"))).isEqualTo("198.51.100.9");
  }

  @Test
  void garbageOrOnlyProxiesInTheHeaderLeaveTheLastAddressKnown() {
    assertThat(behindIngress.client("10.1.2.3", List.of("evil.example, not-an-ip"))).isEqualTo("10.1.2.3");
    assertThat(behindIngress.client("10.1.2.3", List.of("10.4.4.4"))).isEqualTo("10.4.4.4");
    assertThat(behindIngress.client("10.1.2.3", List.of())).isEqualTo("10.1.2.3");
  }

  @Test
  void anIpv6ClientCountsByItsSlash64() {
    assertThat(ClientAddress.key("2001:db8:1:2:aaaa::1")).isEqualTo(ClientAddress.key("2001:db8:1:2:ffff:1:2:3"))
        .isEqualTo("2001:db8:1:2::/64");
    assertThat(ClientAddress.key("2001:db8:1:3::1")).isNotEqualTo(ClientAddress.key("2001:db8:1:2::1"));
    assertThat(ClientAddress.key("203.0.113.7")).isEqualTo("203.0.113.7");
  }

  @Test
  void trustedProxiesAreNetworksNeverNames() {
    assertThatThrownBy(() -> Network.parse("ingress.local", "aduan.trusted-proxies"))
        .hasMessageContaining("aduan.trusted-proxies");
    assertThatThrownBy(() -> Network.parse("10.0.0.0/33", "aduan.trusted-proxies"))
        .hasMessageContaining("not a network");
  }

  @Test
  void ratesAreWrittenCountSlashPeriod() {
    assertThat(Rate.of("60/10m")).isEqualTo(new Rate(60, Duration.ofMinutes(10)));
    assertThat(Rate.of(" 10 / 1h ")).isEqualTo(new Rate(10, Duration.ofHours(1)));
    assertThat(Rate.of("OFF").isOff()).isTrue();
    assertThatThrownBy(() -> Rate.of("60")).hasMessageContaining("count/period");
    assertThatThrownBy(() -> Rate.of("0/1m")).hasMessageContaining("at least 1");
  }

  @Test
  void retryAfterIsWholeSecondsRoundedUp() {
    assertThat(new TooManyRequestsException(Msg.of("limit.requests"), Duration.ofMillis(1500)).retryAfterSeconds())
        .isEqualTo(2);
    assertThat(new TooManyRequestsException(Msg.of("limit.requests"), Duration.ofNanos(1)).getMessage())
        .endsWith("in 1 seconds.");
  }
}
