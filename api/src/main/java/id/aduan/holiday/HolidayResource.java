package id.aduan.holiday;

import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import id.aduan.common.paging.Page;
import id.aduan.common.paging.PageSize;
import id.aduan.common.security.Roles;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The holiday calendar: read by officials, kept by admins. */
@Path("/api/v1/holidays")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class HolidayResource {
  private final HolidayService service;

  HolidayResource(HolidayService service) {
    this.service = service;
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SUPERVISOR})
  public Uni<Page<HolidayViews.View>> list(@QueryParam("year") String year, @QueryParam("cursor") String cursor,
      @QueryParam("size") String size) {
    Integer y = null;
    if (year != null && !year.isBlank()) {
      try {
        y = Integer.valueOf(year.trim());
      } catch (NumberFormatException e) {
        throw new InvalidInputException("year", Msg.of("holiday.year"));
      }
    }
    return service.list(y, cursor, PageSize.parse(size));
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> add(@Valid @NotNull(message = "{validation.required}") HolidayViews.Input body, UriInfo uri) {
    return service.add(body).map(h -> Response.created(uri.getAbsolutePathBuilder().path(h.date().toString()).build())
        .entity(h).build());
  }

  @DELETE
  @Path("{date}")
  @RolesAllowed(Roles.ADMIN)
  public Uni<Response> remove(@PathParam("date") String date) {
    LocalDate day;
    try {
      day = LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("date", Msg.of("validation.date"));
    }
    return service.remove(day).map(x -> Response.noContent().build());
  }
}
