package io.timecoin.model;

/** Lifecycle of a volunteer account. Only ACTIVE accounts take new movements. */
public enum AccountStatus {
  ACTIVE,
  FROZEN,
  CLOSED
}
