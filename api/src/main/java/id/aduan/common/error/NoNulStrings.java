package id.aduan.common.error;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Strings in request bodies are strings: the NUL character is refused (PostgreSQL cannot store
 * it in text, and no person types it), and so are numbers and booleans in their place.
 */
@Singleton
public class NoNulStrings implements ObjectMapperCustomizer {
  @Override
  public void customize(ObjectMapper mapper) {
    mapper.registerModule(new SimpleModule("no-nul-strings").addDeserializer(String.class, new Deserializer()));
    // A number or true where text belongs is a client's mistake, not a name "true".
    for (var shape : new com.fasterxml.jackson.databind.cfg.CoercionInputShape[] {
        com.fasterxml.jackson.databind.cfg.CoercionInputShape.Boolean,
        com.fasterxml.jackson.databind.cfg.CoercionInputShape.Integer,
        com.fasterxml.jackson.databind.cfg.CoercionInputShape.Float}) {
      mapper.coercionConfigFor(com.fasterxml.jackson.databind.type.LogicalType.Textual)
          .setCoercion(shape, com.fasterxml.jackson.databind.cfg.CoercionAction.Fail);
    }
  }

  static final class Deserializer extends StringDeserializer {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String value = super.deserialize(p, ctxt);
      if (value != null && value.indexOf('\u0000') >= 0) {
        throw InvalidFormatException.from(p, "a string with the NUL character", value, String.class);
      }
      return value;
    }
  }
}
