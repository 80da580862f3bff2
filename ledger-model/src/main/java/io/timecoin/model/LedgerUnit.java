package io.timecoin.model;

/**
 * The units an account holds: coins (transferable, in minor units) and hearts (whole, never
 * transferable).
 */
public enum LedgerUnit {
  /** Time coins: exact minor units, 1 coin = 100 units. */
  COINS,
  /** Hearts: whole numbers, earned for charity tasks, spent only on donations to projects. */
  HEARTS
}
