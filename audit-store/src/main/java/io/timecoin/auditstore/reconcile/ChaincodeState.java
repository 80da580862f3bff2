package io.timecoin.auditstore.reconcile;

import io.timecoin.model.AccountView;
import io.timecoin.model.EntryView;
import io.timecoin.model.VoucherView;
import java.util.List;
import java.util.Optional;

/**
 * The chaincode's own answers, as the auditor's peer gives them: what the projection is held to.
 */
public interface ChaincodeState {

  Optional<AccountView> account(String volunteerId);

  /** The account's entries with sequence {@code fromSequence} to {@code toSequence}, in order. */
  List<EntryView> entries(String volunteerId, long fromSequence, long toSequence);

  Optional<VoucherView> voucher(String voucherId);
}
