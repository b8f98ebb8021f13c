package id.aduan.stats;

import java.util.Set;
import java.util.UUID;

/**
 * Which reports a caller's statistics may count: all of them (admins, supervisors), those of
 * an officer's agency ({@code agency}) and its sub-units, or, for the public, the
 * non-confidential ones.
 */
record StatsScope(Set<UUID> agencies, boolean publicOnly, UUID agency) {
  static final StatsScope ALL = new StatsScope(null, false, null);
  static final StatsScope PUBLIC = new StatsScope(null, true, null);
}
