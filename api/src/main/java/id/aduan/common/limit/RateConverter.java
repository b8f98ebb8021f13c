package id.aduan.common.limit;

import org.eclipse.microprofile.config.spi.Converter;

/** Reads a {@link Rate} from configuration ({@code 60/10m}, {@code off}). */
public class RateConverter implements Converter<Rate> {
  @Override
  public Rate convert(String value) {
    return Rate.of(value);
  }
}
