package id.aduan.open311;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import id.aduan.testing.Agencies;
import id.aduan.testing.ApiClients;
import id.aduan.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Open311 GeoReport v2 as a client sees it: every resource, parameter and error of the
 * specification, in JSON and in XML (parsed, never matched as text), against the real database
 * and real tokens where an admin acts.
 */
@QuarkusTest
class Open311ConformanceTest {
  static final String BASE = "/open311/v2";
  static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";

  @Inject
  Pool pool;

  String province;
  String kecamatan;
  String kelurahan;
  String groupName;
  String serviceCode;
  String inactiveCode;
  String apiKey;

  @BeforeEach
  void setUp() {
    // A city of our own (province.city.kecamatan.kelurahan), loaded as a city operator would.
    province = "8" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    String city = province + ".71";
    kecamatan = city + ".03";
    kelurahan = kecamatan + ".1004";
    area(province, null, "Provinsi Uji");
    area(city, province, "Kota Uji");
    area(kecamatan, city, "Oebobo Uji");
    area(kelurahan, kecamatan, "Fatululi Uji");

    groupName = "Infrastruktur " + province;
    String parent = category("INFRA-" + province, groupName, null, true);
    serviceCode = "JALAN-" + province;
    category(serviceCode, "Jalan rusak", parent, true);
    inactiveCode = "LAMA-" + province;
    category(inactiveCode, "Kategori lama", null, false);
    apiKey = ApiClients.newKey("Open311 conformance " + province);
  }

  @AfterEach
  void removeCity() {
    pool.preparedQuery("DELETE FROM area WHERE code = $1 OR code LIKE $1 || '.%'").execute(Tuple.of(province))
        .await().atMost(Duration.ofSeconds(5));
  }

  void area(String code, String parent, String name) {
    pool.preparedQuery("INSERT INTO area (code, parent_code, name) VALUES ($1, $2, $3)")
        .execute(Tuple.of(code, parent, name)).await().atMost(Duration.ofSeconds(5));
  }

  static String category(String code, String name, String parentId, boolean active) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("name", name);
    body.put("parentId", parentId);
    body.put("active", active);
    return admin().contentType(ContentType.JSON).body(body).post("/api/v1/categories").then().statusCode(201)
        .extract().path("id");
  }

  static RequestSpecification admin() {
    return given().auth().oauth2(Keycloak.token("admin1"));
  }

  static RequestSpecification client() {
    return given();
  }

  /** A complete, valid form; tests change or remove fields from it. */
  Map<String, String> form() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("api_key", apiKey);
    form.put("jurisdiction_id", "kupangkota.go.id");
    form.put("service_code", serviceCode);
    form.put("lat", "-10.1711");
    form.put("long", "123.6075");
    form.put("address_string", "Jl. El Tari, depan kantor gubernur");
    form.put("address_id", kelurahan);
    form.put("email", "warga.open311@contoh.id");
    form.put("device_id", "tt222111");
    form.put("account_id", "akun-123456");
    form.put("first_name", "Maria");
    form.put("last_name", "Bria");
    form.put("phone", "+6281234567890");
    form.put("description", "Lubang besar di tengah jalan. Sudah dua minggu, berbahaya bagi pengendara motor.");
    form.put("media_url", "https://foto.contoh.id/lubang.jpg");
    form.put("attribute[report_type]", "COMPLAINT");
    form.put("attribute[kecamatan]", kecamatan);
    form.put("attribute[anonymous]", "false");
    form.put("attribute[confidential]", "false");
    return form;
  }

  static Response post(String format, Map<String, String> form) {
    return client().contentType(FORM).formParams(form).post(BASE + "/requests." + format);
  }

  // --- XML helpers: DOM, never string matching ---

  static Element xml(Response response) {
    assertThat(response.contentType()).startsWith("text/xml").containsIgnoringCase("charset=utf-8");
    try {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.asByteArray()));
      assertThat(doc.getXmlEncoding()).isEqualToIgnoringCase("utf-8");
      return doc.getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError("not XML: " + response.asString(), e);
    }
  }

  static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertThat(found).as("<%s> in <%s>", name, parent.getTagName()).hasSize(1);
    return found.get(0);
  }

  static String text(Element parent, String name) {
    return child(parent, name).getTextContent();
  }

  static List<String> childNames(Element parent) {
    List<String> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e.getTagName());
      }
    }
    return out;
  }

  /** The one error of an XML error document. */
  static Element xmlError(Response response, int status) {
    assertThat(response.statusCode()).isEqualTo(status);
    Element errors = xml(response);
    assertThat(errors.getTagName()).isEqualTo("errors");
    Element error = children(errors, "error").get(0);
    assertThat(text(error, "code")).isEqualTo(String.valueOf(status));
    return error;
  }

  /** The first error of a JSON error list. */
  static String jsonError(Response response, int status) {
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/json");
    JsonPath json = response.jsonPath();
    assertThat(json.getInt("[0].code")).isEqualTo(status);
    return json.getString("[0].description");
  }

  // --- Discovery ---

  @Test
  void discoveryInBothFormats() {
    client().get(BASE + "/discovery.json").then().statusCode(200)
        .contentType(startsWith("application/json"))
        .body("endpoints", hasSize(1))
        .body("endpoints[0].specification", equalTo("http://wiki.open311.org/GeoReport_v2"))
        .body("endpoints[0].url", org.hamcrest.Matchers.endsWith("/open311/v2"))
        .body("endpoints[0].type", equalTo("production"))
        .body("endpoints[0].formats", org.hamcrest.Matchers.contains("text/xml", "application/json"))
        .body("key_service", org.hamcrest.Matchers.notNullValue())
        .body("contact", org.hamcrest.Matchers.notNullValue());

    Element discovery = xml(client().get(BASE + "/discovery.xml"));
    assertThat(discovery.getTagName()).isEqualTo("discovery");
    assertThat(childNames(discovery)).containsExactly("changeset", "contact", "key_service", "endpoints");
    Element endpoint = child(child(discovery, "endpoints"), "endpoint");
    assertThat(text(endpoint, "specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
    assertThat(text(endpoint, "url")).endsWith("/open311/v2");
    assertThat(children(child(endpoint, "formats"), "format")).extracting(Element::getTextContent)
        .containsExactly("text/xml", "application/json");
  }

  // --- Services ---

  @Test
  void servicesAreTheActiveCategoriesInBothFormats() {
    JsonPath json = client().get(BASE + "/services.json").then().statusCode(200).extract().jsonPath();
    Map<String, Object> ours = json.getMap("find { it.service_code == '" + serviceCode + "' }");
    assertThat(ours).containsEntry("service_name", "Jalan rusak")
        .containsEntry("metadata", true)
        .containsEntry("type", "realtime")
        .containsEntry("group", groupName)
        .containsEntry("keywords", "Jalan rusak, " + groupName);
    assertThat(json.getList("service_code", String.class)).doesNotContain(inactiveCode)
        .contains("INFRA-" + province);

    Element services = xml(client().queryParam("jurisdiction_id", "kupangkota.go.id").get(BASE + "/services.xml"));
    assertThat(services.getTagName()).isEqualTo("services");
    Element service = children(services, "service").stream()
        .filter(s -> text(s, "service_code").equals(serviceCode)).findFirst().orElseThrow();
    assertThat(text(service, "service_name")).isEqualTo("Jalan rusak");
    assertThat(text(service, "metadata")).isEqualTo("true");
    assertThat(text(service, "type")).isEqualTo("realtime");
    assertThat(text(service, "group")).isEqualTo(groupName);
    assertThat(children(services, "service")).noneMatch(s -> text(s, "service_code").equals(inactiveCode));
  }

  @Test
  void serviceDefinitionInBothFormats() {
    JsonPath json = client().get(BASE + "/services/{code}.json", serviceCode).then().statusCode(200)
        .extract().jsonPath();
    assertThat(json.getString("service_code")).isEqualTo(serviceCode);
    assertThat(json.getList("attributes.code", String.class))
        .containsExactly("report_type", "kecamatan", "anonymous", "confidential");
    assertThat(json.getList("attributes.order", Integer.class)).containsExactly(1, 2, 3, 4);
    assertThat(json.getList("attributes.datatype", String.class)).containsOnly("singlevaluelist");
    assertThat(json.getList("attributes.required", Boolean.class)).containsOnly(false);
    assertThat(json.getList("attributes.variable", Boolean.class)).containsOnly(true);
    assertThat(json.getList("attributes[0].values.key", String.class))
        .containsExactly("COMPLAINT", "ASPIRATION", "INFORMATION_REQUEST");
    assertThat(json.getList("attributes[1].values.key", String.class)).contains(kecamatan)
        .doesNotContain(kelurahan, province + ".71");
    assertThat(json.getString("attributes[1].values.find { it.key == '" + kecamatan + "' }.name"))
        .isEqualTo("Oebobo Uji");
    assertThat(json.getList("attributes[2].values.key", String.class)).containsExactly("true", "false");

    Element definition = xml(client().get(BASE + "/services/{code}.xml", serviceCode));
    assertThat(definition.getTagName()).isEqualTo("service_definition");
    assertThat(text(definition, "service_code")).isEqualTo(serviceCode);
    List<Element> attributes = children(child(definition, "attributes"), "attribute");
    assertThat(attributes).extracting(a -> text(a, "code"))
        .containsExactly("report_type", "kecamatan", "anonymous", "confidential");
    Element kecamatanAttribute = attributes.get(1);
    assertThat(text(kecamatanAttribute, "datatype")).isEqualTo("singlevaluelist");
    assertThat(text(kecamatanAttribute, "required")).isEqualTo("false");
    assertThat(text(kecamatanAttribute, "order")).isEqualTo("2");
    assertThat(children(child(kecamatanAttribute, "values"), "value"))
        .anyMatch(v -> text(v, "key").equals(kecamatan) && text(v, "name").equals("Oebobo Uji"));
  }

  @Test
  void unknownOrInactiveServiceIs404() {
    assertThat(jsonError(client().get(BASE + "/services/{code}.json", "TIDAK-ADA-" + province), 404))
        .contains("service_code");
    assertThat(text(xmlError(client().get(BASE + "/services/{code}.xml", inactiveCode), 404), "description"))
        .contains("service_code");
  }

  // --- Jurisdiction and format ---

  @Test
  void anotherJurisdictionIs404InBothFormats() {
    for (String path : List.of("/services", "/requests", "/services/" + serviceCode, "/requests/K7PX4M9Q",
        "/tokens/" + UUID.randomUUID())) {
      assertThat(jsonError(client().queryParam("jurisdiction_id", "sfgov.org").get(BASE + path + ".json"), 404))
          .contains("jurisdiction_id").contains("kupangkota.go.id");
      assertThat(text(xmlError(client().queryParam("jurisdiction_id", "sfgov.org").get(BASE + path + ".xml"), 404),
          "description")).contains("jurisdiction_id");
    }
    Map<String, String> form = form();
    form.put("jurisdiction_id", "sfgov.org");
    assertThat(jsonError(post("json", form), 404)).contains("jurisdiction_id");
    // The configured one, in any case, is fine; so is none (one jurisdiction is served).
    client().queryParam("jurisdiction_id", "KupangKota.go.id").get(BASE + "/services.json").then().statusCode(200);
  }

  @Test
  void unknownFormatIs404InXml() {
    for (String path : List.of("/discovery.csv", "/services.html", "/services/" + serviceCode + ".yaml",
        "/requests.txt", "/requests/K7PX4M9Q.rss", "/tokens/" + UUID.randomUUID() + ".atom")) {
      assertThat(text(xmlError(given().get(BASE + path), 404), "description")).contains("json or xml");
    }
    assertThat(text(xmlError(given().contentType(FORM).formParams(form()).post(BASE + "/requests.csv"), 404),
        "description")).contains("json or xml");
  }

  // --- POST requests: errors ---

  @Test
  void apiKeyIsRequiredValidAndNotRevoked() {
    Map<String, String> form = form();
    form.remove("api_key");
    assertThat(jsonError(post("json", form), 403)).contains("api_key");
    form.put("api_key", "");
    assertThat(text(xmlError(post("xml", form), 403), "description")).contains("api_key");
    form.put("api_key", "adn_not-a-key");
    assertThat(jsonError(post("json", form), 403)).isEqualTo("The api_key is not valid.");
  }

  @Test
  void missingServiceCodeIs400AndUnknownIs404() {
    Map<String, String> form = form();
    form.remove("service_code");
    assertThat(jsonError(post("json", form), 400)).isEqualTo("service_code is required");
    assertThat(text(xmlError(post("xml", form), 400), "description")).isEqualTo("service_code is required");
    form.put("service_code", inactiveCode);
    assertThat(jsonError(post("json", form), 404)).contains("service_code");
  }

  @Test
  void aLocationIsRequired() {
    Map<String, String> form = form();
    form.remove("lat");
    form.remove("long");
    form.remove("address_string");
    form.remove("address_id");
    assertThat(jsonError(post("json", form), 400))
        .isEqualTo("lat and long are required unless address_string or address_id is given");
    assertThat(text(xmlError(post("xml", form), 400), "description")).startsWith("lat and long are required");
    // Empty is the same as absent.
    form.put("lat", "");
    form.put("address_string", " ");
    assertThat(jsonError(post("json", form), 400)).startsWith("lat and long are required");
  }

  @Test
  void coordinatesComeTogetherAndAreNumbersInRange() {
    Map<String, String> form = form();
    form.remove("long");
    assertThat(jsonError(post("json", form), 400)).isEqualTo("long is required with lat");
    form = form();
    form.remove("lat");
    assertThat(jsonError(post("json", form), 400)).isEqualTo("lat is required with long");
    form = form();
    form.put("lat", "sepuluh");
    assertThat(jsonError(post("json", form), 400)).isEqualTo("lat must be a number such as -10.1772");
    form = form();
    form.put("long", "200");
    assertThat(text(xmlError(post("xml", form), 400), "description")).isEqualTo("long must be from -180 to 180");
  }

  @Test
  void attributesAreChecked() {
    Map<String, String> form = form();
    form.put("attribute[report_type]", "PUJIAN");
    assertThat(jsonError(post("json", form), 400)).startsWith("attribute[report_type] must be one of COMPLAINT");
    form = form();
    form.put("attribute[anonymous]", "ya");
    assertThat(jsonError(post("json", form), 400)).isEqualTo("attribute[anonymous] must be true or false");
    form = form();
    form.put("attribute[confidential]", "maybe");
    assertThat(text(xmlError(post("xml", form), 400), "description"))
        .isEqualTo("attribute[confidential] must be true or false");
    form = form();
    form.put("attribute[warna]", "merah");
    assertThat(jsonError(post("json", form), 400)).startsWith("attribute[warna] is not an attribute of this service");
    form = form();
    form.remove("address_id");
    form.put("attribute[kecamatan]", province + ".71.09");
    assertThat(jsonError(post("json", form), 400)).startsWith("attribute[kecamatan] is not a kecamatan of this city");
    form.put("attribute[kecamatan]", kelurahan);
    assertThat(jsonError(post("json", form), 400)).startsWith("attribute[kecamatan] is not a kecamatan of this city");
    // A single value list takes one value.
    Response twice = client().contentType(FORM).formParams(form()).formParam("attribute[anonymous][]", "true")
        .post(BASE + "/requests.json");
    assertThat(jsonError(twice, 400)).isEqualTo("attribute[anonymous] takes a single value");
  }

  @Test
  void addressIdIsAnAreaOfTheCity() {
    Map<String, String> form = form();
    form.put("address_id", "Jl. El Tari 5");
    assertThat(jsonError(post("json", form), 400))
        .isEqualTo("address_id must be a Kemendagri area code such as 53.71.04.1001");
    form.put("address_id", kecamatan + ".9999");
    assertThat(jsonError(post("json", form), 400)).isEqualTo("address_id is not an area code of this city");
    form.put("address_id", province + ".71.02.1001");
    assertThat(jsonError(post("json", form), 400))
        .isEqualTo("address_id is not in the kecamatan given in attribute[kecamatan]");
  }

  @Test
  void reporterFieldsAndTextAreValidated() {
    Map<String, String> form = form();
    form.put("email", "bukan-email");
    assertThat(jsonError(post("json", form), 400)).startsWith("email must be an email address");
    form = form();
    form.put("phone", "telepon saya");
    assertThat(jsonError(post("json", form), 400)).startsWith("phone must be a phone number");
    form = form();
    form.remove("description");
    assertThat(jsonError(post("json", form), 400)).isEqualTo("description is required");
    form.put("description", "Rusak.");
    assertThat(text(xmlError(post("xml", form), 400), "description")).startsWith("description must be 10 to");
    form = form();
    form.put("media_url", "javascript:alert(1)");
    assertThat(jsonError(post("json", form), 400)).startsWith("media_url must be an http or https URL");
    form = form();
    form.put("first_name", "N".repeat(80));
    form.put("last_name", "M".repeat(80));
    assertThat(jsonError(post("json", form), 400)).startsWith("first_name must be at most 100 characters");
  }

  @Test
  void onlyFormBodiesAreAccepted() {
    Response json = client().contentType(ContentType.JSON).body(Map.of("api_key", apiKey))
        .post(BASE + "/requests.json");
    assertThat(jsonError(json, 400)).isEqualTo("Content-Type must be application/x-www-form-urlencoded");
    Response broken = client().contentType(FORM).body("api_key=" + apiKey + "&description=%ZZ")
        .post(BASE + "/requests.xml");
    assertThat(text(xmlError(broken, 400), "description")).isEqualTo("body is not valid form data");
  }

  @Test
  void errorsAreInIndonesianWhenPreferred() {
    Map<String, String> form = form();
    form.put("api_key", "adn_salah");
    Response response = client().header("Accept-Language", "id").contentType(FORM).formParams(form)
        .post(BASE + "/requests.json");
    assertThat(jsonError(response, 403)).isEqualTo("api_key tidak valid.");
    assertThat(response.header("Content-Language")).isEqualTo("id");
    form = form();
    form.remove("service_code");
    assertThat(jsonError(client().header("Accept-Language", "id").contentType(FORM).formParams(form)
        .post(BASE + "/requests.json"), 400)).isEqualTo("service_code wajib diisi");
  }

  // --- The round trip ---

  @Test
  void roundTripFromPostToPublicRequest() throws Exception {
    Response created = post("xml", form());
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    Element requests = xml(created);
    assertThat(requests.getTagName()).isEqualTo("service_requests");
    Element request = child(requests, "request");
    String code = text(request, "service_request_id");
    String token = text(request, "token");
    assertThat(code).matches("^[23456789A-HJKMNP-Z]{8}$");
    assertThat(UUID.fromString(token)).isNotNull();
    assertThat(text(request, "account_id")).isEqualTo("akun-123456");
    assertThat(text(request, "service_notice")).contains("3 working days");

    // What the city sees: an Open311 report with the reporter's contact and the media link.
    admin().get("/api/v1/reports/{id}", token).then().statusCode(200)
        .body("trackingCode", equalTo(code))
        .body("channel", equalTo("OPEN311"))
        .body("title", equalTo("Lubang besar di tengah jalan."))
        .body("sourceUrl", equalTo("https://foto.contoh.id/lubang.jpg"))
        .body("contact.email", equalTo("warga.open311@contoh.id"))
        .body("contact.name", equalTo("Maria Bria"))
        .body("type", equalTo("COMPLAINT"));

    // Not public yet: the id, status, service and times only.
    JsonPath brief = client().get(BASE + "/requests/{id}.json", code).then().statusCode(200).extract().jsonPath();
    assertThat(brief.getList("$")).hasSize(1);
    assertThat(brief.getMap("[0]")).containsOnlyKeys("service_request_id", "status", "service_code",
        "requested_datetime", "updated_datetime");
    assertThat(brief.getString("[0].status")).isEqualTo("open");
    assertThat(brief.getString("[0].service_code")).isEqualTo(serviceCode);
    assertThat(OffsetDateTime.parse(brief.getString("[0].requested_datetime")).getOffset())
        .isEqualTo(ZoneOffset.ofHours(8));
    Element briefXml = child(xml(client().get(BASE + "/requests/{id}.xml", code)), "request");
    assertThat(childNames(briefXml)).containsExactly("service_request_id", "status", "service_code",
        "requested_datetime", "updated_datetime");
    // Not in lists either, but found by id.
    assertThat(client().queryParam("service_code", serviceCode).get(BASE + "/requests.json").jsonPath()
        .getList("service_request_id", String.class)).doesNotContain(code);
    assertThat(client().queryParam("service_request_id", code + ",NOTACODE").get(BASE + "/requests.json").jsonPath()
        .getList("service_request_id", String.class)).containsExactly(code);

    // The token leads to the id, in both formats.
    client().get(BASE + "/tokens/{token}.json", token).then().statusCode(200)
        .body("[0].service_request_id", equalTo(code)).body("[0].token", equalTo(token));
    Element tokenXml = child(xml(client().get(BASE + "/tokens/{token}.xml", token)), "request");
    assertThat(text(tokenXml, "service_request_id")).isEqualTo(code);
    assertThat(text(tokenXml, "token")).isEqualTo(token);

    // An admin verifies and forwards it: now it is public, in full.
    String agency = Agencies.create("Dinas PUPR " + province, null, true);
    admin().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/reports/{id}/verification", token).then()
        .statusCode(200);
    admin().contentType(ContentType.JSON).body(Map.of("agencyId", agency))
        .post("/api/v1/reports/{id}/forwards", token).then().statusCode(200);

    Response full = client().get(BASE + "/requests/{id}.json", code);
    assertThat(full.statusCode()).isEqualTo(200);
    JsonPath json = full.jsonPath();
    assertThat(json.getString("[0].service_request_id")).isEqualTo(code);
    assertThat(json.getString("[0].status")).isEqualTo("open");
    assertThat(json.getString("[0].status_notes")).isEqualTo("Forwarded to the agency responsible.");
    assertThat(json.getString("[0].service_name")).isEqualTo("Jalan rusak");
    assertThat(json.getString("[0].service_code")).isEqualTo(serviceCode);
    assertThat(json.getString("[0].description")).isEqualTo(form().get("description"));
    assertThat(json.getString("[0].agency_responsible")).isEqualTo("Dinas PUPR " + province);
    assertThat(json.getString("[0].address")).isEqualTo("Jl. El Tari, depan kantor gubernur");
    assertThat(json.getString("[0].address_id")).isEqualTo(kelurahan);
    assertThat(json.getDouble("[0].lat")).isEqualTo(-10.1711);
    assertThat(json.getDouble("[0].long")).isEqualTo(123.6075);
    assertThat(json.getString("[0].media_url")).isEqualTo("https://foto.contoh.id/lubang.jpg");
    OffsetDateTime requested = OffsetDateTime.parse(json.getString("[0].requested_datetime"));
    OffsetDateTime updated = OffsetDateTime.parse(json.getString("[0].updated_datetime"));
    assertThat(updated).isAfterOrEqualTo(requested);
    assertThat(OffsetDateTime.parse(json.getString("[0].expected_datetime"))).isAfter(requested);
    // The reporter is never shown.
    assertThat(full.asString()).doesNotContain("warga.open311@contoh.id", "Maria", "Bria", "6281234567890",
        "akun-123456", "tt222111");

    Element fullXml = child(xml(client().get(BASE + "/requests/{id}.xml", code)), "request");
    assertThat(text(fullXml, "agency_responsible")).isEqualTo("Dinas PUPR " + province);
    assertThat(text(fullXml, "lat")).isEqualTo("-10.1711");
    assertThat(text(fullXml, "long")).isEqualTo("123.6075");
    assertThat(childNames(fullXml)).startsWith("service_request_id", "status", "status_notes", "service_name",
        "service_code", "description", "agency_responsible");

    // And in lists, with every filter.
    assertThat(codes(Map.of("service_code", serviceCode))).contains(code);
    assertThat(codes(Map.of("service_code", "TIDAK-ADA," + serviceCode))).contains(code);
    assertThat(codes(Map.of("service_code", inactiveCode))).doesNotContain(code);
    assertThat(codes(Map.of("service_code", serviceCode, "status", "open"))).contains(code);
    assertThat(codes(Map.of("service_code", serviceCode, "status", "open,closed"))).contains(code);
    assertThat(codes(Map.of("service_code", serviceCode, "status", "closed"))).doesNotContain(code);
    String start = requested.minusHours(1).toString();
    String end = requested.plusHours(1).toString();
    assertThat(codes(Map.of("service_code", serviceCode, "start_date", start, "end_date", end))).contains(code);
    assertThat(codes(Map.of("service_code", serviceCode, "start_date", start))).contains(code);
    assertThat(codes(Map.of("service_code", serviceCode, "end_date", end))).contains(code);
    assertThat(codes(Map.of("service_code", serviceCode, "end_date", requested.minusDays(1).toString())))
        .doesNotContain(code);
    assertThat(codes(Map.of("service_code", serviceCode, "start_date", requested.plusMinutes(1).toString())))
        .doesNotContain(code);
    // service_request_id overrides every other filter.
    assertThat(codes(Map.of("service_request_id", code.toLowerCase(), "status", "closed", "service_code", "X")))
        .containsExactly(code);

    Element list = xml(client().queryParam("service_code", serviceCode).get(BASE + "/requests.xml"));
    assertThat(list.getTagName()).isEqualTo("service_requests");
    assertThat(children(list, "request")).extracting(r -> text(r, "service_request_id")).contains(code);
    assertThat(childNames(list)).containsOnly("request");
  }

  List<String> codes(Map<String, String> query) {
    Response response = client().queryParams(query).get(BASE + "/requests.json");
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    return response.jsonPath().getList("service_request_id", String.class);
  }

  @Test
  void theSmallestRequestGetsTheDefaults() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("api_key", apiKey);
    form.put("service_code", serviceCode);
    form.put("address_string", "Pasar Oeba");
    form.put("description", "Sampah menumpuk di pintu masuk pasar");
    Response created = post("json", form);
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    assertThat(created.contentType()).startsWith("application/json").containsIgnoringCase("charset=utf-8");
    JsonPath json = created.jsonPath();
    assertThat(json.getMap("[0]")).containsOnlyKeys("service_request_id", "token", "service_notice", "account_id")
        .containsEntry("account_id", null);
    admin().get("/api/v1/reports/{id}", json.getString("[0].token")).then().statusCode(200)
        .body("type", equalTo("COMPLAINT"))
        .body("title", equalTo("Sampah menumpuk di pintu masuk pasar"))
        .body("anonymous", equalTo(false))
        .body("confidential", equalTo(false))
        .body("channel", equalTo("OPEN311"));
  }

  @Test
  void atMost50IdsAtOnce() {
    String ids = String.join(",", java.util.Collections.nCopies(51, "K"));
    assertThat(jsonError(client().queryParam("service_request_id", ids).get(BASE + "/requests.json"), 400))
        .isEqualTo("service_request_id accepts at most 50 ids");
    client().queryParam("service_request_id", String.join(",", java.util.Collections.nCopies(50, "K")))
        .get(BASE + "/requests.json").then().statusCode(200);
  }

  @Test
  void confidentialRequestsDoNotExistForOpen311() {
    Map<String, String> form = form();
    form.put("attribute[confidential]", "true");
    form.put("attribute[report_type]", "aspiration");
    form.remove("lat");
    form.remove("long");
    JsonPath created = post("json", form).then().statusCode(201).contentType(startsWith("application/json"))
        .extract().jsonPath();
    String code = created.getString("[0].service_request_id");
    String token = created.getString("[0].token");
    admin().get("/api/v1/reports/{id}", token).then().statusCode(200)
        .body("confidential", equalTo(true)).body("type", equalTo("ASPIRATION"));
    assertThat(jsonError(client().get(BASE + "/requests/{id}.json", code), 404)).contains("service request");
    xmlError(client().get(BASE + "/requests/{id}.xml", code), 404);
    assertThat(jsonError(client().get(BASE + "/tokens/{token}.json", token), 404)).contains("token");
    assertThat(codes(Map.of("service_request_id", code))).isEmpty();
  }

  @Test
  void unknownRequestsAndTokensAre404() {
    assertThat(jsonError(client().get(BASE + "/requests/{id}.json", "K7PX4M9Q"), 404))
        .isEqualTo("No service request has this id.");
    xmlError(client().get(BASE + "/requests/{id}.xml", "not-a-code"), 404);
    assertThat(jsonError(client().get(BASE + "/tokens/{t}.json", UUID.randomUUID()), 404))
        .isEqualTo("No service request has this token.");
    xmlError(client().get(BASE + "/tokens/{t}.xml", "12345"), 404);
    assertThat(codes(Map.of("service_request_id", "K7PX4M9Q,zzz"))).isEmpty();
  }

  @Test
  void listParametersAreChecked() {
    assertThat(jsonError(client().queryParam("start_date", "kemarin").get(BASE + "/requests.json"), 400))
        .startsWith("start_date must be a w3c datetime");
    assertThat(text(xmlError(client().queryParam("end_date", "2026-11-01T00:00:00").get(BASE + "/requests.xml"), 400),
        "description")).startsWith("end_date must be a w3c datetime");
    assertThat(jsonError(client().queryParam("start_date", "2026-11-02T00:00:00Z")
        .queryParam("end_date", "2026-11-01T00:00:00Z").get(BASE + "/requests.json"), 400))
        .isEqualTo("end_date must not be before start_date");
    assertThat(jsonError(client().queryParam("start_date", "2026-01-01T00:00:00Z")
        .queryParam("end_date", "2026-06-01T00:00:00Z").get(BASE + "/requests.json"), 400))
        .isEqualTo("end_date may not be more than 90 days after start_date");
    assertThat(text(xmlError(client().queryParam("status", "open,pending").get(BASE + "/requests.xml"), 400),
        "description")).isEqualTo("status must be one of open, closed");
    // A "+" sent unencoded arrives as a space and is still understood.
    given().urlEncodingEnabled(false).get(BASE + "/requests.json?start_date=2026-11-01T00:00:00+08:00")
        .then().statusCode(200);
    // Default window: at most 1000, newest first.
    List<String> times = client().get(BASE + "/requests.json").jsonPath().getList("requested_datetime", String.class);
    assertThat(times.size()).isLessThanOrEqualTo(1000);
    assertThat(times).isSortedAccordingTo((a, b) -> OffsetDateTime.parse(b).compareTo(OffsetDateTime.parse(a)));
  }
}
