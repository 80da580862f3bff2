package io.timecoin.model;

/**
 * Chaincode transaction names, as compile-time constants for the contract's {@code @Transaction}
 * annotations and for raw callers. Everything else about a transaction is declared once in {@link
 * Transactions}. Every function takes exactly one argument: writes and the JSON queries take the
 * request JSON, the other reads a bare id. Every write returns the result JSON.
 */
public final class TransactionNames {

  /** {@link RegisterVolunteerRequest} in, {@link AccountView} out. Submit. */
  public static final String REGISTER_VOLUNTEER = "RegisterVolunteer";

  /** {@link SetAccountStatusRequest} in, {@link AccountView} out. Submit. */
  public static final String SET_ACCOUNT_STATUS = "SetAccountStatus";

  /** {@link RecordEarningRequest} in, {@link EntryView} out. Submit. */
  public static final String RECORD_EARNING = "RecordEarning";

  /** {@link PayForHelpRequest} in, {@link MovementView} out. Submit. */
  public static final String PAY_FOR_HELP = "PayForHelp";

  /** {@link TransferRequest} in, {@link MovementView} out. Submit. */
  public static final String TRANSFER = "Transfer";

  /** {@link ReverseEntryRequest} in, {@link MovementView} out. Submit. */
  public static final String REVERSE_ENTRY = "ReverseEntry";

  /** {@link SetEarningPolicyRequest} in, {@link EarningPolicyView} out. Submit. */
  public static final String SET_EARNING_POLICY = "SetEarningPolicy";

  /** volunteerId in, {@link AccountView} out. Evaluate. */
  public static final String GET_ACCOUNT = "GetAccount";

  /** {@link ListEntriesRequest} in, {@link EntryPage} out. Evaluate. */
  public static final String LIST_ENTRIES = "ListEntries";

  /** entryId in, {@link EntryView} out. Evaluate. */
  public static final String GET_ENTRY = "GetEntry";

  /** requestId in, {@link RequestView} out. Evaluate. */
  public static final String GET_REQUEST = "GetRequest";

  /** {@code ""} (current) or a version number in, {@link EarningPolicyView} out. Evaluate. */
  public static final String GET_EARNING_POLICY = "GetEarningPolicy";

  /** {@link KeyHistoryRequest} in, {@link KeyHistoryView} out. Evaluate; auditors only. */
  public static final String GET_KEY_HISTORY = "GetKeyHistory";

  /** {@link DefineVoucherProductRequest} in, {@link VoucherProductView} out. Submit; insurer. */
  public static final String DEFINE_VOUCHER_PRODUCT = "DefineVoucherProduct";

  /** {@link SetProductActiveRequest} in, {@link VoucherProductView} out. Submit; insurer. */
  public static final String SET_PRODUCT_ACTIVE = "SetProductActive";

  /** {@link PurchaseVoucherRequest} in, {@link VoucherPurchaseView} out. Submit; platform. */
  public static final String PURCHASE_VOUCHER = "PurchaseVoucher";

  /** {@link VoidVoucherRequest} in, {@link VoucherView} out. Submit; insurer. */
  public static final String VOID_VOUCHER = "VoidVoucher";

  /**
   * {@link FileClaimRequest} in, plus {@link ClaimPrivateDetails} as JSON in the transient map
   * under {@link #CLAIM_PRIVATE_TRANSIENT_KEY}; {@link ClaimView} out. Submit; platform.
   */
  public static final String FILE_CLAIM = "FileClaim";

  /** {@link DecideClaimRequest} in, {@link ClaimView} out. Submit; insurer. */
  public static final String DECIDE_CLAIM = "DecideClaim";

  /** {@link MarkClaimPaidRequest} in, {@link ClaimView} out. Submit; insurer. */
  public static final String MARK_CLAIM_PAID = "MarkClaimPaid";

  /** product code in, {@link VoucherProductView} out. Evaluate. */
  public static final String GET_PRODUCT = "GetProduct";

  /** {@code ""} in, {@link VoucherProductList} out. Evaluate. */
  public static final String LIST_PRODUCTS = "ListProducts";

  /** voucherId in, {@link VoucherView} (status as of the query) out. Evaluate. */
  public static final String GET_VOUCHER = "GetVoucher";

  /** volunteerId in, {@link VoucherList} out. Evaluate. */
  public static final String LIST_VOUCHERS = "ListVouchers";

  /** claimId in, {@link ClaimView} (public part) out. Evaluate. */
  public static final String GET_CLAIM = "GetClaim";

  /**
   * claimId in, plus a one-time AES key in the transient map under {@link #CLAIM_PRIVATE_READ_KEY};
   * {@link SealedClaimPrivate} out (the {@link ClaimPrivateView} encrypted under that key).
   * Evaluate; collection members only.
   */
  public static final String GET_CLAIM_PRIVATE = "GetClaimPrivate";

  /** {@link ListClaimsRequest} in, {@link ClaimPage} out. Evaluate. */
  public static final String LIST_CLAIMS = "ListClaims";

  /** An org's operator registry on the ledger (the platform's operators). */
  public static final String SET_PLATFORM_OPERATOR_STATUS = "SetPlatformOperatorStatus";

  /** An org's operator registry on the ledger (the insurer's operators). */
  public static final String SET_INSURER_OPERATOR_STATUS = "SetInsurerOperatorStatus";

  /** An operator identity's standing in its org's registry. */
  public static final String GET_OPERATOR_STATUS = "GetOperatorStatus";

  // Hearts and charity projects (issue 18).

  /** {@link SetHeartsPolicyRequest} in, {@link HeartsPolicyView} out. Submit; platform. */
  public static final String SET_HEARTS_POLICY = "SetHeartsPolicy";

  /** {@link RecordHeartsRequest} in, {@link HeartsEntryView} out. Submit; platform. */
  public static final String RECORD_HEARTS = "RecordHearts";

  /** {@link LaunchProjectRequest} in, {@link ProjectView} out. Submit; platform. */
  public static final String LAUNCH_PROJECT = "LaunchProject";

  /** {@link DonateRequest} in, {@link DonationView} out. Submit; platform. */
  public static final String DONATE = "Donate";

  /** {@link ProjectRequest} in, {@link ProjectProgressView} out. Submit; platform. */
  public static final String CHECKPOINT_PROGRESS = "CheckpointProgress";

  /** {@link ProjectRequest} in, {@link ProjectView} out. Submit; platform. */
  public static final String CLOSE_PROJECT = "CloseProject";

  /** {@link CancelProjectRequest} in, {@link ProjectView} out. Submit; platform. */
  public static final String CANCEL_PROJECT = "CancelProject";

  /** {@link ReturnDonationsRequest} in, {@link ReturnPage} out. Submit; platform. */
  public static final String RETURN_DONATIONS = "ReturnDonations";

  /** volunteerId in, {@link HeartsAccountView} out. Evaluate. */
  public static final String GET_HEARTS_ACCOUNT = "GetHeartsAccount";

  /** {@code ""} (current) or a version number in, {@link HeartsPolicyView} out. Evaluate. */
  public static final String GET_HEARTS_POLICY = "GetHeartsPolicy";

  /** projectId in, {@link ProjectView} out. Evaluate. */
  public static final String GET_PROJECT = "GetProject";

  /** projectId in, {@link ProjectProgressView} out. Evaluate. */
  public static final String GET_PROJECT_PROGRESS = "GetProjectProgress";

  /** {@link ListDonationsRequest} in, {@link DonationPage} out. Evaluate; auditors only. */
  public static final String LIST_DONATIONS = "ListDonations";

  /** Transient-map key under which FileClaim takes the {@link ClaimPrivateDetails} JSON. */
  public static final String CLAIM_PRIVATE_TRANSIENT_KEY = "claimPrivate";

  /**
   * Transient-map key under which GetClaimPrivate takes the caller's one-time 256-bit AES key; the
   * details come back sealed under it ({@link ClaimPrivateSeal}).
   */
  public static final String CLAIM_PRIVATE_READ_KEY = "claimPrivateReadKey";

  /** Private data collection of the claims' private details (Platform and Insurer). */
  public static final String CLAIM_DETAILS_COLLECTION = "claimDetails";

  private TransactionNames() {}
}
