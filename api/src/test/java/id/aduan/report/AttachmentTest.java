package id.aduan.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import id.aduan.testing.Agencies;
import id.aduan.testing.Images;
import id.aduan.testing.Keycloak;
import id.aduan.testing.Officers;
import id.aduan.testing.Reports;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Attachments over HTTP: who may add and read them, the checks, and the stripped metadata. */
@QuarkusTest
public class AttachmentTest {

  public static RequestSpecification as(String user) {
    return given().auth().oauth2(Keycloak.token(user));
  }

  public static Response upload(RequestSpecification who, String id, String name, byte[] content) {
    return who.multiPart("file", name, content, "application/octet-stream")
        .post("/api/v1/reports/{id}/attachments", id);
  }

  static String citizenReport() {
    return as("warga1").contentType(ContentType.JSON).body(Reports.submission()).post("/api/v1/reports")
        .then().statusCode(201).extract().path("id");
  }

  @Test
  void reporterAttachesAPhotoWithoutItsGpsPosition() {
    String id = citizenReport();
    Response added = upload(as("warga1"), id, "foto.jpg", Images.jpegWithExif());
    added.then().statusCode(201)
        .body("mediaType", equalTo("image/jpeg"))
        .body("filename", equalTo("foto.jpg"))
        .body("uploaderRole", equalTo("citizen"));
    String fileId = added.path("id");
    assertThat(added.header("Location")).endsWith("/attachments/" + fileId);

    byte[] stored = as("admin1").get("/api/v1/reports/{id}/attachments/{a}", id, fileId).then().statusCode(200)
        .contentType("image/jpeg")
        .header("X-Content-Type-Options", "nosniff")
        .extract().asByteArray();
    assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(Images.SECRET);
    assertThat(stored.length).isEqualTo((Integer) added.path("size"));

    as("warga1").get("/api/v1/reports/{id}/attachments", id).then().statusCode(200)
        .body("items.id", org.hamcrest.Matchers.contains(fileId));
    as("admin1").get("/api/v1/reports/{id}/events", id).then()
        .body("items[-1].type", equalTo("ATTACHMENT_ADDED"));
  }

  @Test
  void guestAttachesWithThePin() {
    Response receipt = given().contentType(ContentType.JSON).body(Reports.submission()).post("/api/v1/reports");
    String id = receipt.path("id");
    String pin = receipt.path("pin");
    upload(given().header("X-Report-Pin", pin), id, "bukti.pdf", Images.pdf()).then()
        .statusCode(201).body("mediaType", equalTo("application/pdf"));
    upload(given(), id, "bukti.pdf", Images.pdf()).then().statusCode(401);
    given().header("X-Report-Pin", pin).get("/api/v1/reports/{id}/attachments", id).then().statusCode(200)
        .body("items", hasSize(1));
  }

  @Test
  void whoMayAttachIsSettledBeforeTheFileIsRead() {
    Response receipt = given().contentType(ContentType.JSON).body(Reports.submission()).post("/api/v1/reports");
    String id = receipt.path("id");
    String wrong = receipt.<String>path("pin").equals("000000") ? "111111" : "000000";
    byte[] notAFile = "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
    // Checked first, the file would be 415; the caller is refused before it is looked at.
    upload(given().header("X-Report-Pin", wrong), id, "foto.jpg", notAFile).then()
        .statusCode(404);
    upload(as("warga2"), citizenReport(), "foto.jpg", notAFile).then().statusCode(404);
    upload(as("pengawas1"), id, "foto.jpg", notAFile).then().statusCode(403);
  }

  @Test
  void contentDecidesTheTypeNotTheName() {
    String id = citizenReport();
    upload(as("warga1"), id, "foto.jpg", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))
        .then().statusCode(415).contentType("application/problem+json");
    upload(as("warga1"), id, "dokumen.txt", Images.pngWithText()).then().statusCode(201)
        .body("mediaType", equalTo("image/png")).body("filename", equalTo("dokumen.txt.png"));
  }

  @Test
  void atMostFivePerReportAndTenMegabytesEach() {
    String id = citizenReport();
    for (int i = 0; i < 5; i++) {
      upload(as("warga1"), id, "foto" + i + ".webp", Images.webpWithExif()).then().statusCode(201);
    }
    upload(as("warga1"), id, "foto6.webp", Images.webpWithExif()).then().statusCode(409);

    String other = citizenReport();
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(Images.pdf(), 0, big, 0, Images.pdf().length);
    given().auth().oauth2(Keycloak.token("warga1")).multiPart("file", "besar.pdf", big, "application/pdf")
        .post("/api/v1/reports/{id}/attachments", other).then().statusCode(413).contentType("application/problem+json");
    as("warga1").multiPart("note", "tanpa berkas").post("/api/v1/reports/{id}/attachments", other).then()
        .statusCode(400).body("violations[0].field", equalTo("file"));
    // Found by fuzzing: a body that is not multipart at all was a 500.
    as("warga1").contentType("multipart/form-data; boundary=b0und")
        .body("--b0und\r\nFalse--b0und--\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
        .post("/api/v1/reports/{id}/attachments", other).then()
        .statusCode(400).contentType("application/problem+json");
    as("warga1").contentType("multipart/form-data; boundary=b0und")
        .body("--b0und\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno closing boundary"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII))
        .post("/api/v1/reports/{id}/attachments", other).then()
        .statusCode(400).contentType("application/problem+json");
  }

  @Test
  void theHandlingOfficerMayAttachOthersMayNot() {
    String agency = Agencies.create("Dinas Lampiran", null, true);
    String elsewhere = Agencies.create("Dinas Bukan Lampiran", null, true);
    Officers.place(Officers.PETUGAS1, "Petugas Satu", agency, true);
    Officers.place(Officers.PETUGAS2, "Petugas Dua", elsewhere, true);
    String id = citizenReport();
    as("admin1").contentType(ContentType.JSON).body(Map.of()).post("/api/v1/reports/{id}/verification", id)
        .then().statusCode(200);
    as("admin1").contentType(ContentType.JSON).body(Map.of("agencyId", agency))
        .post("/api/v1/reports/{id}/forwards", id).then().statusCode(200);

    upload(as("petugas1"), id, "hasil.jpg", Images.jpegWithExif()).then().statusCode(201)
        .body("uploaderRole", equalTo("officer"));
    upload(as("petugas2"), id, "hasil.jpg", Images.jpegWithExif()).then().statusCode(404);
    upload(as("admin1"), id, "hasil.jpg", Images.jpegWithExif()).then().statusCode(403);
    upload(as("pengawas1"), id, "hasil.jpg", Images.jpegWithExif()).then().statusCode(403);
    as("warga2").get("/api/v1/reports/{id}/attachments", id).then().statusCode(404);
    String fileId = as("petugas1").get("/api/v1/reports/{id}/attachments", id).then().extract().path("items[0].id");
    as("warga2").get("/api/v1/reports/{id}/attachments/{a}", id, fileId).then().statusCode(404);
    String unrelated = citizenReport();
    as("admin1").get("/api/v1/reports/{id}/attachments/{a}", unrelated, fileId).then().statusCode(404);
  }
}
