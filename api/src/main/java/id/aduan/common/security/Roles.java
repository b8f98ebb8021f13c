package id.aduan.common.security;

/** Realm role names, as issued by Keycloak in {@code realm_access.roles}. */
public final class Roles {
  public static final String CITIZEN = "citizen";
  public static final String OFFICER = "officer";
  public static final String ADMIN = "admin";
  public static final String SUPERVISOR = "supervisor";
  /** Not a Keycloak role: the actor of scheduled jobs in the history. */
  public static final String SYSTEM = "system";

  private Roles() {}
}
