package io.timecoin.model;

/** Lifecycle of a charity project: OPEN, then exactly one of the three final states. */
public enum ProjectStatus {
  /** Takes donations until its deadline. */
  OPEN,
  /** Closed with the target reached: the sponsor releases the pledge (and the match). */
  FUNDED,
  /** Closed at or after the deadline without reaching the target: hearts go back to donors. */
  EXPIRED,
  /** Called off by the platform: hearts go back to donors. */
  CANCELLED
}
