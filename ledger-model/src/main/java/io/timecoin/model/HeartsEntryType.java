package io.timecoin.model;

/** Kind of hearts movement a {@link HeartsEntryView} records. */
public enum HeartsEntryType {
  /** Hearts credited for one recorded charity task. */
  EARN,
  /** Hearts given to a charity project (a debit). */
  DONATION,
  /** One donation given back to its donor because its project EXPIRED or was CANCELLED. */
  RETURN
}
