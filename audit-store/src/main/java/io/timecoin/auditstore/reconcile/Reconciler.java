package io.timecoin.auditstore.reconcile;

import io.timecoin.model.AccountView;
import io.timecoin.model.EntryView;
import io.timecoin.model.VoucherView;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Recomputes every account's balance and totals from its projected entries, the coin supply and
 * every voucher's cover, and holds them against the projected rows and against the chaincode's own
 * state on the auditor's peer. The projection is read in one snapshot, at its checkpoint.
 */
public final class Reconciler {

  private final Jdbi jdbi;
  private final ChaincodeState peer;

  public Reconciler(Jdbi jdbi, ChaincodeState peer) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.peer = Objects.requireNonNull(peer, "peer");
  }

  public ReconcileReport reconcile() {
    return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, this::reconcile);
  }

  private ReconcileReport reconcile(Handle handle) {
    long block =
        handle
            .createQuery("SELECT block_number FROM projection_checkpoint WHERE id = 1")
            .mapTo(Long.class)
            .findOne()
            .orElse(-1L);
    List<Difference> differences = new ArrayList<>();
    SupplyTally supply = new SupplyTally();
    int accounts = 0;
    int movedOn = 0;
    long entries = 0;
    List<ProjectedAccount> rows =
        handle
            .createQuery("SELECT * FROM accounts ORDER BY volunteer_id")
            .map(
                (rs, ctx) ->
                    new ProjectedAccount(
                        rs.getString("volunteer_id"),
                        rs.getString("status"),
                        new Totals(
                            rs.getLong("balance"),
                            rs.getLong("total_earned"),
                            rs.getLong("total_spent"),
                            rs.getLong("total_received"),
                            rs.getLong("total_given"),
                            rs.getLong("entry_count"))))
            .list();
    try (ResultIterator<ProjectedEntry> stream =
        handle
            .createQuery(
                """
                SELECT volunteer_id, entry_id, sequence, type, amount, balance_after
                FROM entries ORDER BY volunteer_id, sequence
                """)
            .setFetchSize(1000)
            .map(
                (rs, ctx) ->
                    new ProjectedEntry(
                        rs.getString("volunteer_id"),
                        rs.getString("entry_id"),
                        rs.getLong("sequence"),
                        rs.getString("type"),
                        rs.getLong("amount"),
                        rs.getLong("balance_after")))
            .iterator()) {
      ProjectedEntry pending = stream.hasNext() ? stream.next() : null;
      for (ProjectedAccount account : rows) {
        List<ProjectedEntry> own = new ArrayList<>();
        while (pending != null && pending.volunteerId().compareTo(account.volunteerId()) <= 0) {
          if (pending.volunteerId().equals(account.volunteerId())) {
            own.add(pending);
          } else {
            differences.add(
                new Difference(
                    "ENTRY_WITHOUT_ACCOUNT",
                    pending.volunteerId(),
                    pending.entryId(),
                    "the entry's account is not projected"));
          }
          pending = stream.hasNext() ? stream.next() : null;
        }
        accounts++;
        entries += own.size();
        supply.add(own, account.totals().balance());
        Totals recomputed = recompute(account.volunteerId(), own, differences);
        if (!recomputed.equals(account.totals())) {
          differences.add(
              new Difference(
                  "ACCOUNT_VS_ENTRIES",
                  account.volunteerId(),
                  null,
                  "projected " + account.totals() + ", entries add up to " + recomputed));
        }
        if (!compareWithPeer(account, own, differences)) {
          movedOn++;
        }
      }
    }
    int vouchers = reconcileVouchers(handle, supply, differences);
    Supply totals = supply.result();
    if (totals.balancesUnits() != totals.expectedBalancesUnits()) {
      differences.add(
          new Difference(
              "SUPPLY",
              "supply",
              null,
              "balances add up to "
                  + totals.balancesUnits()
                  + " units, minted - burned + reversed is "
                  + totals.expectedBalancesUnits()));
    }
    if (supply.vouchersPaid != totals.burnedForVouchersUnits()) {
      differences.add(
          new Difference(
              "SUPPLY",
              "supply",
              null,
              "vouchers were paid "
                  + supply.vouchersPaid
                  + " units, VOUCHER_PURCHASE entries burnt "
                  + totals.burnedForVouchersUnits()));
    }
    checkMintRollup(handle, totals, differences);
    HeartsChecks.check(handle, differences);
    return new ReconcileReport(block, accounts, entries, vouchers, movedOn, totals, differences);
  }

  /** The per-verifier rollup that answers minted-per-day must add up to the entries. */
  private static void checkMintRollup(Handle handle, Supply totals, List<Difference> differences) {
    long minted =
        handle
            .createQuery("SELECT coalesce(sum(minted), 0) FROM mint_buckets")
            .mapTo(Long.class)
            .one();
    long reversed =
        handle
            .createQuery("SELECT coalesce(sum(reversed), 0) FROM mint_buckets")
            .mapTo(Long.class)
            .one();
    long reversedEarnings =
        handle
            .createQuery(
                "SELECT coalesce(sum(-r.amount), 0) FROM entries r"
                    + " JOIN entries e ON e.entry_id = r.reversed_entry_id"
                    + " WHERE r.type = 'REVERSAL' AND e.type = 'EARN'")
            .mapTo(Long.class)
            .one();
    if (minted != totals.mintedUnits() || reversed != reversedEarnings) {
      differences.add(
          new Difference(
              "MINT_ROLLUP",
              "supply",
              null,
              "the per-day rollup has minted "
                  + minted
                  + " and reversed "
                  + reversed
                  + " units, the entries "
                  + totals.mintedUnits()
                  + " and "
                  + reversedEarnings));
    }
  }

  /** Walks the entries in sequence: gaps and balances that do not follow are named. */
  static Totals recompute(
      String volunteerId, List<ProjectedEntry> entries, List<Difference> differences) {
    long balance = 0;
    long earned = 0;
    long spent = 0;
    long received = 0;
    long given = 0;
    long expectedSequence = 1;
    boolean gapReported = false;
    boolean balanceReported = false;
    for (ProjectedEntry e : entries) {
      if (e.sequence() != expectedSequence && !gapReported) {
        differences.add(
            new Difference(
                "SEQUENCE_GAP",
                volunteerId,
                e.entryId(),
                "expected sequence " + expectedSequence + ", found " + e.sequence()));
        gapReported = true;
      }
      expectedSequence = e.sequence() + 1;
      balance = Math.addExact(balance, e.amount());
      long size = Math.abs(e.amount());
      switch (e.type()) {
        case "EARN" -> earned += size;
        case "HELP_PAYMENT" -> {
          if (e.amount() < 0) {
            spent += size;
          } else {
            received += size;
          }
        }
        case "TRANSFER" -> {
          if (e.amount() < 0) {
            given += size;
          } else {
            received += size;
          }
        }
        case "VOUCHER_PURCHASE" -> spent += size;
        default -> {
          // REVERSAL and ADJUSTMENT move the balance only.
        }
      }
      if (balance != e.balanceAfter() && !balanceReported) {
        differences.add(
            new Difference(
                "BALANCE_AFTER",
                volunteerId,
                e.entryId(),
                "entries add up to " + balance + " units, the entry says " + e.balanceAfter()));
        balanceReported = true;
      }
    }
    long count = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).sequence();
    return new Totals(balance, earned, spent, received, given, count);
  }

  /**
   * @return false if the ledger changed the account after the projection's block (then only the
   *     entries both have are compared)
   */
  private boolean compareWithPeer(
      ProjectedAccount account, List<ProjectedEntry> own, List<Difference> differences) {
    String id = account.volunteerId();
    Optional<AccountView> found = peer.account(id);
    if (found.isEmpty()) {
      differences.add(
          new Difference("ACCOUNT_VS_PEER", id, null, "projected, but the peer has no account"));
      return true;
    }
    AccountView onPeer = found.get();
    Totals peerTotals =
        new Totals(
            onPeer.balance().units(),
            onPeer.totalEarned().units(),
            onPeer.totalSpent().units(),
            onPeer.totalReceived().units(),
            onPeer.totalGiven().units(),
            onPeer.entryCount());
    long projectedCount = account.totals().entryCount();
    if (onPeer.entryCount() > projectedCount) {
      firstDifferentEntry(id, own, projectedCount)
          .ifPresent(
              entryId ->
                  differences.add(
                      new Difference("ENTRY_VS_PEER", id, entryId, "the peer's entry differs")));
      return false;
    }
    if (peerTotals.equals(account.totals()) && onPeer.status().name().equals(account.status())) {
      return true;
    }
    String where = firstDifferentEntry(id, own, Math.max(projectedCount, 1)).orElse(null);
    differences.add(
        new Difference(
            "ACCOUNT_VS_PEER",
            id,
            where,
            "projected "
                + account.status()
                + " "
                + account.totals()
                + ", the peer has "
                + onPeer.status()
                + " "
                + peerTotals));
    return true;
  }

  /** The first entry (up to {@code through}) where the peer and the projection part. */
  private Optional<String> firstDifferentEntry(
      String volunteerId, List<ProjectedEntry> own, long through) {
    List<EntryView> onPeer = peer.entries(volunteerId, 1, through);
    for (int i = 0; i < Math.max(onPeer.size(), own.size()); i++) {
      if (i >= onPeer.size()) {
        return Optional.of(own.get(i).entryId());
      }
      EntryView theirs = onPeer.get(i);
      if (i >= own.size()) {
        return Optional.of(theirs.entryId());
      }
      ProjectedEntry ours = own.get(i);
      if (!ours.entryId().equals(theirs.entryId())
          || ours.sequence() != theirs.sequence()
          || !ours.type().equals(theirs.type().name())
          || ours.amount() != theirs.amount().units()
          || ours.balanceAfter() != theirs.balanceAfter().units()) {
        return Optional.of(ours.entryId());
      }
    }
    return Optional.empty();
  }

  private int reconcileVouchers(Handle handle, SupplyTally supply, List<Difference> differences) {
    List<ProjectedVoucher> vouchers =
        handle
            .createQuery(
                """
                SELECT v.voucher_id, v.coins_paid, v.coverage_limit, v.remaining_cover,
                       v.voided_at, e.type AS entry_type, e.amount AS entry_amount,
                       (SELECT coalesce(sum(c.approved_amount), 0) FROM claims c
                        WHERE c.voucher_id = v.voucher_id AND c.status IN ('APPROVED', 'PAID'))
                         AS approved
                FROM vouchers v LEFT JOIN entries e ON e.entry_id = v.purchase_entry_id
                ORDER BY v.voucher_id
                """)
            .map(
                (rs, ctx) -> {
                  Timestamp voided = rs.getTimestamp("voided_at");
                  long entryAmount = rs.getLong("entry_amount");
                  return new ProjectedVoucher(
                      rs.getString("voucher_id"),
                      rs.getLong("coins_paid"),
                      rs.getLong("coverage_limit"),
                      rs.getLong("remaining_cover"),
                      voided == null ? null : voided.toInstant(),
                      rs.getString("entry_type"),
                      entryAmount,
                      rs.getLong("approved"));
                })
            .list();
    for (ProjectedVoucher v : vouchers) {
      supply.vouchersPaid += v.coinsPaid();
      if (!"VOUCHER_PURCHASE".equals(v.entryType()) || v.entryAmount() != -v.coinsPaid()) {
        differences.add(
            new Difference(
                "VOUCHER_PURCHASE",
                v.voucherId(),
                null,
                "paid "
                    + v.coinsPaid()
                    + " units, its purchase entry is "
                    + v.entryType()
                    + " of "
                    + v.entryAmount()));
      }
      if (v.remainingCover() != v.coverageLimit() - v.approved()) {
        differences.add(
            new Difference(
                "VOUCHER_COVER",
                v.voucherId(),
                null,
                "remaining cover "
                    + v.remainingCover()
                    + ", limit "
                    + v.coverageLimit()
                    + " less approved claims "
                    + v.approved()));
      }
      Optional<VoucherView> onPeer = peer.voucher(v.voucherId());
      if (onPeer.isEmpty()) {
        differences.add(
            new Difference("VOUCHER_VS_PEER", v.voucherId(), null, "the peer has no voucher"));
      } else if (onPeer.get().coinsPaid().units() != v.coinsPaid()
          || onPeer.get().remainingCover().units() != v.remainingCover()
          || (onPeer.get().voidedAt() == null) != (v.voidedAt() == null)) {
        differences.add(
            new Difference(
                "VOUCHER_VS_PEER",
                v.voucherId(),
                null,
                "projected paid "
                    + v.coinsPaid()
                    + " remaining "
                    + v.remainingCover()
                    + ", the peer has paid "
                    + onPeer.get().coinsPaid().units()
                    + " remaining "
                    + onPeer.get().remainingCover().units()));
      }
    }
    return vouchers.size();
  }

  /** Balance, totals and entry count of an account, in minor units. */
  record Totals(
      long balance, long earned, long spent, long received, long given, long entryCount) {}

  record ProjectedAccount(String volunteerId, String status, Totals totals) {}

  record ProjectedEntry(
      String volunteerId,
      String entryId,
      long sequence,
      String type,
      long amount,
      long balanceAfter) {}

  private record ProjectedVoucher(
      String voucherId,
      long coinsPaid,
      long coverageLimit,
      long remainingCover,
      Instant voidedAt,
      String entryType,
      long entryAmount,
      long approved) {}

  private static final class SupplyTally {
    private long minted;
    private long spent;
    private long burned;
    private long reversed;
    private long balances;
    private long vouchersPaid;

    void add(List<ProjectedEntry> entries, long balance) {
      balances += balance;
      for (ProjectedEntry e : entries) {
        switch (e.type()) {
          case "EARN" -> minted += e.amount();
          case "HELP_PAYMENT" -> spent += e.amount() < 0 ? -e.amount() : 0;
          case "VOUCHER_PURCHASE" -> burned -= e.amount();
          case "REVERSAL" -> reversed += e.amount();
          default -> {
            // transfers move coins between accounts and change no total
          }
        }
      }
    }

    Supply result() {
      return new Supply(minted, spent, burned, reversed, balances);
    }
  }
}
