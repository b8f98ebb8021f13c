package id.aduan.report.privacy;

import id.aduan.common.Ids;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import id.aduan.common.paging.Page;
import id.aduan.common.paging.PageSize;
import id.aduan.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Who among the officials was shown which reporter's contact data, for admins. */
@Path("/api/v1/admin/personal-data-reads")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataReadResource {
  private final PersonalDataReads reads;

  PersonalDataReadResource(PersonalDataReads reads) {
    this.reads = reads;
  }

  @GET
  public Uni<Page<PersonalDataReads.Entry>> list(@QueryParam("reportId") String reportId,
      @QueryParam("reader") String reader, @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
    if (reader != null && reader.length() > 64) {
      throw new InvalidInputException("reader", Msg.of("validation.tooLong", "max", 64));
    }
    return reads.page(reportId == null || reportId.isBlank() ? null : Ids.parse(reportId, "reportId"),
        reader == null || reader.isBlank() ? null : reader, cursor, PageSize.parse(size));
  }
}
