package id.aduan.report.inbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.aduan.testing.Agencies;
import id.aduan.testing.Keycloak;
import id.aduan.testing.Officers;
import id.aduan.testing.Reports;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Work queues: who sees what, most urgent first, paged. */
@QuarkusTest
class InboxTest {

  static RequestSpecification as(String user) {
    return given().auth().oauth2(Keycloak.token(user));
  }

  static String submit() {
    return given().contentType(ContentType.JSON).body(Reports.submission()).post("/api/v1/reports")
        .then().statusCode(201).extract().path("id");
  }

  static void step(String user, String id, String step, Object body) {
    as(user).contentType(ContentType.JSON).body(body).post("/api/v1/reports/{id}/" + step, id).then().statusCode(200);
  }

  /** Every item of the queue, following the cursors. */
  static List<Map<String, Object>> all(String user, Map<String, Object> filters) {
    return all(user, filters, 50);
  }

  /** Every item of the queue, {@code size} a page, following the cursors. */
  static List<Map<String, Object>> all(String user, Map<String, Object> filters, int size) {
    List<Map<String, Object>> items = new ArrayList<>();
    String cursor = null;
    for (int pages = 0; pages < 100; pages++) {
      var spec = as(user).queryParams(filters).queryParam("size", size);
      if (cursor != null) {
        spec.queryParam("cursor", cursor);
      }
      Response page = spec.get("/api/v1/inbox");
      page.then().statusCode(200);
      items.addAll(page.jsonPath().getList("items"));
      cursor = page.path("nextCursor");
      if (cursor == null) {
        break;
      }
    }
    return items;
  }

  static List<Instant> dues(List<Map<String, Object>> items) {
    return items.stream().filter(i -> i.get("dueAt") != null).map(i -> Instant.parse((String) i.get("dueAt"))).toList();
  }

  @Test
  void adminQueueHoldsWhatAwaitsVerificationOrForwardingMostUrgentFirst() {
    String fresh = submit();
    String verified = submit();
    step("admin1", verified, "verification", Map.of());
    String held = submit();
    step("admin1", held, "hold", Map.of("message", "Mohon lengkapi."));

    List<Map<String, Object>> queue = all("admin1", Map.of());
    List<Object> ids = queue.stream().map(i -> i.get("id")).toList();
    assertThat(ids).contains(fresh, verified).doesNotContain(held).doesNotHaveDuplicates();
    assertThat(dues(queue)).isSorted();
    Map<String, Object> item = queue.stream().filter(i -> fresh.equals(i.get("id"))).findFirst().orElseThrow();
    assertThat((Integer) item.get("workingDaysLeft")).isBetween(2, 3);

    List<Object> onlyVerified = all("admin1", Map.of("status", "VERIFIED")).stream().map(i -> i.get("id")).toList();
    assertThat(onlyVerified).contains(verified).doesNotContain(fresh);
    as("pengawas1").get("/api/v1/inbox").then().statusCode(200);
  }

  @Test
  void agencyQueueHoldsWhatTheAgencyAndItsUnitsHandleNow() {
    String p = Agencies.create("Dinas Antrian", null, true);
    String c = Agencies.create("UPT Antrian", p, true);
    String o = Agencies.create("Dinas Lain Antrian", null, true);
    Officers.place(Officers.PETUGAS1, "Petugas Satu", p, true);
    Officers.place(Officers.PETUGAS2, "Petugas Dua", o, true);

    String atP = submit();
    String atC = submit();
    String atO = submit();
    for (String[] r : new String[][] {{atP, p}, {atC, c}, {atO, o}}) {
      step("admin1", r[0], "verification", Map.of());
      step("admin1", r[0], "forwards", Map.of("agencyId", r[1]));
    }
    step("petugas1", atC, "follow-ups", Map.of("message", "Ditangani UPT."));

    List<Map<String, Object>> queue = all("petugas1", Map.of());
    assertThat(queue).extracting(i -> i.get("id")).contains(atP, atC).doesNotContain(atO);
    assertThat(queue.stream().filter(i -> atC.equals(i.get("id"))).findFirst().orElseThrow().get("status"))
        .isEqualTo("IN_PROGRESS");
    // Reports without a running clock (in progress) come after those with a deadline.
    List<Object> ids = queue.stream().map(i -> i.get("id")).toList();
    assertThat(queue.get(ids.indexOf(atP))).containsKey("dueAt");
    assertThat(queue.get(ids.indexOf(atC))).doesNotContainKey("dueAt");
    int firstWithoutDue = queue.stream().map(i -> i.get("dueAt") == null).toList().indexOf(true);
    assertThat(firstWithoutDue).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(ids.indexOf(atC));
    assertThat(queue.subList(firstWithoutDue, queue.size())).allMatch(i -> i.get("dueAt") == null);
    assertThat(ids.indexOf(atP)).isLessThan(ids.indexOf(atC));
    assertThat(all("petugas2", Map.of())).extracting(i -> i.get("id")).contains(atO).doesNotContain(atP, atC);

    step("petugas1", atC, "resolution", Map.of("resolution", "Selesai."));
    assertThat(all("petugas1", Map.of())).extracting(i -> i.get("id")).doesNotContain(atC);
    assertThat(all("petugas1", Map.of("status", "RESOLVED"))).extracting(i -> i.get("id")).contains(atC);
    assertThat(all("petugas1", Map.of("overdue", true))).extracting(i -> i.get("id")).doesNotContain(atP);
  }

  @Test
  void filtersAreChecked() {
    as("admin1").queryParam("status", "FORWARDED").get("/api/v1/inbox").then().statusCode(400)
        .body("violations[0].field", equalTo("status"))
        .body("violations[0].message", equalTo("must be one of SUBMITTED, VERIFIED in this queue"));
    as("petugas1").queryParam("status", "SUBMITTED").get("/api/v1/inbox").then().statusCode(400);
    as("admin1").queryParam("status", "LOST").get("/api/v1/inbox").then().statusCode(400);
    as("admin1").queryParam("overdue", "maybe").get("/api/v1/inbox").then().statusCode(400)
        .body("violations[0].field", equalTo("overdue"));
    as("admin1").queryParam("cursor", "xyz").get("/api/v1/inbox").then().statusCode(400)
        .body("violations[0].field", equalTo("cursor"));
  }

  @Test
  @TestSecurity(user = "officer-without-agency", roles = "officer")
  void officerWithoutAnAgencyHasAnEmptyQueue() {
    given().get("/api/v1/inbox").then().statusCode(200)
        .body("items", org.hamcrest.Matchers.empty());
  }

  @Test
  void citizensHaveNoQueueAndGuestsMustLogIn() {
    as("warga1").get("/api/v1/inbox").then().statusCode(403);
    given().get("/api/v1/inbox").then().statusCode(401);
  }

  @Test
  void queueItemsCarryNoReporterIdentity() {
    String id = submit();
    Map<String, Object> item = all("admin1", Map.of()).stream().filter(i -> id.equals(i.get("id"))).findFirst()
        .orElseThrow();
    assertThat(item).doesNotContainKeys("contact", "reporterSubject", "pin");
  }

  @Test
  void categoryFilterNarrowsTheQueue() {
    String category = as("admin1").contentType(ContentType.JSON)
        .body(Map.of("code", "INBOX-" + System.nanoTime() % 1_000_000_000L, "name", "Kategori antrian", "active", true))
        .post("/api/v1/categories").then().statusCode(201).extract().path("id");
    Map<String, Object> body = new java.util.HashMap<>(Reports.submission());
    body.put("categoryId", category);
    String inCategory = given().contentType(ContentType.JSON).body(body).post("/api/v1/reports").then().statusCode(201)
        .extract().path("id");
    String other = submit();
    List<Object> ids = all("admin1", Map.of("categoryId", category)).stream().map(i -> i.get("id")).toList();
    assertThat(ids).containsExactly(inCategory).doesNotContain(other);
    as("admin1").queryParam("categoryId", "semua").get("/api/v1/inbox").then().statusCode(400)
        .body("violations[0].field", equalTo("categoryId"));
  }

  /** Submits, verifies and forwards a report to the agency; returns its id. */
  static String forwardedTo(String agency) {
    String id = submit();
    step("admin1", id, "verification", Map.of());
    step("admin1", id, "forwards", Map.of("agencyId", agency));
    return id;
  }

  @Test
  void officerInboxPagesThroughTheAgencyAndItsUnitsInDueOrder() {
    String p = Agencies.create("Dinas Halaman", null, true);
    String c1 = Agencies.create("UPT Halaman Satu", p, true);
    String c2 = Agencies.create("UPT Halaman Dua", p, true);
    Officers.place(Officers.PETUGAS1, "Petugas Satu", p, true);
    // Forwarded in turn to each agency: their deadlines interleave across the three queues.
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      ids.add(forwardedTo(List.of(p, c1, c2).get(i % 3)));
    }
    // In progress: no clock runs ('infinity'), so they come last, by id.
    step("petugas1", ids.get(1), "follow-ups", Map.of("message", "Ditangani UPT satu."));
    step("petugas1", ids.get(5), "follow-ups", Map.of("message", "Ditangani UPT dua."));

    List<Map<String, Object>> items = all("petugas1", Map.of(), 2);
    // Every report once, by deadline (none last), then by id (PostgreSQL orders uuids as their hex text).
    java.util.Comparator<Map<String, Object>> byDue = java.util.Comparator.comparing(
        i -> i.get("dueAt") == null ? Instant.MAX : Instant.parse((String) i.get("dueAt")));
    assertThat(items).extracting(i -> i.get("id")).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(items).isSortedAccordingTo(byDue.thenComparing(i -> (String) i.get("id")));
    assertThat(items).filteredOn(i -> i.get("dueAt") == null).extracting(i -> i.get("id"))
        .containsExactlyInAnyOrder(ids.get(1), ids.get(5));
  }

  @Test
  void aNewOrMovedSubUnitCountsForTheOfficersAtOnce() {
    String p = Agencies.create("Dinas Pohon", null, true);
    String other = Agencies.create("Dinas Pohon Lain", null, true);
    Officers.place(Officers.PETUGAS1, "Petugas Satu", p, true);
    assertThat(all("petugas1", Map.of())).isEmpty();

    // The officer's agency tree was just read (and kept); a sub-unit created now belongs to it at once.
    String unit = Agencies.create("UPT Pohon", p, true);
    String id = forwardedTo(unit);
    assertThat(all("petugas1", Map.of())).extracting(i -> i.get("id")).containsExactly(id);
    as("petugas1").get("/api/v1/reports/{id}", id).then().statusCode(200);

    // Moved to another agency: out of the officer's reach as soon as the move is answered.
    as("admin1").contentType(ContentType.JSON).body(Agencies.input(Agencies.uniqueCode("T"), "UPT Pohon", other, true))
        .put("/api/v1/agencies/{id}", unit).then().statusCode(200);
    assertThat(all("petugas1", Map.of())).isEmpty();
    as("petugas1").get("/api/v1/reports/{id}", id).then().statusCode(404);
  }
}
