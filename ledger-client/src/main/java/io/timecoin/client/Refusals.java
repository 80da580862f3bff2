package io.timecoin.client;

import io.timecoin.model.ErrorCode;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which refusals by the rules are not final. A peer endorses on its own copy of the ledger, which
 * can be a block behind the peer that committed the write a caller just made (registration,
 * approval, earning); and a resubmission runs at a later transaction time than the attempt it
 * copies.
 */
final class Refusals {

  /**
   * Refusals that a write committed moments ago can lift: the record does not exist yet, or has not
   * reached the state the rule asks for. A peer one block behind gives them for a request that its
   * up-to-date neighbours would accept. INSUFFICIENT_BALANCE is left out on purpose: it is the
   * common final answer, and re-asking would delay every overdraft refusal.
   */
  private static final Set<ErrorCode> MAY_BE_STALE =
      EnumSet.of(
          ErrorCode.VOLUNTEER_NOT_FOUND,
          ErrorCode.ENTRY_NOT_FOUND,
          ErrorCode.EARNING_POLICY_NOT_SET,
          ErrorCode.PRODUCT_NOT_FOUND,
          ErrorCode.VOUCHER_NOT_FOUND,
          ErrorCode.CLAIM_NOT_FOUND,
          ErrorCode.CLAIM_NOT_APPROVED,
          ErrorCode.ACCOUNT_NOT_ACTIVE,
          ErrorCode.PRODUCT_INACTIVE);

  /**
   * Refusals whose verdict depends on the transaction's time (expiry, cover, the earning day), not
   * only on the state it reads: a copy sent later can be refused although the first attempt, still
   * on its way to a block, would commit.
   */
  private static final Set<ErrorCode> DEPEND_ON_TIME =
      EnumSet.of(
          ErrorCode.VOUCHER_NOT_ACTIVE,
          ErrorCode.INCIDENT_OUTSIDE_COVER,
          ErrorCode.DAILY_CAP_EXCEEDED);

  private Refusals() {}

  static boolean mayBeStale(ErrorCode code) {
    return MAY_BE_STALE.contains(code);
  }

  static boolean dependsOnTime(ErrorCode code) {
    return DEPEND_ON_TIME.contains(code);
  }
}
