package io.timecoin.chaincode.contract;

import static io.timecoin.chaincode.contract.ContractHarness.earning;
import static io.timecoin.chaincode.contract.ContractHarness.generousPolicy;
import static io.timecoin.chaincode.contract.ContractHarness.registration;
import static io.timecoin.chaincode.contract.Refusals.refused;
import static io.timecoin.chaincode.contract.VoucherFixtures.approve;
import static io.timecoin.chaincode.contract.VoucherFixtures.claim;
import static io.timecoin.chaincode.contract.VoucherFixtures.details;
import static io.timecoin.chaincode.contract.VoucherFixtures.paid;
import static io.timecoin.chaincode.contract.VoucherFixtures.product;
import static io.timecoin.chaincode.contract.VoucherFixtures.purchase;
import static io.timecoin.chaincode.contract.VoucherFixtures.reject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.InvalidProtocolBufferException;
import io.timecoin.chaincode.access.AccessPolicy;
import io.timecoin.chaincode.support.Sha256;
import io.timecoin.chaincode.testing.TestIdentities;
import io.timecoin.chaincode.testing.TestIdentities.Identity;
import io.timecoin.model.AccountView;
import io.timecoin.model.ClaimFiledEvent;
import io.timecoin.model.ClaimPage;
import io.timecoin.model.ClaimPrivateSeal;
import io.timecoin.model.ClaimPrivateView;
import io.timecoin.model.ClaimStatus;
import io.timecoin.model.ClaimView;
import io.timecoin.model.EntryType;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.EventNames;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.ListClaimsRequest;
import io.timecoin.model.SealedClaimPrivate;
import io.timecoin.model.SetProductActiveRequest;
import io.timecoin.model.TransactionNames;
import io.timecoin.model.VoidVoucherRequest;
import io.timecoin.model.VoucherList;
import io.timecoin.model.VoucherProductList;
import io.timecoin.model.VoucherPurchaseView;
import io.timecoin.model.VoucherStatus;
import io.timecoin.model.VoucherView;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.protos.common.MSPPrincipal;
import org.hyperledger.fabric.protos.common.MSPRole;
import org.hyperledger.fabric.protos.common.SignaturePolicyEnvelope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Vouchers and claims over the in-memory stub: every rule and every refusal. */
class VoucherClaimTest {

  private static final Identity PLATFORM = ContractHarness.PLATFORM;
  private static final Identity INSURER = ContractHarness.INSURER;
  private static final Identity AUDITOR = TestIdentities.client("AuditorMSP");
  private static final String PRIVATE = "slipped on the wet floor of the community centre";

  private final ContractHarness ledger = ContractHarness.standard();

  @BeforeEach
  void volunteers_with_coins_and_a_product() {
    ledger.setEarningPolicy(PLATFORM, generousPolicy("policy-1"));
    for (String id : List.of("vol-1", "vol-2")) {
      ledger.registerVolunteer(PLATFORM, registration("reg-" + id, id));
      ledger.recordEarning(PLATFORM, earning("earn-" + id, id, "act-" + id, "100"));
    }
    ledger.defineVoucherProduct(INSURER, product("prod-1", "ACC90", "40", 90, "250000.00"));
  }

  private VoucherPurchaseView buy(String requestId, String volunteerId) {
    return LedgerJson.read(
        ledger.purchaseVoucher(PLATFORM, purchase(requestId, volunteerId, "ACC90")),
        VoucherPurchaseView.class);
  }

  private ClaimView file(String requestId, String voucherId, String amount, String activityId) {
    return LedgerJson.read(
        ledger.fileClaim(
            PLATFORM,
            claim(requestId, "vol-1", voucherId, startOf(ledger, voucherId), amount, activityId),
            details(PRIVATE)),
        ClaimView.class);
  }

  private AccountView account(String id) {
    return LedgerJson.read(ledger.getAccount(AUDITOR, id), AccountView.class);
  }

  private VoucherView voucher(String voucherId) {
    return LedgerJson.read(ledger.getVoucher(AUDITOR, voucherId), VoucherView.class);
  }

  @Nested
  class Products {

    @Test
    void the_insurer_defines_an_active_product_and_can_close_it() {
      VoucherProductList products =
          LedgerJson.read(ledger.listProducts(AUDITOR), VoucherProductList.class);
      assertThat(products.products())
          .singleElement()
          .satisfies(p -> assertThat(p.active()).isTrue());
      ledger.setProductActive(
          INSURER, LedgerJson.write(new SetProductActiveRequest("off", "ACC90", false)));
      assertThat(ledger.stub.eventName()).contains(EventNames.VOUCHER_PRODUCT_ACTIVE_SET);
      refused(
          ledger,
          () -> ledger.purchaseVoucher(PLATFORM, purchase("p", "vol-1", "ACC90")),
          ErrorCode.PRODUCT_INACTIVE);
      refused(
          ledger,
          () ->
              ledger.setProductActive(
                  INSURER, LedgerJson.write(new SetProductActiveRequest("off2", "ACC90", false))),
          ErrorCode.INVALID_STATUS_CHANGE);
    }

    @Test
    void codes_are_never_reused_and_only_the_insurer_defines() {
      refused(
          ledger,
          () -> ledger.defineVoucherProduct(INSURER, product("prod-2", "ACC90", "1", 1, "1")),
          ErrorCode.PRODUCT_ALREADY_EXISTS);
      refused(
          ledger,
          () -> ledger.defineVoucherProduct(PLATFORM, product("prod-3", "X", "1", 1, "1")),
          ErrorCode.ACCESS_DENIED);
      refused(ledger, () -> ledger.getProduct(AUDITOR, "NOPE"), ErrorCode.PRODUCT_NOT_FOUND);
    }
  }

  @Nested
  class Purchase {

    @Test
    void burns_the_price_and_starts_the_cover_at_the_transaction_time() {
      String txId = ledger.nextTxId();
      String start = ledger.nextTimestamp().toString();
      VoucherPurchaseView bought = buy("buy-1", "vol-1");
      assertThat(ledger.stub.eventName()).contains(EventNames.VOUCHER_PURCHASED);

      assertThat(bought.voucher().voucherId()).isEqualTo(txId);
      assertThat(bought.voucher().status()).isEqualTo(VoucherStatus.ACTIVE);
      assertThat(bought.voucher().coverageStart()).isEqualTo(start);
      assertThat(bought.voucher().coverageEnd())
          .isEqualTo(ledger.nextTimestamp().minusSeconds(1).plus(Duration.ofDays(90)).toString());
      assertThat(bought.voucher().remainingCover().toString()).isEqualTo("250000.00");
      assertThat(bought.entry().type()).isEqualTo(EntryType.VOUCHER_PURCHASE);
      assertThat(bought.entry().amount().toString()).isEqualTo("-40.00");
      assertThat(account("vol-1").balance().toString()).isEqualTo("60.00");
      assertThat(account("vol-1").totalSpent().toString()).isEqualTo("40.00");
      assertThat(
              LedgerJson.read(ledger.listVouchers(INSURER, "vol-1"), VoucherList.class).vouchers())
          .extracting(VoucherView::voucherId)
          .containsExactly(txId);
    }

    @Test
    void at_most_one_active_voucher_per_volunteer_and_product() {
      buy("buy-1", "vol-1");
      refused(
          ledger,
          () -> ledger.purchaseVoucher(PLATFORM, purchase("buy-2", "vol-1", "ACC90")),
          ErrorCode.VOUCHER_ALREADY_ACTIVE);
      // Another volunteer may buy the same product.
      buy("buy-3", "vol-2");
      // Once the first voucher has expired, a new one can be bought.
      ledger.advance(Duration.ofDays(90));
      VoucherPurchaseView renewed = buy("buy-4", "vol-1");
      assertThat(renewed.voucher().status()).isEqualTo(VoucherStatus.ACTIVE);
    }

    @Test
    void needs_enough_coins_and_the_platform() {
      ledger.defineVoucherProduct(INSURER, product("prod-big", "BIG", "1000", 30, "1.00"));
      refused(
          ledger,
          () -> ledger.purchaseVoucher(PLATFORM, purchase("b", "vol-1", "BIG")),
          ErrorCode.INSUFFICIENT_BALANCE);
      refused(
          ledger,
          () -> ledger.purchaseVoucher(INSURER, purchase("b", "vol-1", "ACC90")),
          ErrorCode.ACCESS_DENIED);
      refused(
          ledger,
          () -> ledger.purchaseVoucher(PLATFORM, purchase("b", "vol-9", "ACC90")),
          ErrorCode.VOLUNTEER_NOT_FOUND);
      refused(
          ledger,
          () -> ledger.purchaseVoucher(PLATFORM, purchase("b", "vol-1", "NONE")),
          ErrorCode.PRODUCT_NOT_FOUND);
    }

    @Test
    void a_purchase_cannot_be_reversed() {
      VoucherPurchaseView bought = buy("buy-1", "vol-1");
      refused(
          ledger,
          () ->
              ledger.reverseEntry(
                  PLATFORM, ContractHarness.reversal("rev", bought.entry().entryId())),
          ErrorCode.INVALID_ARGUMENT);
    }
  }

  @Nested
  class Status {

    @Test
    void is_derived_from_the_reading_transaction_time() {
      String id = buy("buy-1", "vol-1").voucher().voucherId();
      assertThat(voucher(id).status()).isEqualTo(VoucherStatus.ACTIVE);
      ledger.advance(Duration.ofDays(90).minusSeconds(10));
      assertThat(voucher(id).status()).isEqualTo(VoucherStatus.ACTIVE);
      ledger.advance(Duration.ofSeconds(10));
      assertThat(voucher(id).status()).isEqualTo(VoucherStatus.EXPIRED);
    }

    @Test
    void a_fully_used_voucher_is_exhausted_and_takes_no_claims() {
      String id = buy("buy-1", "vol-1").voucher().voucherId();
      ClaimView claim = file("c1", id, "250000.00", "act-x");
      ledger.decideClaim(INSURER, approve("d1", claim.claimId(), "250000.00"));
      assertThat(voucher(id).status()).isEqualTo(VoucherStatus.EXHAUSTED);
      refused(
          ledger,
          () ->
              ledger.fileClaim(
                  PLATFORM,
                  claim("c2", "vol-1", id, startOf(ledger, id), "1", "act-y"),
                  details(PRIVATE)),
          ErrorCode.VOUCHER_NOT_ACTIVE);
    }

    @Test
    void a_voided_voucher_takes_no_claims_or_approvals_but_a_new_one_can_be_bought() {
      String id = buy("buy-1", "vol-1").voucher().voucherId();
      ClaimView open = file("c1", id, "10", "act-x");
      refused(
          ledger,
          () ->
              ledger.voidVoucher(
                  PLATFORM, LedgerJson.write(new VoidVoucherRequest("v", id, "fraud"))),
          ErrorCode.ACCESS_DENIED);
      ledger.voidVoucher(
          INSURER, LedgerJson.write(new VoidVoucherRequest("v", id, "breach of terms")));
      assertThat(ledger.stub.eventName()).contains(EventNames.VOUCHER_VOIDED);
      assertThat(voucher(id).status()).isEqualTo(VoucherStatus.VOIDED);
      refused(
          ledger,
          () -> ledger.decideClaim(INSURER, approve("d1", open.claimId(), "10")),
          ErrorCode.VOUCHER_NOT_ACTIVE);
      refused(
          ledger,
          () ->
              ledger.fileClaim(
                  PLATFORM,
                  claim("c2", "vol-1", id, startOf(ledger, id), "1", "act-y"),
                  details(PRIVATE)),
          ErrorCode.VOUCHER_NOT_ACTIVE);
      refused(
          ledger,
          () ->
              ledger.voidVoucher(
                  INSURER, LedgerJson.write(new VoidVoucherRequest("v2", id, "again"))),
          ErrorCode.VOUCHER_NOT_ACTIVE);
      ledger.decideClaim(INSURER, reject("d2", open.claimId()));
      assertThat(buy("buy-2", "vol-1").voucher().status()).isEqualTo(VoucherStatus.ACTIVE);
    }
  }

  @Nested
  class Filing {

    private String voucherId;

    @BeforeEach
    void bought() {
      voucherId = buy("buy-1", "vol-1").voucher().voucherId();
    }

    @Test
    void stores_the_details_privately_and_only_their_hash_publicly() {
      String result =
          ledger.fileClaim(
              PLATFORM,
              claim("c1", "vol-1", voucherId, startOf(ledger, voucherId), "1200.50", "act-x"),
              details(PRIVATE));
      ClaimView claim = LedgerJson.read(result, ClaimView.class);
      String canonical =
          LedgerJson.write(
              LedgerJson.read(details(PRIVATE), io.timecoin.model.ClaimPrivateDetails.class));

      assertThat(claim.status()).isEqualTo(ClaimStatus.FILED);
      assertThat(claim.privateDetailsHash()).isEqualTo(Sha256.hex(canonical));
      assertThat(
              HexFormat.of()
                  .formatHex(
                      ledger.stub.getPrivateDataHash(
                          TransactionNames.CLAIM_DETAILS_COLLECTION, privateKey(claim))))
          .isEqualTo(claim.privateDetailsHash());
      assertThat(ledger.stub.privateSnapshot(TransactionNames.CLAIM_DETAILS_COLLECTION))
          .containsValue(canonical);
      // Nothing private in the result, the event or the public state.
      assertThat(ledger.stub.eventName()).contains(EventNames.CLAIM_FILED);
      String event = ledger.stub.eventPayload().orElseThrow();
      LedgerJson.read(event, ClaimFiledEvent.class);
      for (String visible : List.of(result, event, ledger.stub.snapshot().toString())) {
        assertThat(visible).doesNotContain("wet floor", "IBAN", VoucherFixtures.SALT);
      }
    }

    @Test
    void puts_a_key_level_policy_of_insurer_and_platform_peers_on_the_claim()
        throws InvalidProtocolBufferException {
      ClaimView claim = file("c1", voucherId, "10", "act-x");
      byte[] policy = ledger.stub.validationParameter(claimKey(claim)).orElseThrow();
      SignaturePolicyEnvelope envelope = SignaturePolicyEnvelope.parseFrom(policy);
      List<String> peers = new java.util.ArrayList<>();
      for (MSPPrincipal principal : envelope.getIdentitiesList()) {
        MSPRole role = MSPRole.parseFrom(principal.getPrincipal());
        assertThat(role.getRole()).isEqualTo(MSPRole.MSPRoleType.PEER);
        peers.add(role.getMspIdentifier());
      }
      assertThat(peers).containsExactlyInAnyOrder("InsurerMSP", "PlatformMSP");
      // All of them: n out of n.
      assertThat(envelope.getRule().getNOutOf().getN()).isEqualTo(2);
      // Every later version of the claim keeps it; it is not written again, because a policy
      // change would invalidate every later write of the claim in the same block.
      ledger.decideClaim(INSURER, approve("d1", claim.claimId(), "10"));
      assertThat(ledger.stub.writtenKeys()).contains(claimKey(claim));
      assertThat(ledger.stub.writtenValidationParameters()).doesNotContain(claimKey(claim));
      assertThat(ledger.stub.validationParameter(claimKey(claim))).contains(policy);
    }

    @Test
    void every_other_insurance_key_needs_the_insurer_and_filing_writes_the_seal() {
      ClaimView claim = file("c1", voucherId, "10", "act-x");
      // The request record is the writing org's, not the insurer's.
      String requestKeys = ledger.stub.createCompositeKey("request").toString();
      List<String> written =
          ledger.stub.writtenKeys().stream().filter(key -> !key.startsWith(requestKeys)).toList();
      assertThat(written).contains(seal());
      // Every public key the filing writes carries a policy; all but the claim's are insurer-only.
      // The seal's was set by the first product and is not written again (see InsuranceStore).
      assertThat(ledger.stub.writtenValidationParameters())
          .containsExactlyInAnyOrderElementsOf(
              written.stream().filter(key -> !key.equals(seal())).toList());
      for (String key : written) {
        if (!key.equals(claimKey(claim))) {
          assertThat(peersOf(key)).as(key).containsExactly("InsurerMSP");
        }
      }
    }

    @Test
    void a_stranger_voucher_is_answered_like_an_unknown_one() {
      String strangers = buy("buy-2", "vol-2").voucher().voucherId();
      var other =
          refused(
              ledger,
              () ->
                  ledger.fileClaim(
                      PLATFORM,
                      claim("c1", "vol-1", strangers, "2024-05-01", "1", "a"),
                      details(PRIVATE)),
              ErrorCode.VOUCHER_NOT_FOUND);
      var unknown =
          refused(
              ledger,
              () ->
                  ledger.fileClaim(
                      PLATFORM,
                      claim("c1", "vol-1", "no-such-voucher", "2024-05-01", "1", "a"),
                      details(PRIVATE)),
              ErrorCode.VOUCHER_NOT_FOUND);
      assertThat(other.getMessage()).isEqualTo(unknown.getMessage());
    }

    @Test
    void the_incident_must_fall_inside_the_cover_and_not_in_the_future() {
      // The cover starts at the purchase instant, 2024-05-01T08:00:0xZ (16:00 at UTC+08:00); the
      // clock stands a few seconds later.
      Instant start = Instant.parse(startOf(ledger, voucherId));
      for (String incident :
          List.of(
              "2024-04-30",
              "2024-05-02",
              start.minusSeconds(1).toString(),
              start.plusSeconds(3600).toString())) {
        refused(
            ledger,
            () ->
                ledger.fileClaim(
                    PLATFORM,
                    claim("c-x", "vol-1", voucherId, incident, "1", "a"),
                    details(PRIVATE)),
            ErrorCode.INCIDENT_OUTSIDE_COVER);
      }
      ledger.advance(Duration.ofDays(200));
      refused(
          ledger,
          () ->
              ledger.fileClaim(
                  PLATFORM,
                  claim("c-late", "vol-1", voucherId, "2024-07-31", "1", "a"),
                  details(PRIVATE)),
          ErrorCode.INCIDENT_OUTSIDE_COVER);
      // An expired voucher still takes a claim for an incident inside its cover.
      ClaimView late =
          LedgerJson.read(
              ledger.fileClaim(
                  PLATFORM,
                  claim("c-in", "vol-1", voucherId, "2024-07-29", "1", "a"),
                  details(PRIVATE)),
              ClaimView.class);
      assertThat(late.status()).isEqualTo(ClaimStatus.FILED);
    }

    @Test
    void the_cover_starts_at_the_purchase_instant_not_at_the_start_of_its_day() {
      Instant start = Instant.parse(startOf(ledger, voucherId));
      // The day of purchase, as a date alone, began before the purchase: not covered.
      refused(
          ledger,
          () ->
              ledger.fileClaim(
                  PLATFORM,
                  claim("c-day", "vol-1", voucherId, "2024-05-01", "1", "a"),
                  details(PRIVATE)),
          ErrorCode.INCIDENT_OUTSIDE_COVER);
      // An hour before the purchase on the same UTC day: not covered.
      refused(
          ledger,
          () ->
              ledger.fileClaim(
                  PLATFORM,
                  claim("c-early", "vol-1", voucherId, "2024-05-01T07:00:00Z", "1", "a"),
                  details(PRIVATE)),
          ErrorCode.INCIDENT_OUTSIDE_COVER);
      // The purchase instant itself, written with another offset: covered.
      String atPurchase = start.atOffset(java.time.ZoneOffset.ofHours(8)).toString();
      ClaimView claim =
          LedgerJson.read(
              ledger.fileClaim(
                  PLATFORM,
                  claim("c-at", "vol-1", voucherId, atPurchase, "1", "act-at"),
                  details(PRIVATE)),
              ClaimView.class);
      assertThat(claim.incidentDate()).isEqualTo(atPurchase);
      // The next day, a date alone, lies wholly inside the cover once it has begun.
      ledger.advance(Duration.ofDays(1));
      ledger.fileClaim(
          PLATFORM,
          claim("c-next", "vol-1", voucherId, "2024-05-02", "1", "act-next"),
          details(PRIVATE));
    }

    @Test
    void private_details_are_required_and_bounded() {
      String request = claim("c1", "vol-1", voucherId, startOf(ledger, voucherId), "1", "a");
      refused(
          ledger,
          () -> ledger.fileClaim(PLATFORM, request, null),
          ErrorCode.PRIVATE_DETAILS_MISSING);
      refused(
          ledger,
          () -> ledger.fileClaim(PLATFORM, request, "x".repeat(16 * 1024 + 1)),
          ErrorCode.PRIVATE_DETAILS_TOO_LARGE);
      refused(
          ledger,
          () -> ledger.fileClaim(PLATFORM, request, "{\"description\":1}"),
          ErrorCode.MALFORMED_REQUEST);
      var failure =
          refused(
              ledger,
              () ->
                  ledger.fileClaim(
                      PLATFORM,
                      request,
                      "{\"description\":\""
                          + "x".repeat(2001)
                          + "\",\"documentHashes\":[],\"payoutReference\":\"r\",\"salt\":\""
                          + VoucherFixtures.SALT
                          + "\"}"),
              ErrorCode.INVALID_ARGUMENT);
      assertThat(failure.getMessage()).doesNotContain("xxxx");
    }

    @Test
    void one_open_claim_per_voucher_and_activity() {
      ClaimView first = file("c1", voucherId, "10", "act-x");
      refused(
          ledger,
          () ->
              ledger.fileClaim(
                  PLATFORM,
                  claim("c2", "vol-1", voucherId, startOf(ledger, voucherId), "5", "act-x"),
                  details(PRIVATE)),
          ErrorCode.CLAIM_ALREADY_OPEN);
      file("c3", voucherId, "5", "act-y");
      ledger.decideClaim(INSURER, approve("d1", first.claimId(), "10"));
      // Approved but unpaid is still open.
      refused(
          ledger,
          () ->
              ledger.fileClaim(
                  PLATFORM,
                  claim("c2", "vol-1", voucherId, startOf(ledger, voucherId), "5", "act-x"),
                  details(PRIVATE)),
          ErrorCode.CLAIM_ALREADY_OPEN);
      ledger.markClaimPaid(INSURER, paid("p1", first.claimId()));
      assertThat(file("c2", voucherId, "5", "act-x").status()).isEqualTo(ClaimStatus.FILED);
    }

    @Test
    void replays_by_request_id_and_refuses_other_details_under_it() {
      String request = claim("c1", "vol-1", voucherId, startOf(ledger, voucherId), "10", "act-x");
      String first = ledger.fileClaim(PLATFORM, request, details(PRIVATE));
      Map<String, String> before = ledger.stub.snapshot();
      assertThat(ledger.fileClaim(PLATFORM, request, details(PRIVATE))).isEqualTo(first);
      assertThat(ledger.stub.writtenKeys()).isEmpty();
      assertThat(ledger.stub.writtenPrivateKeys()).isEmpty();
      assertThat(ledger.stub.snapshot()).isEqualTo(before);
      refused(
          ledger,
          () -> ledger.fileClaim(PLATFORM, request, details("something else")),
          ErrorCode.IDEMPOTENCY_CONFLICT);
    }

    @Test
    void only_the_platform_files() {
      refused(
          ledger,
          () ->
              ledger.fileClaim(
                  INSURER,
                  claim("c1", "vol-1", voucherId, startOf(ledger, voucherId), "1", "a"),
                  details(PRIVATE)),
          ErrorCode.ACCESS_DENIED);
      refused(
          ledger,
          () ->
              ledger.fileClaim(
                  AUDITOR,
                  claim("c1", "vol-1", voucherId, startOf(ledger, voucherId), "1", "a"),
                  details(PRIVATE)),
          ErrorCode.ACCESS_DENIED);
    }
  }

  @Nested
  class Decisions {

    private String voucherId;
    private ClaimView claim;

    @BeforeEach
    void filed() {
      voucherId = buy("buy-1", "vol-1").voucher().voucherId();
      claim = file("c1", voucherId, "200000.00", "act-x");
    }

    @Test
    void an_approval_takes_the_amount_off_the_cover_and_is_final() {
      ClaimView approved =
          LedgerJson.read(
              ledger.decideClaim(INSURER, approve("d1", claim.claimId(), "150000.00")),
              ClaimView.class);
      assertThat(ledger.stub.eventName()).contains(EventNames.CLAIM_DECIDED);
      assertThat(approved.status()).isEqualTo(ClaimStatus.APPROVED);
      assertThat(voucher(voucherId).remainingCover().toString()).isEqualTo("100000.00");
      refused(
          ledger,
          () -> ledger.decideClaim(INSURER, reject("d2", claim.claimId())),
          ErrorCode.CLAIM_ALREADY_DECIDED);
      ClaimView paidClaim =
          LedgerJson.read(
              ledger.markClaimPaid(INSURER, paid("p1", claim.claimId())), ClaimView.class);
      assertThat(paidClaim.status()).isEqualTo(ClaimStatus.PAID);
      assertThat(paidClaim.paymentReference()).isEqualTo("PAY-2024-0001");
      refused(
          ledger,
          () -> ledger.markClaimPaid(INSURER, paid("p2", claim.claimId())),
          ErrorCode.CLAIM_NOT_APPROVED);
    }

    @Test
    void never_approves_more_than_the_remaining_cover_or_the_claim() {
      ledger.decideClaim(INSURER, approve("d1", claim.claimId(), "200000.00"));
      ClaimView second = file("c2", voucherId, "60000.00", "act-y");
      refused(
          ledger,
          () -> ledger.decideClaim(INSURER, approve("d2", second.claimId(), "50000.01")),
          ErrorCode.COVER_EXCEEDED);
      refused(
          ledger,
          () -> ledger.decideClaim(INSURER, approve("d3", second.claimId(), "60000.00")),
          ErrorCode.COVER_EXCEEDED);
      ClaimView third = file("c3", voucherId, "10.00", "act-z");
      refused(
          ledger,
          () -> ledger.decideClaim(INSURER, approve("d4", third.claimId(), "10.01")),
          ErrorCode.INVALID_AMOUNT);
      ledger.decideClaim(INSURER, approve("d5", second.claimId(), "50000.00"));
      assertThat(voucher(voucherId).remainingCover().toString()).isEqualTo("0.00");
    }

    @Test
    void a_rejection_changes_no_cover_and_cannot_be_paid() {
      ledger.decideClaim(INSURER, reject("d1", claim.claimId()));
      assertThat(voucher(voucherId).remainingCover().toString()).isEqualTo("250000.00");
      refused(
          ledger,
          () -> ledger.markClaimPaid(INSURER, paid("p1", claim.claimId())),
          ErrorCode.CLAIM_NOT_APPROVED);
    }

    @Test
    void only_the_insurer_decides_and_pays() {
      refused(
          ledger,
          () -> ledger.decideClaim(PLATFORM, approve("d1", claim.claimId(), "1")),
          ErrorCode.ACCESS_DENIED);
      refused(
          ledger,
          () -> ledger.decideClaim(AUDITOR, approve("d1", claim.claimId(), "1")),
          ErrorCode.ACCESS_DENIED);
      refused(
          ledger,
          () -> ledger.markClaimPaid(PLATFORM, paid("p1", claim.claimId())),
          ErrorCode.ACCESS_DENIED);
      refused(
          ledger,
          () -> ledger.decideClaim(INSURER, approve("d1", "no-such-claim", "1")),
          ErrorCode.CLAIM_NOT_FOUND);
    }
  }

  @Nested
  class Reading {

    @Test
    void members_read_the_private_details_and_the_auditor_only_the_hash() {
      String voucherId = buy("buy-1", "vol-1").voucher().voucherId();
      ClaimView claim = file("c1", voucherId, "10", "act-x");
      for (Identity member : List.of(PLATFORM, INSURER)) {
        ClaimPrivateView view =
            LedgerJson.read(
                ledger.getClaimPrivate(member, claim.claimId()), ClaimPrivateView.class);
        assertThat(view.details().description()).isEqualTo(PRIVATE);
        assertThat(view.hash()).isEqualTo(claim.privateDetailsHash());
      }
      refused(
          ledger, () -> ledger.getClaimPrivate(AUDITOR, claim.claimId()), ErrorCode.ACCESS_DENIED);
      ClaimView seen = LedgerJson.read(ledger.getClaim(AUDITOR, claim.claimId()), ClaimView.class);
      assertThat(seen.privateDetailsHash()).isEqualTo(claim.privateDetailsHash());
    }

    @Test
    void the_details_leave_the_chaincode_only_sealed_under_the_callers_one_time_key() {
      String voucherId = buy("buy-1", "vol-1").voucher().voucherId();
      ClaimView claim = file("c1", voucherId, "10", "act-x");
      refused(
          ledger,
          () -> ledger.getClaimPrivateSealed(INSURER, claim.claimId(), null),
          ErrorCode.PRIVATE_READ_KEY_MISSING);
      refused(
          ledger,
          () -> ledger.getClaimPrivateSealed(INSURER, claim.claimId(), new byte[16]),
          ErrorCode.PRIVATE_READ_KEY_MISSING);

      byte[] key = new byte[32];
      java.util.Arrays.fill(key, (byte) 7);
      // What a block would hold if this read were submitted for ordering: ciphertext only.
      String sealed = ledger.getClaimPrivateSealed(INSURER, claim.claimId(), key);
      assertThat(sealed).doesNotContain(PRIVATE, "IBAN", VoucherFixtures.SALT);
      SealedClaimPrivate parsed = LedgerJson.read(sealed, SealedClaimPrivate.class);
      assertThat(ClaimPrivateSeal.open(key, parsed).details().description()).isEqualTo(PRIVATE);
      byte[] otherKey = key.clone();
      otherKey[0] = 8;
      assertThatThrownBy(() -> ClaimPrivateSeal.open(otherKey, parsed))
          .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void every_endorser_seals_the_same_bytes_for_one_transaction() {
      // Endorsements must match: the nonce comes from the transaction id, not from randomness.
      ClaimPrivateView view =
          new ClaimPrivateView(
              "tx9",
              LedgerJson.read(details(PRIVATE), io.timecoin.model.ClaimPrivateDetails.class),
              "ab".repeat(32));
      byte[] key = new byte[32];
      assertThat(ClaimPrivateSeal.seal(key, "tx-a", view))
          .isEqualTo(ClaimPrivateSeal.seal(key, "tx-a", view))
          .isNotEqualTo(ClaimPrivateSeal.seal(key, "tx-b", view));
    }

    @Test
    void a_peer_outside_the_collection_has_no_details_to_give() {
      ContractHarness auditorPeer =
          new ContractHarness(
              AccessPolicy.fromEnvironment(
                  Map.of(AccessPolicy.ENVIRONMENT_VARIABLE, ContractHarness.ROLES)),
              "AuditorMSP");
      auditorPeer.setEarningPolicy(PLATFORM, generousPolicy("policy-1"));
      auditorPeer.registerVolunteer(PLATFORM, registration("reg", "vol-1"));
      auditorPeer.recordEarning(PLATFORM, earning("earn", "vol-1", "act", "100"));
      auditorPeer.defineVoucherProduct(INSURER, product("prod-1", "ACC90", "40", 90, "1000"));
      String voucherId =
          LedgerJson.read(
                  auditorPeer.purchaseVoucher(PLATFORM, purchase("b", "vol-1", "ACC90")),
                  VoucherPurchaseView.class)
              .voucher()
              .voucherId();
      ClaimView claim =
          LedgerJson.read(
              auditorPeer.fileClaim(
                  PLATFORM,
                  claim("c1", "vol-1", voucherId, startOf(auditorPeer, voucherId), "1", "a"),
                  details(PRIVATE)),
              ClaimView.class);
      assertThat(auditorPeer.stub.privateSnapshot(TransactionNames.CLAIM_DETAILS_COLLECTION))
          .isEmpty();
      refused(
          auditorPeer,
          () -> auditorPeer.getClaimPrivate(PLATFORM, claim.claimId()),
          ErrorCode.PRIVATE_DATA_NOT_AUTHORIZED);
    }

    @Test
    void lists_claims_by_status_in_pages() {
      String voucherId = buy("buy-1", "vol-1").voucher().voucherId();
      List<String> ids = new java.util.ArrayList<>();
      for (int i = 0; i < 5; i++) {
        ids.add(file("c" + i, voucherId, "1", "act-" + i).claimId());
      }
      ledger.decideClaim(INSURER, reject("d", ids.get(0)));
      List<String> filed = new java.util.ArrayList<>();
      String bookmark = "";
      do {
        ClaimPage page =
            LedgerJson.read(
                ledger.listClaims(
                    AUDITOR,
                    LedgerJson.write(new ListClaimsRequest(ClaimStatus.FILED, 2, bookmark))),
                ClaimPage.class);
        assertThat(page.claims().size()).isLessThanOrEqualTo(2);
        page.claims().forEach(c -> filed.add(c.claimId()));
        bookmark = page.bookmark();
      } while (!bookmark.isEmpty());
      assertThat(filed).containsExactlyInAnyOrderElementsOf(ids.subList(1, 5));
      ClaimPage rejected =
          LedgerJson.read(
              ledger.listClaims(
                  AUDITOR, LedgerJson.write(new ListClaimsRequest(ClaimStatus.REJECTED, 10, null))),
              ClaimPage.class);
      assertThat(rejected.claims()).extracting(ClaimView::claimId).containsExactly(ids.get(0));
      refused(
          ledger,
          () ->
              ledger.listClaims(
                  AUDITOR,
                  LedgerJson.write(new ListClaimsRequest(ClaimStatus.FILED, 2, "Zm9yZ2Vk"))),
          ErrorCode.INVALID_PAGE);
    }
  }

  @Nested
  class InsurerOwnership {

    @Test
    void a_product_and_the_seal_carry_a_policy_of_the_insurer_peers_only() {
      assertThat(peersOf(ledger.stub.createCompositeKey("product", "ACC90").toString()))
          .containsExactly("InsurerMSP");
      assertThat(peersOf(seal())).containsExactly("InsurerMSP");
    }

    @Test
    void
        a_purchase_puts_the_voucher_under_the_insurer_and_writes_the_seal_but_coins_stay_majority() {
      VoucherPurchaseView bought = buy("buy-1", "vol-1");
      List<String> policies = ledger.stub.writtenValidationParameters();
      String voucherId = bought.voucher().voucherId();
      assertThat(policies)
          .containsExactlyInAnyOrder(
              ledger.stub.createCompositeKey("voucher", voucherId).toString(),
              ledger.stub.createCompositeKey("voucherof", "vol-1", voucherId).toString(),
              ledger.stub.createCompositeKey("voucherheld", "vol-1", "ACC90").toString());
      for (String key : policies) {
        assertThat(peersOf(key)).as(key).containsExactly("InsurerMSP");
      }
      // The seal is written, under the insurer's policy that its first product gave it.
      assertThat(peersOf(seal())).containsExactly("InsurerMSP");
      // The buyer's account and its entry are coins: the chaincode's MAJORITY policy applies.
      assertThat(
              ledger.stub.validationParameter(
                  ledger.stub.createCompositeKey("account", "vol-1").toString()))
          .isEmpty();
      assertThat(ledger.stub.writtenKeys()).contains(seal());
    }

    @Test
    void a_void_writes_the_voucher_again_under_the_insurer() {
      String voucherId = buy("buy-1", "vol-1").voucher().voucherId();
      String voucherKey = ledger.stub.createCompositeKey("voucher", voucherId).toString();
      ledger.voidVoucher(
          INSURER, LedgerJson.write(new VoidVoucherRequest("void-1", voucherId, "breach")));
      // The voucher keeps the insurer's policy; a void does not write the policy again.
      assertThat(ledger.stub.writtenKeys()).contains(voucherKey);
      assertThat(ledger.stub.writtenValidationParameters()).isEmpty();
      assertThat(peersOf(voucherKey)).containsExactly("InsurerMSP");
    }

    @Test
    void insurance_writes_after_the_first_product_never_write_the_seals_policy_again() {
      // Two purchases and a claim in one block would otherwise invalidate each other at commit.
      String firstVoucher = buy("buy-1", "vol-1").voucher().voucherId();
      assertThat(ledger.stub.writtenKeys()).contains(seal());
      assertThat(ledger.stub.writtenValidationParameters()).doesNotContain(seal());
      file("c-seal", firstVoucher, "10", "act-seal");
      assertThat(ledger.stub.writtenKeys()).contains(seal());
      assertThat(ledger.stub.writtenValidationParameters()).doesNotContain(seal());
      assertThat(peersOf(seal())).containsExactly("InsurerMSP");
    }

    @Test
    void the_insurer_refuses_products_once_the_seal_carries_another_policy() {
      // As if Platform and Auditor had written the seal alone under a policy of their own.
      ledger.stub.begin("forged", ContractHarness.START, PLATFORM.creator(), "x");
      ledger.stub.setStateValidationParameter(seal(), new byte[] {1, 2, 3});
      ledger.stub.commit();
      refused(
          ledger,
          () -> ledger.defineVoucherProduct(INSURER, product("prod-2", "ACC30", "10", 30, "1.00")),
          ErrorCode.INTERNAL_ERROR);
    }
  }

  /**
   * The voucher's purchase instant, as the claim's incident time: the earliest covered instant.
   * Read from the committed state, so it costs no transaction.
   */
  static String startOf(ContractHarness harness, String voucherId) {
    byte[] stored =
        harness
            .stub
            .committedState()
            .get(harness.stub.createCompositeKey("voucher", voucherId).toString());
    return LedgerJson.read(stored, io.timecoin.chaincode.domain.Voucher.class).coverageStart();
  }

  private String seal() {
    return ledger.stub.createCompositeKey("insurerseal").toString();
  }

  private List<String> peersOf(String key) {
    try {
      SignaturePolicyEnvelope envelope =
          SignaturePolicyEnvelope.parseFrom(ledger.stub.validationParameter(key).orElseThrow());
      List<String> peers = new java.util.ArrayList<>();
      for (MSPPrincipal principal : envelope.getIdentitiesList()) {
        MSPRole role = MSPRole.parseFrom(principal.getPrincipal());
        assertThat(role.getRole()).isEqualTo(MSPRole.MSPRoleType.PEER);
        peers.add(role.getMspIdentifier());
      }
      assertThat(envelope.getRule().getNOutOf().getN()).isEqualTo(peers.size());
      return peers;
    } catch (InvalidProtocolBufferException e) {
      throw new AssertionError(e);
    }
  }

  private String claimKey(ClaimView claim) {
    return ledger.stub.createCompositeKey("claim", claim.claimId()).toString();
  }

  private String privateKey(ClaimView claim) {
    return ledger.stub.createCompositeKey("claimprivate", claim.claimId()).toString();
  }
}
