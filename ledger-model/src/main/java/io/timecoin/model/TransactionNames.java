package io.timecoin.model;

/**
 * Chaincode transaction names. Each write takes one argument, the request JSON, and returns the
 * result JSON; {@link #GET_ACCOUNT} takes the bare volunteerId.
 */
public final class TransactionNames {

  /** {@link RegisterVolunteerRequest} in, {@link AccountView} out. Submit. */
  public static final String REGISTER_VOLUNTEER = "RegisterVolunteer";

  /** {@link RecordEarningRequest} in, {@link EntryView} out. Submit. */
  public static final String RECORD_EARNING = "RecordEarning";

  /** volunteerId in, {@link AccountView} out. Evaluate. */
  public static final String GET_ACCOUNT = "GetAccount";

  private TransactionNames() {}
}
