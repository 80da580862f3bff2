package io.timecoin.chaincode.store;

import java.time.Instant;
import java.util.Locale;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;

/**
 * Every world-state key the chaincode uses. Nothing else builds keys, so the layout of the ledger
 * can be read here in one place.
 *
 * <ul>
 *   <li>{@code account [volunteerId]} - {@code StoredAccount}: the {@code AccountView} fields and
 *       the totals of the two latest days earned on, for the daily cap
 *   <li>{@code entry [volunteerId, sequence]} - {@code EntryView}; the sequence is zero-padded to
 *       19 digits so that key order is sequence order
 *   <li>{@code entryid [entryId]} - {@code EntryRef} to the entry key, for lookups by id
 *   <li>{@code entrytime|volunteerId|time|sequence} - {@code EntryRef}, for listings by time. A
 *       simple key, not a composite one: Fabric runs paginated range queries between two bounds
 *       only over simple keys. The time is fixed-width, so key order is time order; no volunteerId
 *       contains {@code '|'}.
 *   <li>{@code activity [volunteerId, activityId]} - marker that the activity has been credited
 *   <li>{@code policy [version]} - one {@code EarningPolicyView} per version, zero-padded
 *   <li>{@code policycurrent []} - a copy of the current {@code EarningPolicyView} (the same bytes
 *       as its {@code policy [version]} key), so an earning reads the policy with one key; older
 *       ledgers hold the version number there ({@code PolicyPointer})
 *   <li>{@code reversal [txId]} - marker that the movement of a transaction was reversed
 *   <li>{@code statuschange [volunteerId, txId]} - one status change of an account, with reason
 *   <li>{@code request [mspId, requestId]} - fingerprint and result of a processed write request;
 *       requestIds are scoped to the organisation (MSP id) of the identity that wrote them
 *   <li>{@code operator [mspId, certificateId]} - {@code OperatorStatusView}: an organisation's
 *       operator registry, consulted by every write of an identity of that organisation
 *   <li>{@code product [code]} - {@code VoucherProductView}. Every insurance key ({@code product},
 *       {@code voucher}, {@code voucherof}, {@code voucherheld}, {@code claimopen}, {@code
 *       claimstatus}, {@code insurerseal}) carries a key-level policy of the insurer's peers;
 *       {@code claim} one of the insurer's and the platform's peers
 *   <li>{@code voucher [voucherId]} - {@code Voucher} (stored form, status derived on read)
 *   <li>{@code voucherof [volunteerId, voucherId]} - {@code VoucherRef}, to list a volunteer's
 *       vouchers
 *   <li>{@code voucherheld [volunteerId, productCode]} - {@code VoucherRef} to the volunteer's
 *       latest voucher of the product, to keep one ACTIVE voucher per product with one point read
 *   <li>{@code claim [claimId]} - {@code ClaimView}, the public part; carries a key-level
 *       endorsement policy (Insurer and Platform peers)
 *   <li>{@code claimopen [voucherId, activityId]} - {@code ClaimRef} to the open claim, removed
 *       when it is rejected or paid
 *   <li>{@code claimstatus [status, claimId]} - {@code ClaimRef}, to list claims by status
 *   <li>{@code insurerseal []} - the insurer's seal: an insurance key that exists from the first
 *       product on, carries the insurer-peer policy, and is written (blindly, never read, so writes
 *       never conflict on it) by every insurance write that creates keys. A new key falls under the
 *       chaincode's MAJORITY policy; writing the seal as well makes the whole transaction need the
 *       insurer's peer.
 *   <li>private collection {@code claimDetails}: {@code claimprivate [claimId]} - the canonical
 *       {@code ClaimPrivateDetails} JSON, whose SHA-256 is the claim's {@code privateDetailsHash}
 * </ul>
 *
 * <p>Hearts and charity projects (see {@code HeartsStore}):
 *
 * <ul>
 *   <li>{@code hearts [volunteerId]} - {@code HeartsAccountView}, the account's second unit
 *   <li>{@code heartsentry [volunteerId, sequence]} - {@code HeartsEntryView}, sequence zero-padded
 *   <li>{@code heartsactivity [volunteerId, activityId]} - marker that a task earned its hearts
 *   <li>{@code heartspolicy [version]}, {@code heartspolicycurrent []} - the hearts policy versions
 *       and a copy of the current one, as for the earning policy
 *   <li>{@code donationcoins [volunteerId, day]} - coins the volunteer earned by donating that day
 *   <li>{@code project [projectId]} - {@code ProjectView}; read by every donation, written only by
 *       launching, closing, cancelling and returns
 *   <li>{@code projectdonor [projectId, volunteerId]} - marker that the volunteer has donated to it
 *   <li>{@code donation|projectId|second|txId} - {@code DonationView}, one row per donation,
 *       written once. A simple key (ranges between two bounds need simple keys) whose second is the
 *       transaction time's epoch second, zero-padded to 12 digits: key order is time order, so the
 *       rows before a point in time never change once no endorser accepts a write dated before it
 *   <li>{@code progress [projectId]} - {@code ProgressCheckpoint}: the totals of the rows up to a
 *       key, so progress reads only the rows after it
 *   <li>{@code projectreturn [projectId]} - {@code ReturnCursor}: the last row given back
 * </ul>
 */
public final class LedgerKeys {

  static final String ACCOUNT = "account";
  static final String ENTRY = "entry";
  static final String ENTRY_ID = "entryid";
  static final String ENTRY_TIME = "entrytime";
  static final String ACTIVITY = "activity";
  static final String POLICY = "policy";
  static final String CURRENT_POLICY = "policycurrent";
  static final String REVERSAL = "reversal";
  static final String STATUS_CHANGE = "statuschange";
  static final String REQUEST = "request";
  static final String PRODUCT = "product";
  static final String VOUCHER = "voucher";
  static final String VOUCHER_OF = "voucherof";
  static final String VOUCHER_HELD = "voucherheld";
  static final String CLAIM = "claim";
  static final String CLAIM_OPEN = "claimopen";
  static final String CLAIM_STATUS = "claimstatus";
  static final String CLAIM_PRIVATE = "claimprivate";
  static final String INSURER_SEAL = "insurerseal";
  static final String OPERATOR = "operator";
  static final String HEARTS = "hearts";
  static final String HEARTS_ENTRY = "heartsentry";
  static final String HEARTS_ACTIVITY = "heartsactivity";
  static final String HEARTS_POLICY = "heartspolicy";
  static final String CURRENT_HEARTS_POLICY = "heartspolicycurrent";
  static final String DONATION_COINS = "donationcoins";
  static final String PROJECT = "project";
  static final String PROJECT_DONOR = "projectdonor";
  static final String DONATION = "donation";
  static final String PROGRESS = "progress";
  static final String PROJECT_RETURN = "projectreturn";

  private static final char SEPARATOR = '|';
  // Shifts every representable instant to a non-negative number of seconds.
  private static final long SECONDS_BIAS = -Instant.MIN.getEpochSecond();

  private final ChaincodeStub stub;

  public LedgerKeys(ChaincodeStub stub) {
    this.stub = stub;
  }

  public String account(String volunteerId) {
    return stub.createCompositeKey(ACCOUNT, volunteerId).toString();
  }

  public String entry(String volunteerId, long sequence) {
    return stub.createCompositeKey(ENTRY, volunteerId, sequence(sequence)).toString();
  }

  /** Partial key over all entries of one account, in sequence order. */
  public CompositeKey entriesOf(String volunteerId) {
    return stub.createCompositeKey(ENTRY, volunteerId);
  }

  public String entryId(String entryId) {
    return stub.createCompositeKey(ENTRY_ID, entryId).toString();
  }

  /** The time-index key of one entry. */
  public String entryTime(String volunteerId, Instant time, long sequence) {
    return timeBound(volunteerId, time) + SEPARATOR + sequence(sequence);
  }

  /**
   * A range bound in the time index: every entry of {@code volunteerId} at or after {@code time}
   * sorts at or after it, every earlier one before it.
   */
  public String timeBound(String volunteerId, Instant time) {
    return ENTRY_TIME
        + SEPARATOR
        + volunteerId
        + SEPARATOR
        + String.format(
            Locale.ROOT, "%019d.%09d", time.getEpochSecond() + SECONDS_BIAS, time.getNano());
  }

  public String activity(String volunteerId, String activityId) {
    return stub.createCompositeKey(ACTIVITY, volunteerId, activityId).toString();
  }

  public String policy(long version) {
    return stub.createCompositeKey(POLICY, sequence(version)).toString();
  }

  public String currentPolicy() {
    return stub.createCompositeKey(CURRENT_POLICY).toString();
  }

  public String reversal(String txId) {
    return stub.createCompositeKey(REVERSAL, txId).toString();
  }

  public String statusChange(String volunteerId, String txId) {
    return stub.createCompositeKey(STATUS_CHANGE, volunteerId, txId).toString();
  }

  public String request(String mspId, String requestId) {
    return stub.createCompositeKey(REQUEST, mspId, requestId).toString();
  }

  public String operator(String mspId, String certificateId) {
    return stub.createCompositeKey(OPERATOR, mspId, certificateId).toString();
  }

  public String product(String code) {
    return stub.createCompositeKey(PRODUCT, code).toString();
  }

  /** Partial key over all products, in code order. */
  public CompositeKey products() {
    return stub.createCompositeKey(PRODUCT);
  }

  public String voucher(String voucherId) {
    return stub.createCompositeKey(VOUCHER, voucherId).toString();
  }

  public String voucherOf(String volunteerId, String voucherId) {
    return stub.createCompositeKey(VOUCHER_OF, volunteerId, voucherId).toString();
  }

  /** Partial key over one volunteer's vouchers. */
  public CompositeKey vouchersOf(String volunteerId) {
    return stub.createCompositeKey(VOUCHER_OF, volunteerId);
  }

  public String voucherHeld(String volunteerId, String productCode) {
    return stub.createCompositeKey(VOUCHER_HELD, volunteerId, productCode).toString();
  }

  public String claim(String claimId) {
    return stub.createCompositeKey(CLAIM, claimId).toString();
  }

  public String claimOpen(String voucherId, String activityId) {
    return stub.createCompositeKey(CLAIM_OPEN, voucherId, activityId).toString();
  }

  public String claimStatus(String status, String claimId) {
    return stub.createCompositeKey(CLAIM_STATUS, status, claimId).toString();
  }

  /** Partial key over the claims in one status. */
  public CompositeKey claimsIn(String status) {
    return stub.createCompositeKey(CLAIM_STATUS, status);
  }

  /** The insurer's seal (see the class comment). */
  public String insurerSeal() {
    return stub.createCompositeKey(INSURER_SEAL).toString();
  }

  /** The key of a claim's private details in the claim details collection. */
  public String claimPrivate(String claimId) {
    return stub.createCompositeKey(CLAIM_PRIVATE, claimId).toString();
  }

  public String hearts(String volunteerId) {
    return stub.createCompositeKey(HEARTS, volunteerId).toString();
  }

  public String heartsEntry(String volunteerId, long sequence) {
    return stub.createCompositeKey(HEARTS_ENTRY, volunteerId, sequence(sequence)).toString();
  }

  public String heartsActivity(String volunteerId, String activityId) {
    return stub.createCompositeKey(HEARTS_ACTIVITY, volunteerId, activityId).toString();
  }

  public String heartsPolicy(long version) {
    return stub.createCompositeKey(HEARTS_POLICY, sequence(version)).toString();
  }

  public String currentHeartsPolicy() {
    return stub.createCompositeKey(CURRENT_HEARTS_POLICY).toString();
  }

  public String donationCoins(String volunteerId, String day) {
    return stub.createCompositeKey(DONATION_COINS, volunteerId, day).toString();
  }

  public String project(String projectId) {
    return stub.createCompositeKey(PROJECT, projectId).toString();
  }

  public String projectDonor(String projectId, String volunteerId) {
    return stub.createCompositeKey(PROJECT_DONOR, projectId, volunteerId).toString();
  }

  /** The row of one donation: in time order within its project (see the class comment). */
  public String donation(String projectId, Instant time, String txId) {
    return donationsBefore(projectId, time) + txId;
  }

  /**
   * A range bound: every row of {@code projectId} dated at or after {@code time}'s second sorts at
   * or after it, every row of an earlier second before it.
   */
  public String donationsBefore(String projectId, Instant time) {
    if (time.getEpochSecond() < 0) {
      throw new IllegalArgumentException("donations are dated after 1970");
    }
    return donationsOf(projectId)
        + String.format(Locale.ROOT, "%012d", time.getEpochSecond())
        + SEPARATOR;
  }

  /** The first possible key of a project's rows; all of them start with it. */
  public String donationsOf(String projectId) {
    return DONATION + SEPARATOR + projectId + SEPARATOR;
  }

  /** The end bound (exclusive) of a project's rows: '~' sorts after every digit. */
  public String donationsEnd(String projectId) {
    return donationsOf(projectId) + '~';
  }

  public String progress(String projectId) {
    return stub.createCompositeKey(PROGRESS, projectId).toString();
  }

  public String projectReturn(String projectId) {
    return stub.createCompositeKey(PROJECT_RETURN, projectId).toString();
  }

  private static String sequence(long sequence) {
    if (sequence < 1) {
      throw new IllegalArgumentException("sequences and versions start at 1");
    }
    return String.format(Locale.ROOT, "%019d", sequence);
  }
}
