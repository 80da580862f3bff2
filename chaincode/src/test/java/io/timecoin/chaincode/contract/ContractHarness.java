package io.timecoin.chaincode.contract;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.timecoin.chaincode.access.AccessPolicy;
import io.timecoin.chaincode.clock.EndorserClock;
import io.timecoin.chaincode.clock.TimestampWindow;
import io.timecoin.chaincode.testing.InMemoryStub;
import io.timecoin.chaincode.testing.TestIdentities;
import io.timecoin.chaincode.testing.TestIdentities.Identity;
import io.timecoin.model.AccountStatus;
import io.timecoin.model.ClaimPrivateSeal;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.PayForHelpRequest;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.ReverseEntryRequest;
import io.timecoin.model.SealedClaimPrivate;
import io.timecoin.model.SetAccountStatusRequest;
import io.timecoin.model.SetEarningPolicyRequest;
import io.timecoin.model.TransactionNames;
import io.timecoin.model.TransferRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs contract functions the way a peer would: one transaction at a time, each with its own id,
 * timestamp, submitter and arguments, committed only if the function returns normally.
 */
final class ContractHarness {

  static final String ROLES = "PlatformMSP=PLATFORM,InsurerMSP=INSURER,AuditorMSP=AUDITOR";
  static final String EVIDENCE = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  static final Instant START = Instant.parse("2024-05-01T08:00:00Z");

  /** The branch of {@link #PLATFORM}'s certificate. */
  static final String BRANCH = "branch-7";

  /**
   * The platform's operator as `scripts/network up` enrolls one: it verifies earnings for {@link
   * #BRANCH}, sets the policy and manages the platform's operator registry.
   */
  static final Identity PLATFORM =
      TestIdentities.operator(
          "PlatformMSP", "platform-ops", "earning-verifier,policy-officer,identity-admin", BRANCH);

  /** The insurer's operator as `scripts/network up` enrolls one: decides and pays claims. */
  static final Identity INSURER =
      TestIdentities.operator("InsurerMSP", "insurer-ops", "claims-officer,identity-admin", null);

  /** The platform's service identity (cryptogen's User1): no operator attributes. */
  static final Identity PLATFORM_SERVICE = TestIdentities.client("PlatformMSP");

  /** The claim details collection as network-config/collections.json defines it. */
  static final Set<String> CLAIM_DETAILS_MEMBERS = Set.of("PlatformMSP", "InsurerMSP");

  final InMemoryStub stub;
  private final TimeCoinContract contract;
  private int transactions;
  private Duration shift = Duration.ZERO;
  private Duration nextForgery = Duration.ZERO;
  // The endorsing peer's own clock: the honest time of the transaction being run.
  private Instant peerTime = START;
  private Map<String, byte[]> nextTransient = Map.of();

  ContractHarness(AccessPolicy policy) {
    this(policy, "PlatformMSP");
  }

  /** A harness whose transactions run on a peer of {@code peerMspId}. */
  ContractHarness(AccessPolicy policy, String peerMspId) {
    this.contract =
        new TimeCoinContract(
            policy,
            TimestampWindow.of(
                Duration.parse(TimestampWindow.DEFAULT), EndorserClock.of(() -> peerTime)));
    this.stub = new InMemoryStub("timecoin", peerMspId);
    stub.defineCollection(TransactionNames.CLAIM_DETAILS_COLLECTION, CLAIM_DETAILS_MEMBERS);
  }

  static ContractHarness withRoles(String roles) {
    return new ContractHarness(
        AccessPolicy.fromEnvironment(Map.of(AccessPolicy.ENVIRONMENT_VARIABLE, roles)));
  }

  static ContractHarness standard() {
    return withRoles(ROLES);
  }

  String registerVolunteer(Identity caller, String requestJson) {
    return submit(
        caller,
        TransactionNames.REGISTER_VOLUNTEER,
        TimeCoinContract::registerVolunteer,
        requestJson);
  }

  String setAccountStatus(Identity caller, String requestJson) {
    return submit(
        caller,
        TransactionNames.SET_ACCOUNT_STATUS,
        TimeCoinContract::setAccountStatus,
        requestJson);
  }

  String recordEarning(Identity caller, String requestJson) {
    return submit(
        caller, TransactionNames.RECORD_EARNING, TimeCoinContract::recordEarning, requestJson);
  }

  String payForHelp(Identity caller, String requestJson) {
    return submit(caller, TransactionNames.PAY_FOR_HELP, TimeCoinContract::payForHelp, requestJson);
  }

  String transfer(Identity caller, String requestJson) {
    return submit(caller, TransactionNames.TRANSFER, TimeCoinContract::transfer, requestJson);
  }

  String reverseEntry(Identity caller, String requestJson) {
    return submit(
        caller, TransactionNames.REVERSE_ENTRY, TimeCoinContract::reverseEntry, requestJson);
  }

  String setEarningPolicy(Identity caller, String requestJson) {
    return submit(
        caller,
        TransactionNames.SET_EARNING_POLICY,
        TimeCoinContract::setEarningPolicy,
        requestJson);
  }

  String getAccount(Identity caller, String volunteerId) {
    return submit(caller, TransactionNames.GET_ACCOUNT, TimeCoinContract::getAccount, volunteerId);
  }

  String listEntries(Identity caller, String requestJson) {
    return submit(
        caller, TransactionNames.LIST_ENTRIES, TimeCoinContract::listEntries, requestJson);
  }

  String getEntry(Identity caller, String entryId) {
    return submit(caller, TransactionNames.GET_ENTRY, TimeCoinContract::getEntry, entryId);
  }

  String getRequest(Identity caller, String requestId) {
    return submit(caller, TransactionNames.GET_REQUEST, TimeCoinContract::getRequest, requestId);
  }

  String getEarningPolicy(Identity caller, String version) {
    return submit(
        caller, TransactionNames.GET_EARNING_POLICY, TimeCoinContract::getEarningPolicy, version);
  }

  String getKeyHistory(Identity caller, String requestJson) {
    return submit(
        caller, TransactionNames.GET_KEY_HISTORY, TimeCoinContract::getKeyHistory, requestJson);
  }

  String defineVoucherProduct(Identity caller, String requestJson) {
    return submit(
        caller,
        TransactionNames.DEFINE_VOUCHER_PRODUCT,
        TimeCoinContract::defineVoucherProduct,
        requestJson);
  }

  String setProductActive(Identity caller, String requestJson) {
    return submit(
        caller,
        TransactionNames.SET_PRODUCT_ACTIVE,
        TimeCoinContract::setProductActive,
        requestJson);
  }

  String purchaseVoucher(Identity caller, String requestJson) {
    return submit(
        caller, TransactionNames.PURCHASE_VOUCHER, TimeCoinContract::purchaseVoucher, requestJson);
  }

  String voidVoucher(Identity caller, String requestJson) {
    return submit(
        caller, TransactionNames.VOID_VOUCHER, TimeCoinContract::voidVoucher, requestJson);
  }

  /** FileClaim with {@code privateJson} (may be null: none) in the transient map. */
  String fileClaim(Identity caller, String requestJson, String privateJson) {
    nextTransient =
        privateJson == null
            ? Map.of()
            : Map.of(TransactionNames.CLAIM_PRIVATE_TRANSIENT_KEY, privateJson.getBytes(UTF_8));
    return submit(caller, TransactionNames.FILE_CLAIM, TimeCoinContract::fileClaim, requestJson);
  }

  String decideClaim(Identity caller, String requestJson) {
    return submit(
        caller, TransactionNames.DECIDE_CLAIM, TimeCoinContract::decideClaim, requestJson);
  }

  String markClaimPaid(Identity caller, String requestJson) {
    return submit(
        caller, TransactionNames.MARK_CLAIM_PAID, TimeCoinContract::markClaimPaid, requestJson);
  }

  String getProduct(Identity caller, String code) {
    return submit(caller, TransactionNames.GET_PRODUCT, TimeCoinContract::getProduct, code);
  }

  String listProducts(Identity caller) {
    return submit(caller, TransactionNames.LIST_PRODUCTS, TimeCoinContract::listProducts, "");
  }

  String getVoucher(Identity caller, String voucherId) {
    return submit(caller, TransactionNames.GET_VOUCHER, TimeCoinContract::getVoucher, voucherId);
  }

  String listVouchers(Identity caller, String volunteerId) {
    return submit(
        caller, TransactionNames.LIST_VOUCHERS, TimeCoinContract::listVouchers, volunteerId);
  }

  String getClaim(Identity caller, String claimId) {
    return submit(caller, TransactionNames.GET_CLAIM, TimeCoinContract::getClaim, claimId);
  }

  /**
   * GetClaimPrivate as the client calls it: a fresh key in the transient map, the sealed answer
   * opened with it. Returns the {@code ClaimPrivateView} JSON.
   */
  String getClaimPrivate(Identity caller, String claimId) {
    byte[] key = new byte[ClaimPrivateSeal.KEY_BYTES];
    new java.security.SecureRandom().nextBytes(key);
    String sealed = getClaimPrivateSealed(caller, claimId, key);
    return LedgerJson.write(
        ClaimPrivateSeal.open(key, LedgerJson.read(sealed, SealedClaimPrivate.class)));
  }

  /** GetClaimPrivate with {@code key} (or none, if null) in the transient map, as returned. */
  String getClaimPrivateSealed(Identity caller, String claimId, byte[] key) {
    nextTransient =
        key == null ? Map.of() : Map.of(TransactionNames.CLAIM_PRIVATE_READ_KEY, key.clone());
    return submit(
        caller, TransactionNames.GET_CLAIM_PRIVATE, TimeCoinContract::getClaimPrivate, claimId);
  }

  String listClaims(Identity caller, String requestJson) {
    return submit(caller, TransactionNames.LIST_CLAIMS, TimeCoinContract::listClaims, requestJson);
  }

  /** The id and timestamp the next transaction will get. */
  String setPlatformOperatorStatus(Identity caller, String requestJson) {
    return submit(
        caller,
        TransactionNames.SET_PLATFORM_OPERATOR_STATUS,
        TimeCoinContract::setPlatformOperatorStatus,
        requestJson);
  }

  String setInsurerOperatorStatus(Identity caller, String requestJson) {
    return submit(
        caller,
        TransactionNames.SET_INSURER_OPERATOR_STATUS,
        TimeCoinContract::setInsurerOperatorStatus,
        requestJson);
  }

  String getOperatorStatus(Identity caller, String requestJson) {
    return submit(
        caller,
        TransactionNames.GET_OPERATOR_STATUS,
        TimeCoinContract::getOperatorStatus,
        requestJson);
  }

  String nextTxId() {
    return "tx" + (transactions + 1);
  }

  Instant nextTimestamp() {
    return START.plusSeconds(transactions + 1L).plus(shift);
  }

  /**
   * Makes the next transaction carry a timestamp {@code offset} away from the endorsing peer's
   * clock, as a submitter that forges the proposal's timestamp would.
   */
  void forgeNextTimestamp(Duration offset) {
    nextForgery = offset;
  }

  /** Moves the clock of all later transactions forward. */
  void advance(Duration duration) {
    shift = shift.plus(duration);
  }

  String submit(
      Identity caller,
      String function,
      TriFunction<TimeCoinContract, TimeCoinContext, String, String> body,
      String argument) {
    peerTime = nextTimestamp();
    stub.begin(nextTxId(), peerTime.plus(nextForgery), caller.creator(), function, argument);
    nextForgery = Duration.ZERO;
    stub.setTransient(nextTransient);
    nextTransient = Map.of();
    transactions++;
    TimeCoinContext ctx = contract.createContext(stub);
    String result = body.apply(contract, ctx, argument);
    stub.commit();
    return result;
  }

  @FunctionalInterface
  interface TriFunction<A, B, C, R> {
    R apply(A a, B b, C c);
  }

  static String registration(String requestId, String volunteerId) {
    return LedgerJson.write(new RegisterVolunteerRequest(requestId, volunteerId));
  }

  static String earning(String requestId, String volunteerId, String activityId, String coins) {
    return LedgerJson.write(
        new RecordEarningRequest(
            requestId,
            volunteerId,
            activityId,
            60,
            CoinAmount.parse(coins),
            "branch-7",
            EVIDENCE,
            "cleanup"));
  }

  static String status(String requestId, String volunteerId, AccountStatus status) {
    return LedgerJson.write(new SetAccountStatusRequest(requestId, volunteerId, status, "review"));
  }

  static String payment(String requestId, String requesterId, String helperId, String coins) {
    return LedgerJson.write(
        new PayForHelpRequest(
            requestId, requesterId, helperId, CoinAmount.parse(coins), "help-1", "thanks"));
  }

  static String gift(String requestId, String fromId, String toId, String coins) {
    return LedgerJson.write(
        new TransferRequest(requestId, fromId, toId, CoinAmount.parse(coins), null));
  }

  static String reversal(String requestId, String entryId) {
    return LedgerJson.write(new ReverseEntryRequest(requestId, entryId, "recorded in error"));
  }

  static String policy(String requestId, String maxPerActivity, String dailyCap, String offset) {
    return LedgerJson.write(
        new SetEarningPolicyRequest(
            requestId, CoinAmount.parse(maxPerActivity), CoinAmount.parse(dailyCap), offset));
  }

  /** A policy that no ordinary test reaches: earnings up to 1 000 000 coins, any number a day. */
  static String generousPolicy(String requestId) {
    return policy(requestId, "1000000", CoinAmount.ofUnits(Long.MAX_VALUE).toString(), "+00:00");
  }

  /** Keys under a partial composite key, in key order. */
  static List<String> keysOf(InMemoryStub stub, String objectType, String... attributes) {
    List<String> keys = new ArrayList<>();
    stub.getStateByPartialCompositeKey(objectType, attributes).forEach(kv -> keys.add(kv.getKey()));
    return keys;
  }
}
