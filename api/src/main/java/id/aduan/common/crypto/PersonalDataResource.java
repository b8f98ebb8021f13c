package id.aduan.common.crypto;

import id.aduan.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Key rotation for admins (ADR 0026): after a new personal-data key is made current, re-encrypt
 * every sealed value under it while the API serves, and see when it is done, so that the retired
 * key can be removed from the configuration.
 */
@Path("/api/v1/admin/personal-data/re-encryption")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataResource {
  private final PersonalDataRewrap rewrap;

  PersonalDataResource(PersonalDataRewrap rewrap) {
    this.rewrap = rewrap;
  }

  /** What an admin sees: the current key's id and this instance's re-encryption. */
  public record ReEncryption(String keyId, boolean running, int rows, java.time.Instant finishedAt) {
    static ReEncryption of(PersonalDataRewrap.Progress p) {
      return new ReEncryption(PersonalDataCipher.keys().currentId(), p.running(), p.rows(), p.finishedAt());
    }
  }

  @GET
  public ReEncryption progress() {
    return ReEncryption.of(rewrap.progress());
  }

  @POST
  public Response start() {
    return Response.accepted(ReEncryption.of(rewrap.start())).build();
  }
}
