package id.aduan.stats;

import java.util.Set;
import java.util.UUID;

/**
 * Which reports a caller's statistics may count: all of them (admins, supervisors), those of
 * an officer's agency and its sub-units, or, for the public, the non-confidential ones.
 */
record StatsScope(Set<UUID> agencies, boolean publicOnly) {
  static final StatsScope ALL = new StatsScope(null, false);
  static final StatsScope PUBLIC = new StatsScope(null, true);
}
