package id.aduan.common.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** An entity column of personal data, encrypted on its way to the database (PersonalDataCipher). */
@Converter
public class EncryptedText implements AttributeConverter<String, String> {
  @Override
  public String convertToDatabaseColumn(String plain) {
    return PersonalDataCipher.encrypt(plain);
  }

  @Override
  public String convertToEntityAttribute(String stored) {
    return PersonalDataCipher.decrypt(stored);
  }
}
