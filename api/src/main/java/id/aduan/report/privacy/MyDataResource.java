package id.aduan.report.privacy;

import id.aduan.common.security.CurrentCaller;
import id.aduan.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A citizen's own data: to take away, or to erase. The account is the token's, never the body's. */
@Path("/api/v1/me")
@RolesAllowed(Roles.CITIZEN)
@Produces(MediaType.APPLICATION_JSON)
public class MyDataResource {
  private final PersonalDataService service;
  private final CurrentCaller caller;

  MyDataResource(PersonalDataService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @Path("data")
  public Uni<PersonalDataService.Export> export() {
    return caller.get().flatMap(c -> service.export(c.subject(), c.name(), c.email()));
  }

  @POST
  @Path("erasure")
  public Uni<PersonalDataService.Erasure> erase() {
    return caller.get().flatMap(c -> service.erase(c.subject()));
  }
}
