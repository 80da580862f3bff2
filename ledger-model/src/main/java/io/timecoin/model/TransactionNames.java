package io.timecoin.model;

/**
 * Chaincode transaction names. Every function takes exactly one argument: writes and the JSON
 * queries take the request JSON, the other reads a bare id. Every write returns the result JSON.
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

  private TransactionNames() {}
}
