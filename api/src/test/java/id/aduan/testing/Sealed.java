package id.aduan.testing;

import id.aduan.common.crypto.PersonalDataCipher;
import io.vertx.mutiny.sqlclient.Row;
import java.util.UUID;

/** Sealed columns as tests read them back: opened with the row's id, as the API does. */
public final class Sealed {
  private Sealed() {}

  /** Column {@code column} of {@code table} in {@code r}, whose {@code id} must be selected too. */
  public static String open(Row r, String table, String column) {
    return open(r.getString(column), table, column, r.getUUID("id"));
  }

  public static String open(String stored, String table, String column, UUID id) {
    return PersonalDataCipher.open(stored, new PersonalDataCipher.Column(table, column), id);
  }
}
