package io.timecoin.chaincode.contract;

import static io.timecoin.chaincode.contract.ContractHarness.PLATFORM;
import static io.timecoin.chaincode.contract.ContractHarness.earning;
import static io.timecoin.chaincode.contract.ContractHarness.registration;
import static io.timecoin.chaincode.contract.ContractHarness.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.chaincode.domain.Account;
import io.timecoin.chaincode.domain.Posting;
import io.timecoin.chaincode.domain.TxStamp;
import io.timecoin.chaincode.store.LedgerKeys;
import io.timecoin.chaincode.store.LedgerStore;
import io.timecoin.chaincode.store.StoredAccount;
import io.timecoin.chaincode.testing.TestIdentities;
import io.timecoin.chaincode.testing.TestIdentities.Identity;
import io.timecoin.model.AccountStatus;
import io.timecoin.model.AccountView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.EntryPage;
import io.timecoin.model.EntryView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.HistoryKind;
import io.timecoin.model.KeyHistoryRequest;
import io.timecoin.model.KeyHistoryView;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.ListEntriesRequest;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.Recorder;
import io.timecoin.model.RequestView;
import io.timecoin.model.TransactionNames;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueriesTest {

  private static final Identity AUDITOR = TestIdentities.client("AuditorMSP");

  private final ContractHarness ledger = ContractHarness.standard();
  private final List<String> earningTxs = new ArrayList<>();
  private final List<Instant> earningTimes = new ArrayList<>();

  /** vol-1 gets five earnings one hour apart. */
  @BeforeEach
  void an_account_with_five_entries() {
    ledger.setEarningPolicy(PLATFORM, ContractHarness.generousPolicy("policy-1"));
    ledger.registerVolunteer(PLATFORM, registration("reg-1", "vol-1"));
    ledger.registerVolunteer(PLATFORM, registration("reg-10", "vol-10"));
    for (int i = 1; i <= 5; i++) {
      ledger.advance(Duration.ofHours(1));
      earningTxs.add(ledger.nextTxId());
      earningTimes.add(ledger.nextTimestamp());
      ledger.recordEarning(PLATFORM, earning("e-" + i, "vol-1", "act-" + i, Integer.toString(i)));
      ledger.recordEarning(PLATFORM, earning("f-" + i, "vol-10", "act-" + i, "1"));
    }
  }

  private void refused(ThrowingCallable call, ErrorCode code) {
    Refusals.refused(ledger, call, code);
  }

  private EntryPage list(ListEntriesRequest request) {
    return LedgerJson.read(ledger.listEntries(AUDITOR, LedgerJson.write(request)), EntryPage.class);
  }

  private static List<Long> sequences(EntryPage page) {
    return page.entries().stream().map(EntryView::sequence).toList();
  }

  @Nested
  class ListEntriesBySequence {

    @Test
    void pages_through_the_whole_history_in_order() {
      EntryPage first = list(new ListEntriesRequest("vol-1", null, null, null, 2, null));
      EntryPage second =
          list(new ListEntriesRequest("vol-1", null, null, null, 2, first.bookmark()));
      EntryPage third =
          list(new ListEntriesRequest("vol-1", null, null, null, 2, second.bookmark()));

      assertThat(sequences(first)).containsExactly(1L, 2L);
      assertThat(sequences(second)).containsExactly(3L, 4L);
      assertThat(sequences(third)).containsExactly(5L);
      assertThat(third.bookmark()).isEmpty();
      assertThat(first.entries()).allMatch(e -> e.volunteerId().equals("vol-1"));
    }

    @Test
    void a_full_last_page_ends_without_a_bookmark() {
      EntryPage all = list(new ListEntriesRequest("vol-1", null, null, null, 5, null));

      assertThat(sequences(all)).containsExactly(1L, 2L, 3L, 4L, 5L);
      assertThat(all.bookmark()).isEmpty();
    }

    @Test
    void starts_at_a_given_sequence_and_may_change_page_size_between_pages() {
      EntryPage first = list(new ListEntriesRequest("vol-1", 2L, null, null, 1, null));
      EntryPage rest = list(new ListEntriesRequest("vol-1", 2L, null, null, 10, first.bookmark()));

      assertThat(sequences(first)).containsExactly(2L);
      assertThat(sequences(rest)).containsExactly(3L, 4L, 5L);
      assertThat(list(new ListEntriesRequest("vol-1", 6L, null, null, 10, null)).entries())
          .isEmpty();
    }

    @Test
    void an_account_without_entries_has_an_empty_page() {
      ledger.registerVolunteer(PLATFORM, registration("reg-2", "vol-2"));

      EntryPage page = list(new ListEntriesRequest("vol-2", null, null, null, 10, null));

      assertThat(page.entries()).isEmpty();
      assertThat(page.bookmark()).isEmpty();
    }

    @Test
    void refuses_bookmarks_of_other_queries_and_made_up_ones() {
      String bookmark = list(new ListEntriesRequest("vol-1", null, null, null, 2, null)).bookmark();
      String timeBookmark =
          list(new ListEntriesRequest(
                  "vol-1", null, "2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z", 1, null))
              .bookmark();

      for (ListEntriesRequest request :
          List.of(
              new ListEntriesRequest("vol-10", null, null, null, 2, bookmark),
              new ListEntriesRequest("vol-1", 2L, null, null, 2, bookmark),
              new ListEntriesRequest("vol-1", null, null, null, 2, timeBookmark),
              new ListEntriesRequest("vol-1", null, null, null, 2, "not a bookmark!"),
              new ListEntriesRequest("vol-1", null, null, null, 2, "AAAA"),
              new ListEntriesRequest("vol-1", null, null, null, 2, "x".repeat(3000)))) {
        refused(
            () -> ledger.listEntries(AUDITOR, LedgerJson.write(request)), ErrorCode.INVALID_PAGE);
      }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 201})
    void page_sizes_run_from_1_to_200(int pageSize) {
      String json = "{\"volunteerId\":\"vol-1\",\"pageSize\":" + pageSize + "}";

      refused(() -> ledger.listEntries(AUDITOR, json), ErrorCode.INVALID_PAGE);
    }

    @Test
    void refuses_an_unknown_volunteer_and_a_mix_of_modes() {
      refused(
          () -> ledger.listEntries(AUDITOR, "{\"volunteerId\":\"vol-9\",\"pageSize\":5}"),
          ErrorCode.VOLUNTEER_NOT_FOUND);
      refused(
          () ->
              ledger.listEntries(
                  AUDITOR,
                  "{\"volunteerId\":\"vol-1\",\"pageSize\":5,\"fromSequence\":1,"
                      + "\"fromTime\":\"2024-01-01T00:00:00Z\",\"toTime\":\"2025-01-01T00:00:00Z\"}"),
          ErrorCode.INVALID_ARGUMENT);
      refused(
          () -> ledger.listEntries(AUDITOR, "{\"volunteerId\":\"vol-1\"}"),
          ErrorCode.MALFORMED_REQUEST);
    }
  }

  @Nested
  class ListEntriesByTime {

    @Test
    void includes_the_start_and_excludes_the_end() {
      EntryPage page =
          list(
              new ListEntriesRequest(
                  "vol-1",
                  null,
                  earningTimes.get(1).toString(),
                  earningTimes.get(3).toString(),
                  10,
                  null));

      assertThat(sequences(page)).containsExactly(2L, 3L);
      assertThat(page.bookmark()).isEmpty();
    }

    @Test
    void pages_by_time_with_bookmarks_and_never_strays_into_other_accounts() {
      String from = "2024-01-01T00:00:00Z";
      String to = "2030-01-01T00:00:00+08:00";
      List<Long> seen = new ArrayList<>();
      String bookmark = null;
      int pages = 0;
      do {
        EntryPage page = list(new ListEntriesRequest("vol-1", null, from, to, 2, bookmark));
        assertThat(page.entries()).allMatch(e -> e.volunteerId().equals("vol-1"));
        seen.addAll(sequences(page));
        bookmark = page.bookmark();
        pages++;
      } while (!bookmark.isEmpty());

      assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 5L);
      assertThat(pages).isEqualTo(3);
    }

    @Test
    void refuses_ranges_that_are_empty_or_open() {
      refused(
          () ->
              ledger.listEntries(
                  AUDITOR,
                  "{\"volunteerId\":\"vol-1\",\"pageSize\":5,"
                      + "\"fromTime\":\"2024-01-02T00:00:00Z\",\"toTime\":\"2024-01-02T00:00:00Z\"}"),
          ErrorCode.INVALID_TIME_RANGE);
      refused(
          () ->
              ledger.listEntries(
                  AUDITOR,
                  "{\"volunteerId\":\"vol-1\",\"pageSize\":5,\"fromTime\":\"2024-01-02T00:00:00Z\"}"),
          ErrorCode.INVALID_TIME_RANGE);
      refused(
          () ->
              ledger.listEntries(
                  AUDITOR,
                  "{\"volunteerId\":\"vol-1\",\"pageSize\":5,"
                      + "\"fromTime\":\"yesterday\",\"toTime\":\"2024-01-02T00:00:00Z\"}"),
          ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void a_bookmark_is_bound_to_its_range() {
      String from = "2024-01-01T00:00:00Z";
      String bookmark =
          list(new ListEntriesRequest("vol-1", null, from, "2025-01-01T00:00:00Z", 1, null))
              .bookmark();

      refused(
          () ->
              ledger.listEntries(
                  AUDITOR,
                  LedgerJson.write(
                      new ListEntriesRequest(
                          "vol-1", null, from, "2026-01-01T00:00:00Z", 1, bookmark))),
          ErrorCode.INVALID_PAGE);
    }
  }

  @Nested
  class Paging {

    private static final int HISTORY = 10_000;

    @Test
    void a_page_of_a_long_history_reads_about_page_size_keys() {
      seedLongHistory("vol-big");

      EntryPage page = list(new ListEntriesRequest("vol-big", 9_000L, null, null, 50, null));
      int bySequence = ledger.stub.keysRead();
      EntryPage timed =
          list(
              new ListEntriesRequest(
                  "vol-big",
                  null,
                  ContractHarness.START.plus(Duration.ofMinutes(5_000)).toString(),
                  "2099-01-01T00:00:00Z",
                  50,
                  null));
      int byTime = ledger.stub.keysRead();

      assertThat(sequences(page)).hasSize(50).startsWith(9_000L).endsWith(9_049L);
      assertThat(sequences(timed)).hasSize(50).startsWith(5_000L);
      assertThat(bySequence).isLessThanOrEqualTo(50 + 1);
      assertThat(byTime).isLessThanOrEqualTo(2 * 50 + 1);
    }

    /** Writes an account with {@value #HISTORY} entries one minute apart, through the store. */
    private void seedLongHistory(String volunteerId) {
      Recorder recorder = new Recorder("PlatformMSP", "c".repeat(64));
      ledger.stub.begin("seed", ContractHarness.START, PLATFORM.creator());
      LedgerStore store = new LedgerStore(ledger.stub, new LedgerKeys(ledger.stub));
      Account account = Account.open(volunteerId, ContractHarness.START.toString());
      for (int i = 1; i <= HISTORY; i++) {
        Posting posting =
            account.earn(
                new RecordEarningRequest(
                    "seed-" + i,
                    volunteerId,
                    "act-" + i,
                    60,
                    CoinAmount.parse("1"),
                    "branch-7",
                    ContractHarness.EVIDENCE,
                    "cleanup"),
                "branch-7",
                false,
                new TxStamp(
                    "seed-" + i, ContractHarness.START.plus(Duration.ofMinutes(i)), recorder));
        store.putEntry(posting.entry());
        account = posting.account();
      }
      store.putAccount(account);
      ledger.stub.commit();
    }
  }

  @Nested
  class GetEntry {

    @Test
    void finds_an_entry_by_id() {
      EntryView entry =
          LedgerJson.read(ledger.getEntry(AUDITOR, earningTxs.get(2) + ":0"), EntryView.class);

      assertThat(entry.sequence()).isEqualTo(3);
      assertThat(entry.volunteerId()).isEqualTo("vol-1");
      assertThat(ledger.stub.keysRead()).isEqualTo(2);
    }

    @Test
    void reports_unknown_and_invalid_ids() {
      refused(() -> ledger.getEntry(AUDITOR, "tx999:0"), ErrorCode.ENTRY_NOT_FOUND);
      refused(() -> ledger.getEntry(AUDITOR, "tx 1"), ErrorCode.INVALID_ARGUMENT);
      refused(() -> ledger.getEntry(AUDITOR, ""), ErrorCode.INVALID_ARGUMENT);
    }
  }

  @Nested
  class GetRequest {

    @Test
    void returns_what_was_recorded_for_a_request() {
      String txId = ledger.nextTxId();
      String at = ledger.nextTimestamp().toString();
      String result = ledger.registerVolunteer(PLATFORM, registration("reg-2", "vol-2"));

      RequestView view =
          LedgerJson.read(ledger.getRequest(AUDITOR, "PlatformMSP/reg-2"), RequestView.class);

      assertThat(view)
          .isEqualTo(
              new RequestView("reg-2", TransactionNames.REGISTER_VOLUNTEER, txId, at, result));
      assertThat(LedgerJson.read(view.result(), AccountView.class).volunteerId())
          .isEqualTo("vol-2");
    }

    @Test
    void reports_unknown_and_invalid_request_ids() {
      refused(() -> ledger.getRequest(AUDITOR, "never-sent"), ErrorCode.REQUEST_NOT_FOUND);
      refused(
          () -> ledger.getRequest(AUDITOR, "PlatformMSP/never-sent"), ErrorCode.REQUEST_NOT_FOUND);
      refused(() -> ledger.getRequest(AUDITOR, "bad id"), ErrorCode.INVALID_REQUEST_ID);
    }

    @Test
    void a_refused_request_leaves_no_record() {
      refused(
          () -> ledger.recordEarning(PLATFORM, earning("e-x", "vol-9", "act-1", "1")),
          ErrorCode.VOLUNTEER_NOT_FOUND);

      refused(() -> ledger.getRequest(PLATFORM, "e-x"), ErrorCode.REQUEST_NOT_FOUND);
    }
  }

  @Nested
  class GetKeyHistory {

    private KeyHistoryView history(String kind, String id) {
      return LedgerJson.read(
          ledger.getKeyHistory(AUDITOR, "{\"kind\":\"" + kind + "\",\"id\":\"" + id + "\"}"),
          KeyHistoryView.class);
    }

    private KeyHistoryView page(String id, int pageSize, String bookmark) {
      return LedgerJson.read(
          ledger.getKeyHistory(
              AUDITOR,
              LedgerJson.write(new KeyHistoryRequest(HistoryKind.ACCOUNT, id, pageSize, bookmark))),
          KeyHistoryView.class);
    }

    @Test
    void pages_with_a_bookmark_and_never_cuts_a_history_short() {
      List<KeyHistoryView.Modification> all = history("account", "vol-1").modifications();
      assertThat(all).hasSize(6);
      assertThat(history("account", "vol-1").bookmark()).isEmpty();

      KeyHistoryView first = page("vol-1", 4, null);
      assertThat(first.modifications()).isEqualTo(all.subList(0, 4));
      assertThat(first.bookmark()).isNotEmpty();
      // A write between two pages adds a version in front; the next page still resumes right
      // after the last version seen, so nothing is skipped.
      ledger.setAccountStatus(PLATFORM, status("st-1", "vol-1", AccountStatus.FROZEN));
      KeyHistoryView second = page("vol-1", 4, first.bookmark());
      assertThat(second.modifications()).isEqualTo(all.subList(4, 6));
      assertThat(second.bookmark()).isEmpty();
    }

    @Test
    void refuses_a_bookmark_of_another_record_or_not_issued_by_the_chaincode() {
      String bookmark = page("vol-1", 1, null).bookmark();
      refused(() -> page("vol-2", 1, bookmark), ErrorCode.INVALID_PAGE);
      refused(() -> page("vol-1", 1, "not-a-bookmark!"), ErrorCode.INVALID_PAGE);
      for (int size : new int[] {0, 201}) {
        refused(
            () ->
                ledger.getKeyHistory(
                    AUDITOR, "{\"kind\":\"account\",\"id\":\"vol-1\",\"pageSize\":" + size + "}"),
            ErrorCode.INVALID_PAGE);
      }
    }

    @Test
    void lists_every_committed_version_of_an_account_newest_first() {
      String freezeTx = ledger.nextTxId();
      ledger.setAccountStatus(PLATFORM, status("st-1", "vol-1", AccountStatus.FROZEN));

      KeyHistoryView history = history("account", "vol-1");

      assertThat(history.kind()).isEqualTo(HistoryKind.ACCOUNT);
      assertThat(history.modifications()).hasSize(7);
      KeyHistoryView.Modification latest = history.modifications().get(0);
      assertThat(latest.txId()).isEqualTo(freezeTx);
      assertThat(latest.deleted()).isFalse();
      assertThat(LedgerJson.read(latest.value(), StoredAccount.class).view().status())
          .isEqualTo(AccountStatus.FROZEN);
      assertThat(history.modifications().get(6).txId()).isEqualTo("tx2");
      assertThat(history.modifications().get(6).timestamp())
          .isEqualTo(ContractHarness.START.plusSeconds(2).toString());
    }

    @Test
    void covers_entries_policies_and_requests() {
      assertThat(history("entry", earningTxs.get(0) + ":0").modifications()).hasSize(1);
      ledger.setEarningPolicy(PLATFORM, ContractHarness.policy("policy-2", "5", "5", "+01:00"));
      assertThat(history("policy", "1").modifications()).hasSize(1);
      assertThat(history("policy", "current").modifications()).hasSize(2);
      assertThat(history("request", "PlatformMSP/reg-1").modifications()).hasSize(1);
      assertThat(history("request", "InsurerMSP/reg-1").modifications()).isEmpty();
      assertThat(history("account", "never-registered").modifications()).isEmpty();
    }

    @Test
    void refuses_unknown_kinds_entries_and_ids() {
      refused(
          () -> ledger.getKeyHistory(AUDITOR, "{\"kind\":\"vault\",\"id\":\"x\"}"),
          ErrorCode.INVALID_ARGUMENT);
      refused(
          () -> ledger.getKeyHistory(AUDITOR, "{\"kind\":\"entry\",\"id\":\"tx999:0\"}"),
          ErrorCode.ENTRY_NOT_FOUND);
      refused(
          () -> ledger.getKeyHistory(AUDITOR, "{\"kind\":\"policy\",\"id\":\"0\"}"),
          ErrorCode.INVALID_ARGUMENT);
      refused(() -> ledger.getKeyHistory(AUDITOR, "[]"), ErrorCode.MALFORMED_REQUEST);
      // A request's history names its organisation: requestIds are scoped per organisation.
      refused(
          () -> ledger.getKeyHistory(AUDITOR, "{\"kind\":\"request\",\"id\":\"reg-1\"}"),
          ErrorCode.INVALID_ARGUMENT);
    }
  }
}
