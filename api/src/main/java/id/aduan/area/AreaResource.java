package id.aduan.area;

import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import id.aduan.common.paging.Page;
import id.aduan.common.paging.PageSize;
import io.smallrye.mutiny.Uni;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.regex.Pattern;

/** Administrative areas: public, because a guest's report form offers them. */
@Path("/api/v1/areas")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AreaResource {
  private static final Pattern CODE = Pattern.compile("^[0-9][0-9.]{0,19}$");

  private final AreaService service;

  AreaResource(AreaService service) {
    this.service = service;
  }

  @GET
  @PermitAll
  public Uni<Page<AreaService.View>> list(@QueryParam("parentCode") String parentCode,
      @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
    String parent = parentCode == null || parentCode.isBlank() ? null : parentCode.strip();
    if (parent != null && !CODE.matcher(parent).matches()) {
      throw new InvalidInputException("parentCode", Msg.of("validation.areaCode", "example", "53.71"));
    }
    return service.children(parent, cursor, PageSize.parse(size));
  }
}
