package io.timecoin.auditstore.reconcile;

import io.timecoin.client.LedgerRejectedException;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.AccountView;
import io.timecoin.model.EntryPage;
import io.timecoin.model.EntryView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.ListEntriesRequest;
import io.timecoin.model.VoucherView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link ChaincodeState} through ledger-client: GetAccount, ListEntries, GetVoucher. */
public final class PeerChaincodeState implements ChaincodeState {

  private final TimeCoinLedger ledger;

  public PeerChaincodeState(TimeCoinLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public Optional<AccountView> account(String volunteerId) {
    try {
      return Optional.of(ledger.getAccount(volunteerId));
    } catch (LedgerRejectedException e) {
      if (e.code() == ErrorCode.VOLUNTEER_NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public List<EntryView> entries(String volunteerId, long fromSequence, long toSequence) {
    List<EntryView> entries = new ArrayList<>();
    long from = fromSequence;
    while (from <= toSequence) {
      EntryPage page =
          ledger.listEntries(
              new ListEntriesRequest(
                  volunteerId, from, null, null, ListEntriesRequest.MAX_PAGE_SIZE, null));
      if (page.entries().isEmpty()) {
        break;
      }
      for (EntryView entry : page.entries()) {
        if (entry.sequence() <= toSequence) {
          entries.add(entry);
        }
      }
      from = page.entries().get(page.entries().size() - 1).sequence() + 1;
    }
    return entries;
  }

  @Override
  public Optional<VoucherView> voucher(String voucherId) {
    try {
      return Optional.of(ledger.getVoucher(voucherId));
    } catch (LedgerRejectedException e) {
      if (e.code() == ErrorCode.VOUCHER_NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }
}
