package id.aduan.report.access;

import id.aduan.common.crypto.Pepper;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** {@link Pins} under the pepper of the configuration. */
@Singleton
class PinsProducer {
  @Produces
  @Singleton
  Pins pins(Pepper pepper) {
    return new Pins(pepper);
  }
}
