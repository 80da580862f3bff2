package io.timecoin.model;

/** Names of chaincode events; every write transaction emits exactly one. */
public final class EventNames {

  /** Payload: {@link VolunteerRegisteredEvent}. */
  public static final String VOLUNTEER_REGISTERED = "timecoin.VolunteerRegistered.v1";

  /** Payload: {@link AccountStatusChangedEvent}. */
  public static final String ACCOUNT_STATUS_CHANGED = "timecoin.AccountStatusChanged.v1";

  /** Payload: {@link EarningRecordedEvent}. */
  public static final String EARNING_RECORDED = "timecoin.EarningRecorded.v1";

  /** Payload: {@link HelpPaidEvent}. */
  public static final String HELP_PAID = "timecoin.HelpPaid.v1";

  /** Payload: {@link CoinsTransferredEvent}. */
  public static final String COINS_TRANSFERRED = "timecoin.CoinsTransferred.v1";

  /** Payload: {@link EntryReversedEvent}. */
  public static final String ENTRY_REVERSED = "timecoin.EntryReversed.v1";

  /** Payload: {@link EarningPolicySetEvent}. */
  public static final String EARNING_POLICY_SET = "timecoin.EarningPolicySet.v1";

  /** Payload: {@link VoucherProductDefinedEvent}. */
  public static final String VOUCHER_PRODUCT_DEFINED = "timecoin.VoucherProductDefined.v1";

  /** Payload: {@link VoucherProductActiveSetEvent}. */
  public static final String VOUCHER_PRODUCT_ACTIVE_SET = "timecoin.VoucherProductActiveSet.v1";

  /** Payload: {@link VoucherPurchasedEvent}. */
  public static final String VOUCHER_PURCHASED = "timecoin.VoucherPurchased.v1";

  /** Payload: {@link VoucherVoidedEvent}. */
  public static final String VOUCHER_VOIDED = "timecoin.VoucherVoided.v1";

  /** Payload: {@link ClaimFiledEvent}; never carries the private details. */
  public static final String CLAIM_FILED = "timecoin.ClaimFiled.v1";

  /** Payload: {@link ClaimDecidedEvent}. */
  public static final String CLAIM_DECIDED = "timecoin.ClaimDecided.v1";

  /** Payload: {@link ClaimPaidEvent}. */
  public static final String CLAIM_PAID = "timecoin.ClaimPaid.v1";

  /** Payload: {@link HeartsPolicySetEvent}. */
  public static final String HEARTS_POLICY_SET = "timecoin.HeartsPolicySet.v1";

  /** Payload: {@link HeartsEarnedEvent}. */
  public static final String HEARTS_EARNED = "timecoin.HeartsEarned.v1";

  /** Payload: {@link ProjectLaunchedEvent}. */
  public static final String PROJECT_LAUNCHED = "timecoin.ProjectLaunched.v1";

  /** Payload: {@link DonationMadeEvent}. */
  public static final String DONATION_MADE = "timecoin.DonationMade.v1";

  /** Payload: {@link ProgressCheckpointedEvent}. */
  public static final String PROGRESS_CHECKPOINTED = "timecoin.ProgressCheckpointed.v1";

  /** Payload: {@link ProjectClosedEvent} (FUNDED or EXPIRED). */
  public static final String PROJECT_CLOSED = "timecoin.ProjectClosed.v1";

  /** Payload: {@link ProjectCancelledEvent} (CANCELLED, with the totals at cancelling). */
  public static final String PROJECT_CANCELLED = "timecoin.ProjectCancelled.v1";

  /** Payload: {@link DonationsReturnedEvent}. */
  public static final String DONATIONS_RETURNED = "timecoin.DonationsReturned.v1";

  private EventNames() {}

  /** Payload: {@link PlatformOperatorStatusSetEvent}. */
  public static final String PLATFORM_OPERATOR_STATUS_SET = "timecoin.PlatformOperatorStatusSet.v1";

  /** Payload: {@link InsurerOperatorStatusSetEvent}. */
  public static final String INSURER_OPERATOR_STATUS_SET = "timecoin.InsurerOperatorStatusSet.v1";
}
