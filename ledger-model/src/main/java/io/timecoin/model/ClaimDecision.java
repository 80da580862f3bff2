package io.timecoin.model;

/** The insurer's decision on a filed claim. */
public enum ClaimDecision {
  APPROVED,
  REJECTED
}
