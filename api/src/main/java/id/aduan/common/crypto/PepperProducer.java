package id.aduan.common.crypto;

import id.aduan.common.config.AppConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/** The {@link Pepper} of the configuration; the API does not start without one. */
@Singleton
class PepperProducer {
  @Produces
  @Singleton
  Pepper pepper(AppConfig config) {
    var settings = config.guestAccess();
    return Pepper.fromConfig(settings.pepper(), settings.retiredPeppers().orElse(List.of()),
        PersonalDataCipher.keys().rawKeys());
  }
}
