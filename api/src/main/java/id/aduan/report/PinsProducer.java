package id.aduan.report;

import id.aduan.common.config.AppConfig;
import id.aduan.common.crypto.Pepper;
import id.aduan.common.crypto.PersonalDataCipher;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/** {@link Pins} under the pepper of the configuration; the API does not start without one. */
@Singleton
class PinsProducer {
  @Produces
  @Singleton
  Pins pins(AppConfig config) {
    var settings = config.guestAccess();
    return new Pins(Pepper.fromConfig(settings.pepper(), settings.retiredPeppers().orElse(List.of()),
        PersonalDataCipher.key().getEncoded()));
  }
}
