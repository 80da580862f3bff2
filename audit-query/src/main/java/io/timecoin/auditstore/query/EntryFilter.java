package io.timecoin.auditstore.query;

import io.timecoin.model.EntryType;
import java.time.Instant;

/**
 * Which entries, across all accounts. Every field is optional ({@code null}: no restriction).
 *
 * @param verifier who verified the activity (EARN entries carry one)
 * @param category the activity category
 * @param type the entry type
 * @param from recorded at or after
 * @param to recorded before
 * @param minUnits size of the movement (its absolute amount) at least this, in minor units
 * @param maxUnits size of the movement at most this, in minor units
 */
public record EntryFilter(
    String verifier,
    String category,
    EntryType type,
    Instant from,
    Instant to,
    Long minUnits,
    Long maxUnits) {

  public static EntryFilter all() {
    return new EntryFilter(null, null, null, null, null, null, null);
  }
}
