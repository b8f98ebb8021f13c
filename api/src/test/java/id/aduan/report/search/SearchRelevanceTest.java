package id.aduan.report.search;

import id.aduan.report.TrackingCodes;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.common.Uuids;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Relevance of the public search (issue 21, ADR 0029): on a fixed set of Kupang reports, each
 * query's expected reports are in its top 5. The reports are dated on one random day long ago and
 * every query asks for that day only, so the rest of the test database does not compete. The
 * table printed (query, then the rank of each expected report) is quoted in the ADR.
 */
@QuarkusTest
class SearchRelevanceTest {
  static final ZoneId CITY = ZoneId.of("Asia/Makassar");

  @Inject
  Pool pool;

  final String city = "9" + (1000 + new Random().nextInt(9000));
  final String categoryCode = "UJI-" + Long.toString(System.nanoTime(), 36).toUpperCase();
  final List<UUID> categories = new ArrayList<>();
  final List<UUID> reports = new ArrayList<>();

  /** A report of the fixed set: its key, title, description, category and kelurahan. */
  record Seed(String key, String title, String description, String category, String kelurahan) {}

  static final List<Seed> SEEDS = List.of(
      new Seed("berlubang", "Jalanan berlubang di depan SD Inpres Oebobo",
          "Lubang besar di tengah jalan membahayakan pengendara motor pada malam hari.", "jalan", "fatululi"),
      new Seed("aspal", "Aspal rusak dan mengelupas dekat pasar Kasih",
          "Permukaan aspal mengelupas sepanjang dua ratus meter, kendaraan harus zig-zag.", "jalan", "naikoten"),
      new Seed("eltari", "Jalan rusak parah menuju Bandara El Tari",
          "Banyak kerikil lepas dan genangan lumpur saat hujan.", "jalan", "penfui"),
      new Seed("lampu", "Lampu penerangan mati di Gang Seroja",
          "Sudah seminggu gelap total, warga takut keluar malam.", "lampu", "oesapa"),
      new Seed("pju", "PJU padam sepanjang Jalan Timor Raya",
          "Tiang PJU nomor belakang tidak menyala sejak pekan lalu.", "lampu", "oesapa"),
      new Seed("sampahoeba", "Tumpukan sampah di pasar Oeba belum diangkut",
          "Bau menyengat dan lalat banyak, truk sampah tidak datang tiga hari.", "sampah", "naikoten"),
      new Seed("sampahtpu", "Sampah menumpuk di samping TPS Kelapa Lima",
          "Kontainer penuh dan sampah meluber ke badan jalan.", "sampah", "naikoten"),
      new Seed("bakar", "Warga membakar plastik di lahan kosong",
          "Asap pekat masuk ke rumah setiap sore.", "sampah", "penfui"),
      new Seed("pdam", "Air PDAM tidak mengalir tiga hari di Oesapa",
          "Keran kering sejak Senin, warga membeli air tangki.", "air", "oesapa"),
      new Seed("keran", "Keran kering sejak Senin di Kelurahan Naikoten",
          "Distribusi dari PDAM tidak mengalir ke perumahan kami.", "air", "naikoten"),
      new Seed("pipa", "Pipa bocor di depan kantor lurah",
          "Air bersih terbuang percuma membasahi trotoar.", "air", "penfui"),
      new Seed("puskesmas", "Antrean panjang di Puskesmas Oepoi",
          "Pasien menunggu lebih dari empat jam untuk diperiksa dokter.", "kesehatan", "penfui"),
      new Seed("obat", "Obat di apotek puskesmas sering kosong",
          "Pasien disuruh membeli sendiri di apotek swasta.", "kesehatan", "naikoten"),
      new Seed("bidan", "Bidan desa jarang ada di tempat",
          "Ibu hamil kesulitan memeriksakan kandungan.", "kesehatan", "oesapa"),
      new Seed("drainase", "Saluran drainase tersumbat di Jalan Frans Seda",
          "Air meluap ke rumah warga setiap hujan deras.", "drainase", "fatululi"),
      new Seed("genangan", "Genangan setinggi lutut saat hujan",
          "Air tidak surut sampai pagi, anak-anak tidak bisa ke sekolah.", "drainase", "oesapa"),
      new Seed("gorong", "Gorong-gorong ambruk dekat jembatan Liliba",
          "Tanah di sekitar gorong-gorong longsor.", "drainase", "penfui"),
      new Seed("ktp", "KTP elektronik belum jadi setelah tiga bulan",
          "Setiap datang ke dinas selalu dijawab blangko habis.", "adminduk", "naikoten"),
      new Seed("akta", "Pengurusan akta kelahiran berbelit",
          "Harus bolak-balik lima kali untuk satu tanda tangan.", "adminduk", "oesapa"),
      new Seed("pungli", "Pungutan liar saat mengurus surat pindah",
          "Petugas meminta uang rokok agar cepat selesai.", "adminduk", "penfui"),
      new Seed("sekolah", "Atap ruang kelas SD bocor",
          "Murid belajar dengan ember di lantai saat hujan.", "pendidikan", "fatululi"),
      new Seed("guru", "Guru honorer belum menerima gaji",
          "Sudah empat bulan gaji tidak dibayar.", "pendidikan", "naikoten"),
      new Seed("pasarikan", "Los pasar ikan Oeba becek dan licin",
          "Pedagang dan pembeli sering terpeleset di lantai pasar ikan.", "sampah", "penfui"),
      new Seed("anjing", "Anjing liar berkeliaran di kompleks perumahan",
          "Beberapa anak sudah digigit.", "ketertiban", "oesapa"),
      new Seed("parkir", "Parkir liar menutup trotoar di Jalan Sudirman",
          "Pejalan kaki terpaksa berjalan di badan jalan.", "ketertiban", "naikoten"),
      new Seed("musik", "Musik keras dari kafe sampai tengah malam",
          "Warga tidak bisa tidur.", "ketertiban", "oesapa"),
      new Seed("bansos", "Bantuan sembako tidak sampai ke warga miskin",
          "Nama kami terdaftar tetapi tidak pernah menerima.", "bansos", "penfui"),
      new Seed("pohon", "Pohon tumbang menutup jalan ke Kupang Tengah",
          "Batang besar melintang sejak angin kencang semalam.", "lainnya", "oesapa"),
      new Seed("angkot", "Sopir angkot menaikkan tarif sepihak",
          "Tarif naik dua ribu tanpa pengumuman resmi.", "lainnya", "naikoten"),
      new Seed("izin", "Izin usaha mikro lama diproses",
          "Berkas sudah lengkap tetapi belum ada kabar satu bulan.", "lainnya", "penfui"));

  static final Map<String, String> CATEGORY_NAMES = Map.of("jalan", "Jalan rusak", "lampu", "Lampu jalan",
      "sampah", "Sampah dan kebersihan", "air", "Air bersih", "kesehatan", "Layanan kesehatan", "drainase",
      "Drainase dan banjir", "adminduk", "KTP, KK dan akta", "pendidikan", "Pendidikan", "ketertiban",
      "Ketertiban umum", "bansos", "Bantuan sosial");

  static final Map<String, String> KELURAHAN_NAMES = Map.of("fatululi", "Fatululi", "naikoten", "Naikoten Satu",
      "penfui", "Penfui", "oesapa", "Oesapa");

  /** Each query and the reports that must be in its top 5. */
  static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

  static {
    EXPECTED.put("jalan rusak", List.of("berlubang", "aspal", "eltari"));
    EXPECTED.put("sampah menumpuk", List.of("sampahtpu", "sampahoeba"));
    EXPECTED.put("air pdam tidak mengalir", List.of("pdam", "keran"));
    EXPECTED.put("puskesmsa", List.of("puskesmas")); // a typo
    EXPECTED.put("kesehatan", List.of("puskesmas", "obat", "bidan")); // a category's name only
    EXPECTED.put("banjir", List.of("drainase", "genangan", "gorong")); // a category's name only
    EXPECTED.put("fatululi", List.of("berlubang", "drainase", "sekolah")); // a kelurahan's name only
    EXPECTED.put("antrean puskes", List.of("puskesmas", "obat")); // a word being typed
    EXPECTED.put("\"pasar ikan\"", List.of("pasarikan"));
    EXPECTED.put("lampu mati", List.of("lampu", "pju"));
  }

  void exec(String sql, Object... args) {
    pool.preparedQuery(sql).execute(Tuple.from(args)).await().atMost(Duration.ofSeconds(10));
  }

  @AfterEach
  void remove() {
    exec("delete from report where id = any($1)", (Object) reports.toArray(UUID[]::new));
    exec("delete from category where id = any($1)", (Object) categories.toArray(UUID[]::new));
    exec("delete from area where code = $1 or code like $1 || '.%'", city);
  }

  @Test
  void everyQueryFindsItsReportsInItsTopFive() {
    Map<String, UUID> categoryIds = new LinkedHashMap<>();
    CATEGORY_NAMES.forEach((key, name) -> {
      UUID id = Uuids.v7();
      categories.add(id);
      categoryIds.put(key, id);
      exec("insert into category (id, code, name, created_at, updated_at) values ($1, $2, $3, now(), now())",
          id, categoryCode + "-" + key.toUpperCase(), name);
    });
    categoryIds.put("lainnya", null);
    exec("insert into area (code, parent_code, name) values ($1, null, 'Kota Uji')", city);
    exec("insert into area (code, parent_code, name) values ($1, $2, 'Oebobo')", city + ".01", city);
    Map<String, String> kelurahan = new LinkedHashMap<>();
    int n = 1;
    for (var e : KELURAHAN_NAMES.entrySet()) {
      String code = city + ".01.100" + n++;
      kelurahan.put(e.getKey(), code);
      exec("insert into area (code, parent_code, name) values ($1, $2, $3)", code, city + ".01", e.getValue());
    }
    // One day long ago, random: nothing else in the database was written then.
    LocalDate day = LocalDate.of(2001, 1, 1).plusDays(new Random().nextInt(6000));
    Map<UUID, String> keyOf = new LinkedHashMap<>();
    int minute = 0;
    for (Seed s : SEEDS) {
      UUID id = Uuids.v7();
      reports.add(id);
      keyOf.put(id, s.key());
      ZonedDateTime at = day.atTime(8, 0).atZone(CITY).plusMinutes(minute++ * 7L);
      exec("insert into report (id, tracking_code, type, status, title, description, public_title,"
              + " public_description, channel, category_id, kecamatan_code, kelurahan_code, created_at, updated_at)"
              + " values ($1, $2, 'COMPLAINT', 'VERIFIED', $3, $4, $3, $4, 'WEB', $5, $6, $7, $8, $8)",
          id, TrackingCodes.next(), s.title(), s.description(), categoryIds.get(s.category()), city + ".01",
          kelurahan.get(s.kelurahan()), at.toOffsetDateTime());
    }

    StringBuilder table = new StringBuilder("\nquery                      | rank of each expected report (top 5)\n");
    List<String> misses = new ArrayList<>();
    EXPECTED.forEach((query, expected) -> {
      List<String> top = given().queryParam("q", query).queryParam("from", day.toString())
          .queryParam("to", day.toString()).queryParam("size", 5).get("/api/v1/reports/public").then()
          .statusCode(200).extract().jsonPath().getList("items.id", String.class).stream()
          .map(id -> keyOf.get(UUID.fromString(id))).toList();
      table.append(String.format("%-26s | ", query));
      for (String key : expected) {
        int rank = top.indexOf(key) + 1;
        table.append(key).append(' ').append(rank == 0 ? "MISSING" : "#" + rank).append("  ");
        if (rank == 0) {
          misses.add(query + " → " + key + " (top 5: " + top + ")");
        }
      }
      table.append(" (top 5: ").append(String.join(", ", top)).append(")\n");
    });
    System.out.println(table);
    assertThat(misses).as(table.toString()).isEmpty();
  }

  /** No input, however odd, makes a tsquery PostgreSQL refuses: it either searches or lists the feed. */
  @Test
  void oddInputNeverFails() {
    Random random = new Random(29);
    String alphabet = "ab c\"'-:*&|!()<>\\ or\t9ß\u00e9";
    List<String> inputs = new ArrayList<>(List.of("\"", "-", "--x", "x:*", "!x", "x & y", "x <-> y", "'", "\\",
        "or or", "-\"\"", "a:b:c", "(((", "x | | y", "é", "ñandú", "١٢٣", "漢字", "😀"));
    for (int i = 0; i < 60; i++) {
      StringBuilder s = new StringBuilder();
      for (int j = random.nextInt(20); j > 0; j--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      inputs.add(s.toString());
    }
    for (String q : inputs) {
      SearchQuery parsed = SearchQuery.parse(q);
      if (parsed != null) {
        exec("select to_tsquery('indonesian', $1), to_tsquery('indonesian', coalesce($2, $1))", parsed.any(),
            parsed.all());
      }
      given().queryParam("q", q).queryParam("size", 3).get("/api/v1/reports/public").then().statusCode(200);
    }
  }
}
