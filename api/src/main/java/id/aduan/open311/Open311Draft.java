package id.aduan.open311;

import id.aduan.common.QueryParams;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import id.aduan.report.ReportSubmission;
import id.aduan.report.ReportType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A POST requests form, checked field by field, with errors naming the fields as the client named them. */
record Open311Draft(String serviceCode, Double lat, Double lng, String address, String kecamatanAttribute,
    String addressId, String kecamatanCode, String kelurahanCode, String email, String name, String phone,
    String description, String mediaUrl, String accountId, ReportType type, Boolean anonymous,
    Boolean confidential) {
  static final List<String> ATTRIBUTES = List.of("report_type", "kecamatan", "anonymous", "confidential");
  private static final Pattern ATTRIBUTE = Pattern.compile("^attribute\\[([^\\]]*)](\\[])?$");
  private static final Pattern AREA = Pattern.compile("^[0-9]+\\.[0-9]+\\.[0-9]+(\\.[0-9]+)?$");
  private static final Pattern SENTENCE = Pattern.compile("^(.+?[.!?])(\\s|$)");

  static Open311Draft of(Map<String, List<String>> form) {
    String serviceCode = one(form, "service_code");
    if (serviceCode == null) {
      throw new InvalidInputException("service_code", Msg.of("validation.required"));
    }
    Double lat = number(one(form, "lat"), "lat");
    Double lng = number(one(form, "long"), "long");
    if (lat == null && lng != null) {
      throw new InvalidInputException("lat", Msg.of("validation.requiredWith", "field", "long"));
    }
    if (lng == null && lat != null) {
      throw new InvalidInputException("long", Msg.of("validation.requiredWith", "field", "lat"));
    }
    String address = one(form, "address_string");
    String addressId = one(form, "address_id");
    if (lat == null && address == null && addressId == null) {
      throw new InvalidInputException("lat", Msg.of("open311.location.required"));
    }
    Map<String, String> attributes = attributes(form);
    String kecamatanAttribute = attributes.get("kecamatan");
    Matcher kecamatanCode = AREA.matcher(kecamatanAttribute == null ? "" : kecamatanAttribute);
    if (kecamatanAttribute != null && (!kecamatanCode.matches() || kecamatanCode.group(1) != null)) {
      throw new InvalidInputException("attribute[kecamatan]", Msg.of("open311.kecamatan.unknown"));
    }
    String kecamatan = kecamatanAttribute;
    String kelurahan = null;
    if (addressId != null) {
      // A kelurahan code (4 segments) lies in the kecamatan of its first three.
      Matcher m = AREA.matcher(addressId);
      if (!m.matches()) {
        throw new InvalidInputException("address_id", Msg.of("validation.areaCode", "example", "53.71.04.1001"));
      }
      kelurahan = m.group(1) == null ? null : addressId;
      String addressKecamatan = kelurahan == null ? addressId : addressId.substring(0, addressId.lastIndexOf('.'));
      if (kecamatan != null && !kecamatan.equals(addressKecamatan)) {
        throw new InvalidInputException("address_id", Msg.of("open311.addressId.outsideKecamatan"));
      }
      kecamatan = addressKecamatan;
    }
    String name = String.join(" ", java.util.stream.Stream.of(one(form, "first_name"), one(form, "last_name"))
        .filter(Objects::nonNull).toList());
    String mediaUrl = one(form, "media_url");
    if (mediaUrl != null && (mediaUrl.length() > 2000 || !mediaUrl.matches("(?i)^https?://\\S+$"))) {
      throw new InvalidInputException("media_url", Msg.of("open311.mediaUrl"));
    }
    ReportType type = QueryParams.enumOf(ReportType.class, attributes.get("report_type"), "attribute[report_type]");
    return new Open311Draft(serviceCode, lat, lng, address, kecamatanAttribute, addressId, kecamatan, kelurahan,
        one(form, "email"), name.isEmpty() ? null : name, one(form, "phone"), one(form, "description"), mediaUrl,
        one(form, "account_id"), type == null ? ReportType.COMPLAINT : type,
        QueryParams.bool(attributes.get("anonymous"), "attribute[anonymous]"),
        QueryParams.bool(attributes.get("confidential"), "attribute[confidential]"));
  }

  ReportSubmission submission(UUID categoryId) {
    var contact = email == null && name == null && phone == null ? null
        : new ReportSubmission.Contact(name, email, phone);
    var location = new ReportSubmission.Location(lat, lng, kecamatanCode, kelurahanCode, address);
    return new ReportSubmission(type, titleOf(description), description, contact, categoryId, location, null,
        anonymous, confidential);
  }

  private static Double number(String value, String field) {
    if (value == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(value);
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInputException(field, Msg.of("validation.latitudeNumber"));
  }

  private static Map<String, String> attributes(Map<String, List<String>> form) {
    Map<String, String> out = new HashMap<>();
    for (var field : form.entrySet()) {
      Matcher m = ATTRIBUTE.matcher(field.getKey());
      if (!m.matches()) {
        continue;
      }
      String name = "attribute[" + m.group(1) + "]";
      if (!ATTRIBUTES.contains(m.group(1))) {
        throw new InvalidInputException(name, Msg.of("open311.attribute.unknown"));
      }
      List<String> values = field.getValue().stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
          .toList();
      if (values.size() > 1 || (values.size() == 1 && out.containsKey(m.group(1)))) {
        throw new InvalidInputException(name, Msg.of("open311.attribute.single"));
      }
      if (!values.isEmpty()) {
        out.put(m.group(1), values.get(0));
      }
    }
    return out;
  }

  /** The first non-blank value of a form field (the specification: empty is the same as absent). */
  static String one(Map<String, List<String>> form, String name) {
    List<String> values = form.get(name);
    if (values == null) {
      return null;
    }
    return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).findFirst().orElse(null);
  }

  /**
   * The report's title: the description's first sentence (or line), at most 150 characters; the
   * description's start when that sentence is too short to be a title.
   */
  static String titleOf(String description) {
    if (description == null || description.isBlank()) {
      return null;
    }
    String text = description.strip();
    String line = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(text);
    Matcher m = SENTENCE.matcher(line);
    String title = m.find() ? m.group(1) : line;
    if (title.length() < 5) {
      title = text.replaceAll("\\s+", " ");
    }
    if (title.length() > 150) {
      int cut = title.lastIndexOf(' ', 149);
      title = title.substring(0, cut > 100 ? cut : 149).strip() + "…";
    }
    return title;
  }
}
