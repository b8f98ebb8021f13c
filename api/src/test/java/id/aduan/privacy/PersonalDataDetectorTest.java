package id.aduan.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.aduan.privacy.PersonalDataDetector.Kind;
import id.aduan.privacy.PersonalDataDetector.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The detector against an annotated corpus of Kupang complaints, and each kind in its common forms. */
class PersonalDataDetectorTest {

  private static final String ISSUE_EXAMPLE =
      "NIK saya 5371014501900003, hubungi 081234567890 atau budi.santoso@gmail.com";

  record Sentence(int line, String text, List<Span> expected) {}

  // ---- corpus --------------------------------------------------------------------------------------

  @Test
  void corpusPrecisionAndRecall() throws IOException {
    List<Sentence> corpus = corpus();
    int truePositives = 0;
    int detected = 0;
    int annotated = 0;
    List<String> misses = new ArrayList<>();
    for (Sentence s : corpus) {
      Set<Span> expected = new HashSet<>(s.expected());
      List<Span> found = PersonalDataDetector.find(s.text());
      annotated += expected.size();
      detected += found.size();
      for (Span span : found) {
        if (expected.contains(span)) {
          truePositives++;
        } else {
          misses.add("FP line " + s.line() + ": " + show(s.text(), span));
        }
      }
      for (Span span : expected) {
        if (!found.contains(span)) {
          misses.add("FN line " + s.line() + ": " + show(s.text(), span));
        }
      }
    }
    double precision = detected == 0 ? 1 : (double) truePositives / detected;
    double recall = annotated == 0 ? 1 : (double) truePositives / annotated;
    System.out.printf("detector corpus: %d sentences, %d spans, precision %.3f, recall %.3f%n",
        corpus.size(), annotated, precision, recall);
    misses.forEach(System.out::println);

    assertThat(corpus).hasSizeGreaterThanOrEqualTo(120);
    assertThat(precision).as("precision; misses: %s", misses).isGreaterThanOrEqualTo(0.97);
    assertThat(recall).as("recall; misses: %s", misses).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void corpusIsWellFormed() throws IOException {
    List<Sentence> corpus = corpus();
    long withPersonalData = corpus.stream().filter(s -> !s.expected().isEmpty()).count();
    assertThat(withPersonalData).isBetween(40L, corpus.size() - 40L);
    assertThat(corpus).extracting(Sentence::expected).flatExtracting(l -> l).extracting(Span::kind)
        .contains(Kind.values());
  }

  /** Reads {@code privacy/corpus.tsv}: sentence TAB KIND:substring|KIND:substring, in order of appearance. */
  static List<Sentence> corpus() throws IOException {
    List<Sentence> out = new ArrayList<>();
    try (InputStream in = PersonalDataDetectorTest.class.getResourceAsStream("/privacy/corpus.tsv");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t", -1);
        if (columns.length != 2) {
          throw new IllegalStateException("corpus line " + number + ": expected one TAB");
        }
        String text = columns[0];
        List<Span> spans = new ArrayList<>();
        int from = 0;
        for (String annotation : columns[1].split("\\|")) {
          if (annotation.isEmpty()) {
            continue;
          }
          int colon = annotation.indexOf(':');
          Kind kind = Kind.valueOf(annotation.substring(0, colon));
          String value = annotation.substring(colon + 1);
          int start = text.indexOf(value, from);
          if (start < 0) {
            throw new IllegalStateException("corpus line " + number + ": '" + value + "' not found");
          }
          spans.add(new Span(start, start + value.length(), kind));
          from = start + value.length();
        }
        out.add(new Sentence(number, text, spans));
      }
    }
    return out;
  }

  private static String show(String text, Span span) {
    return span.kind() + " '" + text.substring(span.start(), span.end()) + "' in: " + text;
  }

  // ---- the issue's example, null, empty ------------------------------------------------------------

  @Test
  void masksTheIssueExample() {
    assertThat(PersonalDataDetector.mask(ISSUE_EXAMPLE)).isEqualTo(
        "NIK saya [NIK disembunyikan], hubungi [nomor telepon disembunyikan] atau [email disembunyikan]");
    assertThat(PersonalDataDetector.find(ISSUE_EXAMPLE))
        .extracting(Span::start, Span::end, Span::kind)
        .containsExactly(tuple(9, 25, Kind.NIK), tuple(35, 47, Kind.PHONE), tuple(53, 75, Kind.EMAIL));
    assertThat(PersonalDataDetector.contains(ISSUE_EXAMPLE)).isTrue();
  }

  @Test
  void nullAndEmpty() {
    assertThat(PersonalDataDetector.find(null)).isEmpty();
    assertThat(PersonalDataDetector.find("")).isEmpty();
    assertThat(PersonalDataDetector.mask(null)).isNull();
    assertThat(PersonalDataDetector.mask("")).isEmpty();
    assertThat(PersonalDataDetector.contains(null)).isFalse();
    assertThat(PersonalDataDetector.contains("")).isFalse();
    String clean = "Jalan berlubang di RT 05/RW 02 sejak 12-08-2024, ganti rugi Rp 1.500.000.";
    assertThat(PersonalDataDetector.mask(clean)).isSameAs(clean);
    assertThat(PersonalDataDetector.contains(clean)).isFalse();
  }

  @Test
  void masksEveryKindWithItsPlaceholder() {
    assertThat(Kind.values()).extracting(Kind::mask).containsExactly(
        "[NIK disembunyikan]", "[nomor KK disembunyikan]", "[nomor kartu disembunyikan]",
        "[nomor rekening disembunyikan]", "[nomor paspor disembunyikan]", "[email disembunyikan]",
        "[nomor telepon disembunyikan]", "[nomor polisi disembunyikan]");
    assertThat(PersonalDataDetector.mask("KK 5371030102150012, rek BRI 0123-01-012345-50-1, plat DH 1234 AB."))
        .isEqualTo("KK [nomor KK disembunyikan], rek BRI [nomor rekening disembunyikan], plat "
            + "[nomor polisi disembunyikan].");
  }

  // ---- NIK and KK ----------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"5371014501900003", "5371 0145 0190 0003", "5371.0145.0190.0003", "5371-0145-0190-0003",
      "537101 450190 0003", "9571021203850002", "1101011201000001"})
  void detectsNikAsTyped(String nik) {
    assertThat(only("Data saya " + nik + " mohon dirahasiakan")).isEqualTo(tuple(nik, Kind.NIK));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "5371013201900003", // day 32
      "5371017201900003", // day 72 (women add 40 to 01-31 only)
      "5371011213900003", // month 13
      "5371010012900003", // day 00
      "5371011201900000", // serial 0000
      "5300011201900003", // regency 00
      "2071011201900003", // no province 20
      "5471011201900003", // no province 54
      "9871011201900003"}) // no province 98
  void sixteenDigitsOutsideTheNikLayoutAreNotANik(String number) {
    assertThat(PersonalDataDetector.find("Nomor tagihan " + number + " sudah dibayar.")).isEmpty();
    assertThat(PersonalDataDetector.find("NIK saya " + number)).isEmpty();
  }

  @Test
  void womensDayOffsetIsANik() {
    assertThat(only("NIK 5371017101900003")).isEqualTo(tuple("5371017101900003", Kind.NIK));
    assertThat(only("NIK 5371014101900003")).isEqualTo(tuple("5371014101900003", Kind.NIK));
  }

  @Test
  void kkWhenTheWordsComeShortlyBefore() {
    assertThat(only("nomor KK saya 5371030102150012")).isEqualTo(tuple("5371030102150012", Kind.KK));
    assertThat(only("No. Kartu Keluarga: 5371 0301 0215 0012")).isEqualTo(tuple("5371 0301 0215 0012", Kind.KK));
    assertThat(only("no kk 5371030102150012")).isEqualTo(tuple("5371030102150012", Kind.KK));
    // The KK is mentioned, but further away than "NIK": the nearer word decides.
    assertThat(only("NIK di KK belum padan, NIK anak 5371066409150003"))
        .isEqualTo(tuple("5371066409150003", Kind.NIK));
    // Too far before to be about this number.
    assertThat(only("Fotokopi KK sudah saya serahkan ke kelurahan minggu lalu, NIK 5371030102150012"))
        .isEqualTo(tuple("5371030102150012", Kind.NIK));
  }

  // ---- phones --------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"081234567890", "0812-3456-7890", "0812 3456 7890", "0812.3456.7890", "081 234 567 890",
      "0812345678", "+6281234567890", "+62 812-3456-7890", "+62 812 3456 7890", "62-812-3456-7890",
      "6281234567890", "+62 (0) 812 3456 7890", "(0812) 3456-7890", "(0380) 821234", "(0380)821234",
      "0380-821234", "0380 821 234", "021-5551234", "(021) 555 1234", "+62 380 821234", "+62-21-5551234"})
  void detectsPhonesAsTyped(String phone) {
    assertThat(only("Hubungi saya di " + phone + ", terima kasih.")).isEqualTo(tuple(phone, Kind.PHONE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"(0812) 34567", "(081) 23456", "+62 (0) 812 345", "0812 3456", "+62 812 345",
      "0812-3456-7890-1234"})
  void tooShortOrTooLongForAMobile(String number) {
    assertThat(PersonalDataDetector.find("Nomor " + number + " saja.")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Harga Rp 1.500.000 terlalu mahal.", "Biaya 1.250.000 rupiah per bulan.", "Rp 62.812.500 untuk proyek.",
      "Sejak 12-08-2024 tidak ada air.", "Tanggal 08-12-2024 jam 08.30.", "Pukul 07.30-09.00 WITA.",
      "Tahun 2024 dan 2025.", "RT 05/RW 02 Kelurahan Oebobo.", "RT 005 RW 002.", "RT.013/RW.005.",
      "Rumah No. 12 Gang 3.", "Sudah 3 kali lapor.", "Antrean nomor 081 dipanggil.", "Sudah 081 kali.",
      "Di km 12+500 jalan putus.", "Kode pos 85111.", "Kasus LPR-2024-000123.", "Kode UCMH8E5W.",
      "Hotline 112 dan SMS 1708.", "Nomor pelanggan 01-02-034567.", "Koordinat -10.1772, 123.6070.",
      "Nomor surat 045/SMA-3/VII/2024.", "Token 1234-5678-9012-3456-7890 gagal.", "Perda No. 3 Tahun 2019.",
      "Jam 08.00-14.00, Sabtu sampai 11.00."})
  void ordinaryNumbersAreNotPersonalData(String text) {
    assertThat(PersonalDataDetector.find(text)).isEmpty();
  }

  // ---- e-mail --------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"budi.santoso@gmail.com", "maria_ndoen87@yahoo.co.id", "yohanes.b+aduan@outlook.com",
      "pengaduan@kupangkota.go.id", "budi[at]gmail.com", "budi (at) gmail.com", "budi at gmail dot com"})
  void detectsEmails(String email) {
    assertThat(only("Email saya " + email + ", mohon dibalas.")).isEqualTo(tuple(email, Kind.EMAIL));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Mention @pemkotkupang di Twitter.", "Saya di rumah at home.", "Harga 2@Rp5.000.",
      "Lihat kupangkota.go.id untuk info."})
  void socialHandlesAndDomainsAreNotEmails(String text) {
    assertThat(PersonalDataDetector.find(text)).isEmpty();
  }

  // ---- bank accounts and cards ---------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"rekening BRI 0123-01-012345-50-1", "no rek 1234567890", "rek. 1400012345678",
      "norek BCA 7650123456", "Bank NTT 001.01.02.123456-7", "Mandiri 1400012345678", "BNI 0987654321",
      "BTN 0012345678901234"})
  void detectsBankAccountsAfterABankWord(String text) {
    List<Span> spans = PersonalDataDetector.find("Transfer ke " + text + " ya.");
    assertThat(spans).extracting(Span::kind).containsExactly(Kind.BANK_ACCOUNT);
    assertThat(spans.get(0).end() - spans.get(0).start()).isEqualTo(text.length() - text.lastIndexOf(' ') - 1);
  }

  @Test
  void accountWithoutABankWordNeedsTheHolderName() {
    assertThat(only("ditransfer ke 1234567890 a.n. Yohanes")).isEqualTo(tuple("1234567890", Kind.BANK_ACCOUNT));
    assertThat(PersonalDataDetector.find("ditransfer ke 1234567890 kemarin")).isEmpty();
    assertThat(PersonalDataDetector.find("I paid 1234567890 an hour ago")).isEmpty();
    assertThat(only("kirim ke 1234567890 an. Yohanes")).isEqualTo(tuple("1234567890", Kind.BANK_ACCOUNT));
    assertThat(PersonalDataDetector.find("rekening sebesar Rp 1.250.000.000 dicairkan")).isEmpty();
    // Amounts typed without thousands separators, right after a bank word.
    assertThat(PersonalDataDetector.find("dari rekening desa Rp 1500000000 dicairkan")).isEmpty();
    assertThat(PersonalDataDetector.find("dari rekening desa IDR 1500000000 dicairkan")).isEmpty();
    assertThat(PersonalDataDetector.find("dari rekening desa 1500000000 rupiah dicairkan")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"4111 1111 1111 1111", "4111111111111111", "5425-2334-3010-9903", "3777 123456 78903",
      "4556737586899855"})
  void detectsLuhnValidCards(String card) {
    assertThat(only("Terdebet dari " + card + " dua kali.")).isEqualTo(tuple(card, Kind.CARD));
  }

  @Test
  void luhnFailuresAndPhoneShapedNumbersAreNotCards() {
    assertThat(PersonalDataDetector.find("Nomor 4111 1111 1111 1112 belum dibayar.")).isEmpty();
    assertThat(PersonalDataDetector.find("Nomor 1234567890123456 dobel.")).isEmpty();
    assertThat(PersonalDataDetector.luhn("4111111111111111")).isTrue();
    assertThat(PersonalDataDetector.luhn("4111111111111112")).isFalse();
  }

  @Test
  void numbersNamedAsInvoicesOrTokensAreLeftAlone() {
    // Luhn-valid and NIK-shaped, but the nearest word says what they are.
    assertThat(PersonalDataDetector.find("Token listrik 4111 1111 1111 1111 tidak masuk.")).isEmpty();
    assertThat(PersonalDataDetector.find("Nomor tagihan 5371014501900003 sudah lunas.")).isEmpty();
    assertThat(only("Nomor tagihan sudah lunas, NIK 5371014501900003"))
        .isEqualTo(tuple("5371014501900003", Kind.NIK));
  }

  // ---- plates --------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"DH 1234 AB", "DH1234AB", "DH-1234-AB", "dh 4321 ak", "EB 8812 AC", "B 1234 XYZ",
      "L 1234 AB", "ED 77 K", "DH 9012 A", "DH 1345 KG", "KT 1 AB"})
  void detectsPlates(String plate) {
    assertThat(only("Kendaraan dengan nomor " + plate + " parkir sembarangan.")).isEqualTo(tuple(plate, Kind.PLATE));
  }

  @Test
  void plateWithoutLettersOnlyInAVehicleContext() {
    assertThat(only("plat mobilnya DH 5678 warna hitam")).isEqualTo(tuple("DH 5678", Kind.PLATE));
    assertThat(PersonalDataDetector.find("Rumah di Blok A 12 kebanjiran")).isEmpty();
    assertThat(only("mobil B 12 A menabrak pagar")).isEqualTo(tuple("B 12 A", Kind.PLATE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"di 2 RT", "RT 05 RW 02", "No 12", "jam 10 malam", "guru P3K", "limbah B3", "lulusan S2 di",
      "kertas A4", "mobil L300", "Blok B 12 RT 05", "kendaraan R2 dan R4", "kadar H2O", "bisnis B2B", "245 KK",
      "berat BB 45 kg", "G20 summit", "Blok A 12", "kelas 4B", "A-120 dipanggil", "D3 kebidanan", "K3 dan",
      "gedung B 2 C", "antrian A 12 B", "BLT DD 300 RB belum cair", "DP 50 JT"})
  void wordsAndCodesThatLookLikePlatesAreNot(String text) {
    assertThat(PersonalDataDetector.find(text)).isEmpty();
  }

  // ---- passports -----------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"paspor A1234567", "passport no. X1234567", "Nomor paspor: c 4567890", "E1234567",
      "B1234567"})
  void detectsPassports(String text) {
    String number = text.substring(text.length() - (text.charAt(text.length() - 8) == ' ' ? 9 : 8));
    assertThat(only("Data: " + text + " hilang.")).isEqualTo(tuple(number, Kind.PASSPORT));
  }

  @Test
  void letterAndSevenDigitsWithoutPassportWordNeedTheIssuedSeries() {
    assertThat(PersonalDataDetector.find("kode K1234567 dan k1234567 dan a1234567")).isEmpty();
    assertThat(only("paspor K1234567")).isEqualTo(tuple("K1234567", Kind.PASSPORT));
  }

  // ---- overlaps ------------------------------------------------------------------------------------

  @Test
  void longestCandidateWinsOnOverlap() {
    // The phone's digits inside the address are part of the e-mail, not a second span.
    assertThat(only("kirim ke 081234567890@gmail.com")).isEqualTo(tuple("081234567890@gmail.com", Kind.EMAIL));
    // Plate letters inside an address.
    assertThat(only("dh1234ab@yahoo.com")).isEqualTo(tuple("dh1234ab@yahoo.com", Kind.EMAIL));
  }

  @Test
  void mostSpecificKindWinsOnTheSameText() {
    // Both a valid NIK and Luhn-valid: a NIK is never a card.
    assertThat(PersonalDataDetector.luhn("5320012512880003")).isTrue();
    assertThat(only("nomor 5320.0125.1288.0003")).isEqualTo(tuple("5320.0125.1288.0003", Kind.NIK));
    // A card named after its issuing bank stays a card.
    assertThat(only("kartu debit BNI 5264 7100 1234 5678")).isEqualTo(tuple("5264 7100 1234 5678", Kind.CARD));
  }

  @Test
  void spansAreSortedAndDisjoint() {
    String text = "HP 0812-3456-7890, KK 5371011807180004, plat DH 1234 AB, email a.b@c.id, "
        + "NIK 5371014501900003 081339124455 rekening BRI 0123-01-012345-50-1";
    List<Span> spans = PersonalDataDetector.find(text);
    assertThat(spans).extracting(Span::kind).containsExactly(Kind.PHONE, Kind.KK, Kind.PLATE, Kind.EMAIL, Kind.NIK,
        Kind.PHONE, Kind.BANK_ACCOUNT);
    for (int i = 1; i < spans.size(); i++) {
      assertThat(spans.get(i).start()).isGreaterThanOrEqualTo(spans.get(i - 1).end());
    }
  }

  // ---- cost ----------------------------------------------------------------------------------------

  @Test
  void fiveThousandCharactersTakeWellUnderAMillisecondOrTwo() throws IOException {
    StringBuilder b = new StringBuilder();
    for (Sentence s : corpus()) {
      if (b.length() > 5_000) {
        break;
      }
      b.append(s.text()).append(' ');
    }
    String text = b.substring(0, 5_000);
    for (int i = 0; i < 2_000; i++) {
      PersonalDataDetector.find(text);
    }
    int runs = 500;
    long t0 = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      PersonalDataDetector.find(text);
    }
    double micros = (System.nanoTime() - t0) / 1_000.0 / runs;
    System.out.printf("detector cost: %.0f us per 5,000 characters%n", micros);
    // Generous against a busy CI machine; the printed figure is the one to watch.
    assertThat(micros).isLessThan(5_000);
  }

  @Test
  void pathologicalInputStaysLinear() {
    List<String> inputs = List.of("1".repeat(200_000), "1 ".repeat(100_000), "a".repeat(200_000) + "@",
        "a.".repeat(100_000) + "@", "a@" + "b.".repeat(100_000), "08-".repeat(70_000), "DH ".repeat(70_000),
        "a at ".repeat(40_000) + "dot");
    for (String input : inputs) {
      long t0 = System.nanoTime();
      PersonalDataDetector.find(input);
      assertThat((System.nanoTime() - t0) / 1_000_000).as("ms for %s...", input.substring(0, 10)).isLessThan(1_000);
    }
  }

  private static org.assertj.core.groups.Tuple only(String text) {
    List<Span> spans = PersonalDataDetector.find(text);
    assertThat(spans).as("spans in: %s", text).hasSize(1);
    Span span = spans.get(0);
    return tuple(text.substring(span.start(), span.end()), span.kind());
  }
}
