package io.timecoin.client;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.client.RawChaincode.Outcome;
import io.timecoin.model.AccountView;
import io.timecoin.model.ClaimDecision;
import io.timecoin.model.ClaimPage;
import io.timecoin.model.ClaimPrivateDetails;
import io.timecoin.model.ClaimPrivateSeal;
import io.timecoin.model.ClaimPrivateView;
import io.timecoin.model.ClaimStatus;
import io.timecoin.model.ClaimView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.DecideClaimRequest;
import io.timecoin.model.DefineVoucherProductRequest;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.EventNames;
import io.timecoin.model.FileClaimRequest;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.ListClaimsRequest;
import io.timecoin.model.MarkClaimPaidRequest;
import io.timecoin.model.MoneyAmount;
import io.timecoin.model.PurchaseVoucherRequest;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.SealedClaimPrivate;
import io.timecoin.model.SetProductActiveRequest;
import io.timecoin.model.TransactionNames;
import io.timecoin.model.VoucherList;
import io.timecoin.model.VoucherPurchaseView;
import io.timecoin.model.VoucherStatus;
import io.timecoin.model.VoucherView;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hyperledger.fabric.client.ChaincodeEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Vouchers and claims on the real network through each org's gateway, in the chaincode's wire
 * format: the whole life of a voucher and a claim, the access rules, the private data collection
 * (members read the details, the auditor sees only their hash, nothing private in a response or an
 * event), the key-level endorsement policy on claims (a decision endorsed without the insurer is
 * invalid at commit), and a table of bad inputs, each refused with its code and changing nothing.
 */
class VoucherClaimIT {

  private static final String EVIDENCE =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  private static final String DESCRIPTION = "twisted an ankle on the stairs of the food bank";
  private static final String PAYOUT = "IBAN-CN-IT-000000001";

  private static RawChaincode platform;
  private static RawChaincode insurer;
  private static RawChaincode auditor;

  @BeforeAll
  static void connect() {
    platform = RawChaincode.as("platform");
    insurer = RawChaincode.as("insurer");
    auditor = RawChaincode.as("auditor");
  }

  @AfterAll
  static void close() {
    Stream.of(platform, insurer, auditor).filter(c -> c != null).forEach(RawChaincode::close);
  }

  @Test
  void a_voucher_is_bought_and_a_claim_filed_decided_and_paid() {
    String product = product("4.00", "1000.00");
    String volunteer = volunteerWith("8.00");

    VoucherPurchaseView bought = purchase(volunteer, product);
    assertThat(bought.voucher().status()).isEqualTo(VoucherStatus.ACTIVE);
    assertThat(bought.entry().type().name()).isEqualTo("VOUCHER_PURCHASE");
    assertThat(account(volunteer).balance()).isEqualTo(CoinAmount.parse("4.00"));
    assertThat(
            read(auditor.evaluate(TransactionNames.LIST_VOUCHERS, volunteer), VoucherList.class)
                .vouchers())
        .extracting(VoucherView::voucherId)
        .containsExactly(bought.voucher().voucherId());

    ClaimView filed = file(volunteer, bought.voucher().voucherId(), "600.00", "act-1");
    assertThat(filed.status()).isEqualTo(ClaimStatus.FILED);

    // The auditor sees the public claim with the hash of the details.
    ClaimView seen =
        read(auditor.evaluate(TransactionNames.GET_CLAIM, filed.claimId()), ClaimView.class);
    assertThat(seen.privateDetailsHash()).isEqualTo(filed.privateDetailsHash()).hasSize(64);
    // Both members read the details, through their own peers.
    for (RawChaincode member : List.of(platform, insurer)) {
      ClaimPrivateView details = readPrivateDetails(member, null, filed.claimId());
      assertThat(details.details().description()).isEqualTo(DESCRIPTION);
      assertThat(details.hash()).isEqualTo(filed.privateDetailsHash());
    }

    ClaimView approved =
        read(
            write(insurer, TransactionNames.DECIDE_CLAIM, approve(filed.claimId(), "500.00")),
            ClaimView.class);
    assertThat(approved.status()).isEqualTo(ClaimStatus.APPROVED);
    assertThat(voucher(bought).remainingCover()).isEqualTo(MoneyAmount.parse("500.00"));

    ClaimView paid =
        read(
            write(
                insurer,
                TransactionNames.MARK_CLAIM_PAID,
                LedgerJson.write(new MarkClaimPaidRequest(requestId(), filed.claimId(), "PAY-1"))),
            ClaimView.class);
    assertThat(paid.status()).isEqualTo(ClaimStatus.PAID);
    assertThat(paid.paymentReference()).isEqualTo("PAY-1");
    ClaimPage paidClaims =
        read(
            auditor.evaluate(
                TransactionNames.LIST_CLAIMS,
                LedgerJson.write(new ListClaimsRequest(ClaimStatus.PAID, 200, null))),
            ClaimPage.class);
    assertThat(paidClaims.claims()).extracting(ClaimView::claimId).contains(filed.claimId());

    // The rest of the cover remains usable; all of it exhausts the voucher.
    ClaimView second = file(volunteer, bought.voucher().voucherId(), "500.00", "act-2");
    ok(write(insurer, TransactionNames.DECIDE_CLAIM, approve(second.claimId(), "500.00")));
    assertThat(voucher(bought).status()).isEqualTo(VoucherStatus.EXHAUSTED);
  }

  @Test
  void only_the_right_organisation_may_write_and_the_auditor_may_not_read_details() {
    String product = product("4.00", "100.00");
    String volunteer = volunteerWith("8.00");
    VoucherPurchaseView bought = purchase(volunteer, product);
    ClaimView claim = file(volunteer, bought.voucher().voucherId(), "10.00", "act-1");

    assertThat(
            write(platform, TransactionNames.DECIDE_CLAIM, approve(claim.claimId(), "1.00")).code())
        .isEqualTo(ErrorCode.ACCESS_DENIED);
    assertThat(
            insurer
                .submit(
                    TransactionNames.PURCHASE_VOUCHER,
                    LedgerJson.write(new PurchaseVoucherRequest(requestId(), volunteer, product)))
                .code())
        .isEqualTo(ErrorCode.ACCESS_DENIED);
    assertThat(
            platform
                .submit(TransactionNames.DEFINE_VOUCHER_PRODUCT, productRequest(code(), "1", "1"))
                .code())
        .isEqualTo(ErrorCode.ACCESS_DENIED);
    for (Outcome attempt :
        List.of(
            write(
                auditor, TransactionNames.DEFINE_VOUCHER_PRODUCT, productRequest(code(), "1", "1")),
            write(auditor, TransactionNames.DECIDE_CLAIM, approve(claim.claimId(), "1.00")),
            write(
                auditor,
                TransactionNames.PURCHASE_VOUCHER,
                LedgerJson.write(new PurchaseVoucherRequest(requestId(), volunteer, product))),
            write(
                auditor,
                TransactionNames.FILE_CLAIM,
                privateDetails(DESCRIPTION),
                List.of(),
                claimRequest(
                    volunteer, bought.voucher().voucherId(), incidentNow(), "1.00", "act-9")))) {
      assertThat(attempt.code()).isEqualTo(ErrorCode.ACCESS_DENIED);
    }
    assertThat(auditor.evaluate(TransactionNames.GET_CLAIM_PRIVATE, claim.claimId()).code())
        .isEqualTo(ErrorCode.ACCESS_DENIED);
    assertThat(
            read(auditor.evaluate(TransactionNames.GET_CLAIM, claim.claimId()), ClaimView.class)
                .status())
        .isEqualTo(ClaimStatus.FILED);
  }

  @Test
  void get_claim_private_submitted_for_ordering_puts_no_detail_in_a_block() {
    String volunteer = volunteerWith("8.00");
    VoucherPurchaseView bought = purchase(volunteer, product("4.00", "100.00"));
    ClaimView claim = file(volunteer, bought.voucher().voucherId(), "10.00", "act-1");
    byte[] key = new byte[ClaimPrivateSeal.KEY_BYTES];
    new java.security.SecureRandom().nextBytes(key);

    // A hostile or mistaken member client orders the read instead of evaluating it.
    Outcome ordered =
        platform.submit(
            TransactionNames.GET_CLAIM_PRIVATE,
            Map.of(TransactionNames.CLAIM_PRIVATE_READ_KEY, key),
            List.of("PlatformMSP", "InsurerMSP"),
            claim.claimId());

    assertThat(ordered.code()).as("refused with").isNull();
    assertThat(ordered.invalidAs()).as("invalidated as").isNull();
    String block = new String(platform.committedTransaction(ordered.transactionId()), UTF_8);
    assertThat(block).contains(claim.claimId()).doesNotContain(DESCRIPTION, PAYOUT);
    // What the block holds opens only with the key that never left the client.
    assertThat(
            ClaimPrivateSeal.open(key, read(ordered, SealedClaimPrivate.class))
                .details()
                .description())
        .isEqualTo(DESCRIPTION);
  }

  @Test
  void the_auditor_peer_holds_the_hash_but_not_the_details() {
    String volunteer = volunteerWith("8.00");
    VoucherPurchaseView bought = purchase(volunteer, product("4.00", "100.00"));
    ClaimView claim = file(volunteer, bought.voucher().voucherId(), "10.00", "act-1");

    // A member client asking the auditor's peer: the peer holds no private value to give.
    assertThat(
            platform
                .evaluateOn("AuditorMSP", TransactionNames.GET_CLAIM_PRIVATE, claim.claimId())
                .code())
        .isEqualTo(ErrorCode.PRIVATE_DATA_NOT_AUTHORIZED);
    // The same question to the insurer's peer is answered.
    assertThat(readPrivateDetails(platform, "InsurerMSP", claim.claimId()).hash())
        .isEqualTo(claim.privateDetailsHash());
  }

  @Test
  void nothing_private_is_echoed_in_a_response_or_an_event() {
    String volunteer = volunteerWith("8.00");
    VoucherPurchaseView bought = purchase(volunteer, product("4.00", "100.00"));
    Outcome filed =
        write(
            platform,
            TransactionNames.FILE_CLAIM,
            privateDetails(DESCRIPTION),
            List.of(),
            claimRequest(volunteer, bought.voucher().voucherId(), incidentNow(), "10.00", "act-1"));
    ok(filed);
    ClaimView claim = read(filed, ClaimView.class);
    Outcome decided =
        write(insurer, TransactionNames.DECIDE_CLAIM, approve(claim.claimId(), "5.00"));
    ok(decided);

    List<ChaincodeEvent> events =
        auditor.eventsThrough(filed.blockNumber(), decided.transactionId());
    List<ChaincodeEvent> ours =
        events.stream()
            .filter(
                e ->
                    Set.of(filed.transactionId(), decided.transactionId())
                        .contains(e.getTransactionId()))
            .toList();
    assertThat(ours)
        .extracting(ChaincodeEvent::getEventName)
        .containsExactly(EventNames.CLAIM_FILED, EventNames.CLAIM_DECIDED);
    for (String visible :
        Stream.concat(
                Stream.of(filed.result(), decided.result()),
                ours.stream().map(e -> new String(e.getPayload(), UTF_8)))
            .toList()) {
      assertThat(visible).doesNotContain(DESCRIPTION, PAYOUT, SALT);
    }
  }

  @Test
  void a_decision_endorsed_without_the_insurer_is_invalid_at_commit() {
    String volunteer = volunteerWith("8.00");
    VoucherPurchaseView bought = purchase(volunteer, product("4.00", "100.00"));
    ClaimView claim = file(volunteer, bought.voucher().voucherId(), "10.00", "act-1");

    // A majority of orgs satisfies the chaincode policy, but the claim key's own policy needs the
    // insurer's peer: the transaction is ordered and then marked invalid by every peer.
    Outcome withoutInsurer =
        write(
            insurer,
            TransactionNames.DECIDE_CLAIM,
            Map.of(),
            List.of("PlatformMSP", "AuditorMSP"),
            approve(claim.claimId(), "5.00"));
    assertThat(withoutInsurer.invalidAs()).isEqualTo("ENDORSEMENT_POLICY_FAILURE");
    ClaimView after =
        read(auditor.evaluate(TransactionNames.GET_CLAIM, claim.claimId()), ClaimView.class);
    assertThat(after.status()).isEqualTo(ClaimStatus.FILED);
    assertThat(voucher(bought).remainingCover()).isEqualTo(MoneyAmount.parse("100.00"));

    Outcome withInsurer =
        write(
            insurer,
            TransactionNames.DECIDE_CLAIM,
            Map.of(),
            List.of("InsurerMSP", "PlatformMSP"),
            approve(claim.claimId(), "5.00"));
    assertThat(read(withInsurer, ClaimView.class).status()).isEqualTo(ClaimStatus.APPROVED);
  }

  @Test
  void bad_inputs_are_refused_with_their_code_and_change_nothing() {
    String product = product("4.00", "100.00");
    String volunteer = volunteerWith("8.00");
    String other = volunteerWith("8.00");
    String voucherId = purchase(volunteer, product).voucher().voucherId();
    String othersVoucher = purchase(other, product).voucher().voucherId();
    ClaimView claim = file(volunteer, voucherId, "50.00", "act-1");
    ClaimView decided = file(volunteer, voucherId, "10.00", "act-2");
    ok(write(insurer, TransactionNames.DECIDE_CLAIM, approve(decided.claimId(), "10.00")));
    String inactive = product("1.00", "100.00");
    ok(
        write(
            insurer,
            TransactionNames.SET_PRODUCT_ACTIVE,
            LedgerJson.write(new SetProductActiveRequest(requestId(), inactive, false))));
    String expensive = product("9.00", "100.00");
    String poor = volunteerWith("8.00");
    String yesterdayBeforeCover = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

    record Case(String name, ErrorCode code, Supplier<Outcome> call) {}
    List<Case> cases =
        List.of(
            new Case(
                "incident outside cover",
                ErrorCode.INCIDENT_OUTSIDE_COVER,
                () ->
                    fileRaw(
                        volunteer,
                        voucherId,
                        yesterdayBeforeCover,
                        "1.00",
                        "act-3",
                        privateDetails(DESCRIPTION))),
            new Case(
                "unknown voucher",
                ErrorCode.VOUCHER_NOT_FOUND,
                () ->
                    fileRaw(
                        volunteer,
                        "no-such-voucher",
                        incidentNow(),
                        "1.00",
                        "act-3",
                        privateDetails(DESCRIPTION))),
            new Case(
                "another volunteer's voucher",
                ErrorCode.VOUCHER_NOT_FOUND,
                () ->
                    fileRaw(
                        volunteer,
                        othersVoucher,
                        incidentNow(),
                        "1.00",
                        "act-3",
                        privateDetails(DESCRIPTION))),
            new Case(
                "double decision",
                ErrorCode.CLAIM_ALREADY_DECIDED,
                () ->
                    write(
                        insurer,
                        TransactionNames.DECIDE_CLAIM,
                        approve(decided.claimId(), "1.00"))),
            new Case(
                "approval over the remaining cover",
                ErrorCode.COVER_EXCEEDED,
                () ->
                    write(
                        insurer, TransactionNames.DECIDE_CLAIM, approve(claim.claimId(), "50.00"))),
            new Case(
                "inactive product",
                ErrorCode.PRODUCT_INACTIVE,
                () ->
                    write(
                        platform,
                        TransactionNames.PURCHASE_VOUCHER,
                        LedgerJson.write(
                            new PurchaseVoucherRequest(requestId(), other, inactive)))),
            new Case(
                "oversized private details",
                ErrorCode.PRIVATE_DETAILS_TOO_LARGE,
                () ->
                    fileRaw(
                        volunteer,
                        voucherId,
                        incidentNow(),
                        "1.00",
                        "act-3",
                        Map.of(
                            TransactionNames.CLAIM_PRIVATE_TRANSIENT_KEY,
                            "x".repeat(16 * 1024 + 1).getBytes(UTF_8)))),
            new Case(
                "missing private details",
                ErrorCode.PRIVATE_DETAILS_MISSING,
                () -> fileRaw(volunteer, voucherId, incidentNow(), "1.00", "act-3", Map.of())),
            new Case(
                "insufficient balance",
                ErrorCode.INSUFFICIENT_BALANCE,
                () ->
                    write(
                        platform,
                        TransactionNames.PURCHASE_VOUCHER,
                        LedgerJson.write(
                            new PurchaseVoucherRequest(requestId(), poor, expensive)))),
            new Case(
                "second active voucher of a product",
                ErrorCode.VOUCHER_ALREADY_ACTIVE,
                () ->
                    write(
                        platform,
                        TransactionNames.PURCHASE_VOUCHER,
                        LedgerJson.write(
                            new PurchaseVoucherRequest(requestId(), volunteer, product)))),
            new Case(
                "second open claim for an activity",
                ErrorCode.CLAIM_ALREADY_OPEN,
                () ->
                    fileRaw(
                        volunteer,
                        voucherId,
                        incidentNow(),
                        "1.00",
                        "act-1",
                        privateDetails(DESCRIPTION))));

    // Approving 50.00 of the 90.00 left is fine, so first take the cover down to 40.00.
    ClaimView third = file(volunteer, voucherId, "50.00", "act-4");
    ok(write(insurer, TransactionNames.DECIDE_CLAIM, approve(third.claimId(), "50.00")));

    for (Case c : cases) {
      String before = state(volunteer, other, poor, voucherId, othersVoucher, claim, decided);
      Outcome outcome = c.call().get();
      assertThat(outcome.code()).as(c.name()).isEqualTo(c.code());
      assertThat(state(volunteer, other, poor, voucherId, othersVoucher, claim, decided))
          .as(c.name() + " changed nothing")
          .isEqualTo(before);
    }
  }

  // Helpers

  private static final String SALT = "it-salt-0123456789abcdef";

  private static String state(
      String volunteer,
      String other,
      String poor,
      String voucherId,
      String othersVoucher,
      ClaimView claim,
      ClaimView decided) {
    StringBuilder state = new StringBuilder();
    for (String id : List.of(volunteer, other, poor)) {
      state.append(auditor.evaluate(TransactionNames.GET_ACCOUNT, id).result());
      state.append(auditor.evaluate(TransactionNames.LIST_VOUCHERS, id).result());
    }
    state.append(auditor.evaluate(TransactionNames.GET_VOUCHER, voucherId).result());
    state.append(auditor.evaluate(TransactionNames.GET_VOUCHER, othersVoucher).result());
    state.append(auditor.evaluate(TransactionNames.GET_CLAIM, claim.claimId()).result());
    state.append(auditor.evaluate(TransactionNames.GET_CLAIM, decided.claimId()).result());
    state.append(
        auditor
            .evaluate(
                TransactionNames.LIST_CLAIMS,
                LedgerJson.write(new ListClaimsRequest(ClaimStatus.FILED, 200, null)))
            .result());
    return state.toString();
  }

  /**
   * Submits through {@code client}'s gateway; once committed, waits until every org's peer has the
   * write (its requestId answers GetRequest), because the next step may be endorsed by another
   * org's peer, and a gateway's commit status only speaks for its own peer.
   */
  private static Outcome write(RawChaincode client, String function, String requestJson) {
    return write(client, function, Map.of(), List.of(), requestJson);
  }

  private static Outcome write(
      RawChaincode client,
      String function,
      Map<String, byte[]> transientData,
      List<String> endorsingOrgs,
      String requestJson) {
    Outcome outcome = client.submit(function, transientData, endorsingOrgs, requestJson);
    if (outcome.code() == null && outcome.invalidAs() == null) {
      String requestId = requestIdOf(requestJson);
      long deadline = System.nanoTime() + 20_000_000_000L;
      // requestIds are scoped to the writing org, so the writer asks each org's peer.
      for (String peer : List.of("PlatformMSP", "InsurerMSP", "AuditorMSP")) {
        while (client.evaluateOn(peer, TransactionNames.GET_REQUEST, requestId).refused()) {
          if (System.nanoTime() > deadline) {
            throw new AssertionError("a committed write did not reach every peer within 20 s");
          }
          sleep();
        }
      }
    }
    return outcome;
  }

  private static String requestIdOf(String requestJson) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(requestJson)
          .get("requestId")
          .asText();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /**
   * GetClaimPrivate as the typed client calls it: a one-time key in the transient map and the
   * sealed answer opened with it; the answer itself never holds the details in clear.
   */
  private static ClaimPrivateView readPrivateDetails(
      RawChaincode client, String org, String claimId) {
    byte[] key = new byte[ClaimPrivateSeal.KEY_BYTES];
    new java.security.SecureRandom().nextBytes(key);
    Outcome sealed =
        client.evaluateWith(
            org,
            Map.of(TransactionNames.CLAIM_PRIVATE_READ_KEY, key),
            TransactionNames.GET_CLAIM_PRIVATE,
            claimId);
    assertThat(sealed.result()).as(String.valueOf(sealed.code())).doesNotContain(DESCRIPTION);
    return ClaimPrivateSeal.open(key, read(sealed, SealedClaimPrivate.class));
  }

  private static String requestId() {
    return "it-req:" + UUID.randomUUID();
  }

  private static String code() {
    return "IT-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * An incident "now", with its offset: after the purchase that came before it and not after the
   * filing's own timestamp. A date alone would not do on the day of purchase (the cover starts at
   * the purchase instant).
   */
  private static String incidentNow() {
    return OffsetDateTime.now(ZoneOffset.UTC).toString();
  }

  private static String productRequest(String code, String price, String limit) {
    return LedgerJson.write(
        new DefineVoucherProductRequest(
            requestId(), code, CoinAmount.parse(price), 90, MoneyAmount.parse(limit), "CNY"));
  }

  private static String product(String price, String limit) {
    String code = code();
    ok(write(insurer, TransactionNames.DEFINE_VOUCHER_PRODUCT, productRequest(code, price, limit)));
    return code;
  }

  private static String volunteerWith(String coins) {
    String volunteer = "it-" + UUID.randomUUID().toString().replace("-", "");
    ok(
        write(
            platform,
            TransactionNames.REGISTER_VOLUNTEER,
            LedgerJson.write(new RegisterVolunteerRequest(requestId(), volunteer))));
    ok(
        write(
            platform,
            TransactionNames.RECORD_EARNING,
            LedgerJson.write(
                new RecordEarningRequest(
                    requestId(),
                    volunteer,
                    "first-aid-course",
                    60,
                    CoinAmount.parse(coins),
                    "branch-7",
                    EVIDENCE,
                    "training"))));
    return volunteer;
  }

  private static VoucherPurchaseView purchase(String volunteer, String product) {
    return read(
        write(
            platform,
            TransactionNames.PURCHASE_VOUCHER,
            LedgerJson.write(new PurchaseVoucherRequest(requestId(), volunteer, product))),
        VoucherPurchaseView.class);
  }

  private static Map<String, byte[]> privateDetails(String description) {
    return Map.of(
        TransactionNames.CLAIM_PRIVATE_TRANSIENT_KEY,
        LedgerJson.writeBytes(
            new ClaimPrivateDetails(description, List.of(EVIDENCE), PAYOUT, SALT)));
  }

  private static String claimRequest(
      String volunteer, String voucherId, String date, String amount, String activityId) {
    return LedgerJson.write(
        new FileClaimRequest(
            requestId(),
            volunteer,
            voucherId,
            date,
            MoneyAmount.parse(amount),
            activityId,
            EVIDENCE));
  }

  private static Outcome fileRaw(
      String volunteer,
      String voucherId,
      String date,
      String amount,
      String activityId,
      Map<String, byte[]> transientData) {
    return write(
        platform,
        TransactionNames.FILE_CLAIM,
        transientData,
        List.of(),
        claimRequest(volunteer, voucherId, date, amount, activityId));
  }

  private static ClaimView file(
      String volunteer, String voucherId, String amount, String activityId) {
    return read(
        fileRaw(
            volunteer, voucherId, incidentNow(), amount, activityId, privateDetails(DESCRIPTION)),
        ClaimView.class);
  }

  private static String approve(String claimId, String amount) {
    return LedgerJson.write(
        new DecideClaimRequest(
            requestId(), claimId, ClaimDecision.APPROVED, MoneyAmount.parse(amount), "covered"));
  }

  private static AccountView account(String volunteer) {
    return read(auditor.evaluate(TransactionNames.GET_ACCOUNT, volunteer), AccountView.class);
  }

  private static VoucherView voucher(VoucherPurchaseView bought) {
    return read(
        auditor.evaluate(TransactionNames.GET_VOUCHER, bought.voucher().voucherId()),
        VoucherView.class);
  }

  private static Outcome ok(Outcome outcome) {
    assertThat(outcome.code()).as("refusal code").isNull();
    assertThat(outcome.invalidAs()).as("commit status").isNull();
    return outcome;
  }

  private static <T> T read(Outcome outcome, Class<T> type) {
    ok(outcome);
    return LedgerJson.read(outcome.result(), type);
  }
}
