package id.aduan.report.transparency;

import id.aduan.report.AttachmentTest;
import static id.aduan.report.lifecycle.OfficerLifecycleTest.read;
import static id.aduan.report.lifecycle.OfficerLifecycleTest.step;
import static id.aduan.report.transparency.PublicPersonalDataTest.EMAIL;
import static id.aduan.report.transparency.PublicPersonalDataTest.NIK;
import static id.aduan.report.transparency.PublicPersonalDataTest.PHONE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import id.aduan.testing.Agencies;
import id.aduan.testing.Images;
import id.aduan.testing.Keycloak;
import id.aduan.testing.Officers;
import id.aduan.testing.Reports;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public page of a report (issue 21): what the government did, for anyone without a login
 * or PIN; never the reporter, their contact, internal notes, unpublished photos or officials'
 * names; 404 for any report the public may not see. And the admin's moderation behind it.
 */
@QuarkusTest
class PublicReportPageTest {
  String agency;

  @BeforeEach
  void agency() {
    agency = Agencies.create("Dinas Pekerjaan Umum Uji", null, true);
    Officers.place(Officers.PETUGAS1, "Petugas Satu", agency, true);
  }

  static RequestSpecification as(String user) {
    return given().auth().oauth2(Keycloak.token(user));
  }

  static RequestSpecification anyone() {
    return given();
  }

  /** A citizen's report with personal data in every text and two photos; returns {id, photo1, photo2}. */
  static String[] reportWithPhotos(String word, boolean anonymous) {
    Map<String, Object> body = new HashMap<>(Reports.submission("Jalan " + word + " rusak, hubungi " + PHONE));
    body.put("description", "NIK saya " + NIK + ", email " + EMAIL + ". Aspal " + word + " berlubang besar.");
    body.put("location", Map.of("latitude", -10.163247, "longitude", 123.601589, "address",
        "Jl. Timor Raya No. 12, rumah saya"));
    body.put("anonymous", anonymous);
    String id = as("warga1").contentType(ContentType.JSON).body(body).post("/api/v1/reports").then()
        .statusCode(201).extract().path("id");
    String first = AttachmentTest.upload(AttachmentTest.as("warga1"), id, "lubang.jpg", Images.jpegWithExif())
        .then().statusCode(201).extract().path("id");
    String second = AttachmentTest.upload(AttachmentTest.as("warga1"), id, "wajah.png", Images.pngWithText())
        .then().statusCode(201).body("public", equalTo(false)).extract().path("id");
    return new String[] {id, first, second};
  }

  @Test
  void aHandledReportShowsWhatWasDoneAndNothingPersonal() {
    String word = "pubpage" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
    String[] r = reportWithPhotos(word, false);
    String id = r[0];
    step("admin1", id, "verification", Map.of("publicTitle", "Jalan " + word + " rusak di Oebobo",
        "publicPhotoIds", List.of(r[1]))).statusCode(200)
        .body("title", containsString(PHONE))
        .body("publicTitle", equalTo("Jalan " + word + " rusak di Oebobo"));
    step("admin1", id, "forwards", Map.of("agencyId", agency, "note", "Rahasia: pelapor kerabat kepala dinas"))
        .statusCode(200);
    step("petugas1", id, "follow-ups", Map.of("message", "Tim survei ke lokasi, hubungi kami di " + PHONE + "."))
        .statusCode(200);
    as("petugas1").contentType(ContentType.JSON).body(Map.of("body", "Terima kasih, laporan Bapak kami tangani."))
        .post("/api/v1/reports/{id}/messages", id).then().statusCode(201);
    as("petugas1").contentType(ContentType.JSON).body(Map.of("body", "Catatan dalam: pelapor sering mengadu",
        "internal", true)).post("/api/v1/reports/{id}/messages", id).then().statusCode(201);
    as("warga1").contentType(ContentType.JSON).body(Map.of("body", "Rumah saya nomor 12, telepon " + PHONE))
        .post("/api/v1/reports/{id}/messages", id).then().statusCode(201);
    step("petugas1", id, "resolution", Map.of("resolution", "Lubang sudah ditambal. Pelapor NIK " + NIK + "."))
        .statusCode(200);
    String code = read("admin1", id).extract().path("trackingCode");

    String page = anyone().get("/api/v1/reports/public/{ref}", code).then().statusCode(200)
        .body("id", equalTo(id))
        .body("title", equalTo("Jalan " + word + " rusak di Oebobo"))
        .body("description", containsString("NIK saya [NIK disembunyikan], email [email disembunyikan]."))
        .body("status", equalTo("RESOLVED"))
        .body("agencyId", equalTo(agency))
        .body("agencyName", equalTo("Dinas Pekerjaan Umum Uji"))
        .body("location.address", equalTo("Jl. Timor Raya No. 12, rumah saya"))
        .body("location.coarse", equalTo(false))
        .body("resolution", equalTo("Lubang sudah ditambal. Pelapor NIK [NIK disembunyikan]."))
        .body("verifiedAt", not(nullValue()))
        .body("forwardedAt", not(nullValue()))
        .body("resolvedAt", not(nullValue()))
        .body("timeline.type", contains("SUBMITTED", "VERIFIED", "FORWARDED", "FOLLOWED_UP", "MESSAGE_POSTED",
            "RESOLVED"))
        .body("timeline[2].agencyName", equalTo("Dinas Pekerjaan Umum Uji"))
        .body("timeline[3].text", equalTo("Tim survei ke lokasi, hubungi kami di [nomor telepon disembunyikan]."))
        .body("timeline[4].text", equalTo("Terima kasih, laporan Bapak kami tangani."))
        .body("timelineTruncated", equalTo(false))
        .body("photos.id", contains(r[1]))
        .extract().asString();
    PublicPersonalDataTest.showsNone(page);
    // No reporter, no official's name, no internal note or forwarding note, no reporter's message.
    assertThat(page).doesNotContain("warga", "Petugas Satu", "Catatan dalam", "Rahasia", "Rumah saya nomor",
        "contact", "actorName");
    // The same page by id.
    anyone().get("/api/v1/reports/public/{ref}", id).then().statusCode(200).body("trackingCode", equalTo(code));

    // The published photo, for anyone; the other one (never published) is not there.
    byte[] photo = given().get("/api/v1/reports/public/{ref}/photos/{a}", code, r[1]).then().statusCode(200)
        .contentType("image/jpeg").header("Cache-Control", containsString("public")).extract().asByteArray();
    assertThat(new String(photo, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(Images.SECRET);
    given().get("/api/v1/reports/public/{ref}/photos/{a}", code, r[2]).then().statusCode(404);
    given().get("/api/v1/reports/public/{ref}/photos/{a}", code, UUID.randomUUID()).then().statusCode(404);
    given().get("/api/v1/reports/public/{ref}/photos/{a}", code, "not-a-uuid").then().statusCode(400);
    as("admin1").get("/api/v1/reports/{id}/attachments", id).then().statusCode(200)
        .body("items.public", contains(true, false));
  }

  @Test
  void reportsThePublicMayNotSeeAreNotThere() {
    String submitted = as("warga1").contentType(ContentType.JSON).body(Reports.submission()).post("/api/v1/reports")
        .then().statusCode(201).extract().path("id");
    String code = read("admin1", submitted).extract().path("trackingCode");
    anyone().get("/api/v1/reports/public/{ref}", submitted).then().statusCode(404)
        .contentType("application/problem+json");
    anyone().get("/api/v1/reports/public/{ref}", code).then().statusCode(404);

    String confidential = as("warga1").contentType(ContentType.JSON).body(Reports.submission()).post("/api/v1/reports")
        .then().statusCode(201).extract().path("id");
    step("admin1", confidential, "verification", Map.of("confidential", true)).statusCode(200);
    anyone().get("/api/v1/reports/public/{ref}", confidential).then().statusCode(404);

    String archived = as("warga1").contentType(ContentType.JSON).body(Reports.submission()).post("/api/v1/reports")
        .then().statusCode(201).extract().path("id");
    step("admin1", archived, "archive", Map.of("reason", "SPAM")).statusCode(200);
    anyone().get("/api/v1/reports/public/{ref}", archived).then().statusCode(404);

    for (String ref : List.of(UUID.randomUUID().toString(), "ZZZZZZZZ", "%27%3B--", "a".repeat(60))) {
      anyone().urlEncodingEnabled(false).get("/api/v1/reports/public/" + ref).then().statusCode(404);
    }
    given().get("/api/v1/reports/public/{ref}/preview", submitted).then().statusCode(404)
        .contentType(containsString("text/html"));
  }

  @Test
  void anAnonymousReportersPlaceIsCoarsened() {
    String[] r = reportWithPhotos("anonim", true);
    step("admin1", r[0], "verification", Map.of()).statusCode(200);
    anyone().get("/api/v1/reports/public/{ref}", r[0]).then().statusCode(200)
        .body("location.latitude", equalTo(-10.16f))
        .body("location.longitude", equalTo(123.6f))
        .body("location.coarse", equalTo(true))
        .body("location", not(org.hamcrest.Matchers.hasKey("address")))
        .body("photos", org.hamcrest.Matchers.empty());
    // Open311 and the feed coarsen it the same way.
    String code = read("admin1", r[0]).extract().path("trackingCode");
    given().queryParam("service_request_id", code).get("/open311/v2/requests.json").then().statusCode(200)
        .body("[0].lat", equalTo(-10.16f)).body("[0].long", equalTo(123.6f))
        .body("[0]", not(org.hamcrest.Matchers.hasKey("address")));
    anyone().queryParam("q", "anonim").get("/api/v1/reports/public").then().statusCode(200)
        .body("items.find { it.id == '" + r[0] + "' }.location.latitude", equalTo(-10.16f))
        .body("items.find { it.id == '" + r[0] + "' }.location", not(org.hamcrest.Matchers.hasKey("address")));
  }

  @Test
  void anAdminModeratesWhatThePublicReadsAndTheHistoryKeepsIt() {
    String[] r = reportWithPhotos("moderasi", false);
    String id = r[0];
    step("admin1", id, "verification", Map.of()).statusCode(200);
    anyone().get("/api/v1/reports/public/{ref}", id).then().statusCode(200).body("photos", org.hamcrest.Matchers.empty());

    step("admin1", id, "moderation", Map.of("publicDescription", "Aspal berlubang besar. Hubungi Pak Budi 0812 3456 7890.",
        "publicPhotoIds", List.of(r[2]), "reason", "Nama tetangga dihapus")).statusCode(200)
        .body("description", containsString(NIK))
        .body("publicDescription", equalTo("Aspal berlubang besar. Hubungi Pak Budi [nomor telepon disembunyikan]."));
    anyone().get("/api/v1/reports/public/{ref}", id).then().statusCode(200)
        .body("description", equalTo("Aspal berlubang besar. Hubungi Pak Budi [nomor telepon disembunyikan]."))
        .body("photos.id", contains(r[2]))
        .body("photos[0].mediaType", equalTo("image/png"))
        .body("timeline.type", not(hasItem("MODERATED")));
    as("admin1").get("/api/v1/reports/{id}/events", id).then().statusCode(200)
        .body("items[-1].type", equalTo("MODERATED"))
        .body("items[-1].details.fields", contains("publicDescription", "publicPhotoIds"))
        .body("items[-1].details.reason", equalTo("Nama tetangga dihapus"));
    // The reporter still reads what they wrote, and sees that it was moderated.
    as("warga1").get("/api/v1/reports/{id}", id).then().statusCode(200)
        .body("description", containsString(NIK)).body("publicDescription", containsString("Pak Budi"));

    // Publishing none.
    step("admin1", id, "moderation", Map.of("publicPhotoIds", List.of())).statusCode(200);
    given().get("/api/v1/reports/public/{ref}/photos/{a}", id, r[2]).then().statusCode(404);
  }

  @Test
  void moderationIsForAdminsWithValidInput() {
    String[] r = reportWithPhotos("akses", false);
    String id = r[0];
    String pdf = AttachmentTest.upload(AttachmentTest.as("warga1"), id, "surat.pdf", Images.pdf()).then()
        .statusCode(201).extract().path("id");
    Map<String, Object> body = Map.of("publicTitle", "Judul yang dimoderasi");
    given().contentType(ContentType.JSON).body(body).post("/api/v1/reports/{id}/moderation", id).then().statusCode(401);
    for (String user : List.of("warga1", "petugas1", "pengawas1")) {
      step(user, id, "moderation", body).statusCode(403);
    }
    step("admin1", UUID.randomUUID().toString(), "moderation", body).statusCode(404);
    step("admin1", id, "moderation", Map.of()).statusCode(400).body("violations[0].field", equalTo("publicTitle"));
    step("admin1", id, "moderation", Map.of("publicTitle", "abc")).statusCode(400)
        .body("violations[0].field", equalTo("publicTitle"));
    step("admin1", id, "moderation", Map.of("publicPhotoIds", List.of(pdf))).statusCode(400)
        .body("violations[0].field", equalTo("publicPhotoIds"));
    step("admin1", id, "moderation", Map.of("publicPhotoIds", List.of(UUID.randomUUID().toString()))).statusCode(400)
        .body("violations[0].field", equalTo("publicPhotoIds"));
    step("admin1", id, "verification", Map.of("publicPhotoIds", List.of(pdf))).statusCode(400);
    // Nothing was half-written: still unverified, nothing published.
    read("admin1", id).statusCode(200).body("status", equalTo("SUBMITTED"));
    as("admin1").get("/api/v1/reports/{id}/attachments", id).then().body("items.public", contains(false, false, false));
  }

  @Test
  void theLinkPreviewCarriesTheMaskedTitleEscaped() {
    Map<String, Object> body = new HashMap<>(Reports.submission("Lampu <b>mati</b> & \"gelap\", telp " + PHONE));
    String id = as("warga1").contentType(ContentType.JSON).body(body).post("/api/v1/reports").then()
        .statusCode(201).extract().path("id");
    step("admin1", id, "verification", Map.of()).statusCode(200);
    String code = read("admin1", id).extract().path("trackingCode");
    String html = given().get("/api/v1/reports/public/{ref}/preview", code).then().statusCode(200)
        .contentType(containsString("text/html")).extract().asString();
    assertThat(html)
        .contains("<meta property=\"og:title\" content=\"Lampu &lt;b&gt;mati&lt;/b&gt; &amp; &quot;gelap&quot;, telp"
            + " [nomor telepon disembunyikan]\">")
        .contains("<meta property=\"og:url\" content=\"http://localhost:3000/laporan-publik/" + code + "\">")
        .contains("og:image")
        .doesNotContain("<b>mati", PHONE);
  }
}
