package id.aduan.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The documents of GeoReport v2, field for field. JSON is these records as Jackson writes them;
 * XML is the same tree with each list's items named by {@link Open311Writer#itemName}.
 */
public final class Open311Views {
  private Open311Views() {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Discovery(String changeset, String contact, String keyService, List<Endpoint> endpoints) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Endpoint(String specification, String url, String changeset, String type, List<String> formats) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Service(String serviceCode, String serviceName, String description, boolean metadata, String type,
      String keywords, String group) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Definition(String serviceCode, List<Attribute> attributes) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Attribute(boolean variable, String code, String datatype, boolean required,
      String datatypeDescription, int order, String description, List<Value> values) {}

  public record Value(String key, String name) {}

  /**
   * A service request as GET requests shows it. Absent fields are left out: a report that is not
   * public yet shows only its id, status, service code and times.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Request(String serviceRequestId, String status, String statusNotes, String serviceName,
      String serviceCode, String description, String agencyResponsible, String serviceNotice,
      String requestedDatetime, String updatedDatetime, String expectedDatetime, String address, String addressId,
      String zipcode, Double lat, @JsonProperty("long") Double lng, String mediaUrl) {}

  /** The answer to POST requests: created at once, so the id is known; the token is the report's id. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Created(String serviceRequestId, String token, String serviceNotice, String accountId) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record TokenAnswer(String serviceRequestId, String token) {}

  public record Error(int code, String description) {}
}
