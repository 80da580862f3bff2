package io.timecoin.auditstore;

import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import io.timecoin.auditstore.block.BlockSource;
import io.timecoin.auditstore.projection.StoredAccount;
import io.timecoin.model.AccountStatus;
import io.timecoin.model.AccountView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.EntryType;
import io.timecoin.model.EntryView;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.Recorder;
import io.timecoin.model.SignedCoinAmount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockData;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.BlockMetadata;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.ChaincodeID;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;

/**
 * Blocks in Fabric's real wire structure holding RecordEarning transactions with the state writes
 * the chaincode makes (account, entry, its two index rows, activity and day markers, request), for
 * measuring the projection and the queries at a size the 2-core network cannot write in a test's
 * time. Deterministic for a seed. Only for measurement: correctness is tested on the real network.
 */
final class SyntheticLedger implements BlockSource {

  static final int VERIFIERS = 20;
  static final String[] CATEGORIES = {
    "environment", "elderly", "children", "health", "animals", "culture", "sport", "disaster"
  };

  private final int blocks;
  private final int txPerBlock;
  private final int accounts;
  private final Instant start;
  private final Random random;
  private final Map<String, long[]> balances = new HashMap<>();
  private final Map<String, List<StoredAccount.DayTotal>> earnedDays = new HashMap<>();

  SyntheticLedger(int blocks, int txPerBlock, int accounts, Instant start, long seed) {
    this.blocks = blocks;
    this.txPerBlock = txPerBlock;
    this.accounts = accounts;
    this.start = start;
    this.random = new Random(seed);
  }

  @Override
  public long height() {
    return blocks;
  }

  @Override
  public BlockStream open(long startBlock) {
    return new BlockStream() {
      private long next = startBlock;

      @Override
      public Block next() {
        return block(next++);
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public void close() {}

  private Block block(long number) {
    BlockData.Builder data = BlockData.newBuilder();
    byte[] flags = new byte[txPerBlock];
    for (int i = 0; i < txPerBlock; i++) {
      data.addData(earning(number, i).toByteString());
    }
    return Block.newBuilder()
        .setHeader(BlockHeader.newBuilder().setNumber(number))
        .setData(data)
        .setMetadata(
            BlockMetadata.newBuilder()
                .addMetadata(ByteString.EMPTY)
                .addMetadata(ByteString.EMPTY)
                .addMetadata(ByteString.copyFrom(flags)))
        .build();
  }

  private Envelope earning(long block, int index) {
    String txId = String.format("%016x%016x", block, index) + "0".repeat(32);
    String volunteer = "syn-" + random.nextInt(accounts);
    long coins = 10 + random.nextInt(790);
    // Spread over 30 days: each block a little later than the one before.
    Instant time = start.plusSeconds(block * (30L * 86_400 / Math.max(1, blocks)) + index);
    long[] state = balances.computeIfAbsent(volunteer, v -> new long[3]);
    state[0] += coins; // balance
    state[1] += coins; // earned
    state[2] += 1; // entries
    Recorder recorder = new Recorder("PlatformMSP", "c".repeat(64));
    EntryView entry =
        new EntryView(
            txId + ":0",
            volunteer,
            state[2],
            0,
            EntryType.EARN,
            SignedCoinAmount.credit(CoinAmount.ofUnits(coins)),
            CoinAmount.ofUnits(state[0]),
            null,
            "act-" + block + "-" + index,
            60,
            CATEGORIES[random.nextInt(CATEGORIES.length)],
            "e".repeat(64),
            "branch-" + random.nextInt(VERIFIERS),
            null,
            null,
            null,
            null,
            "req-" + txId,
            txId,
            time.toString(),
            recorder);
    AccountView account =
        new AccountView(
            volunteer,
            AccountStatus.ACTIVE,
            CoinAmount.ofUnits(state[0]),
            CoinAmount.ofUnits(state[1]),
            CoinAmount.ZERO,
            CoinAmount.ZERO,
            CoinAmount.ZERO,
            state[2],
            start.toString());
    String request =
        "{\"function\":\"RecordEarning\",\"recordedAt\":\""
            + time
            + "\",\"requestHash\":\""
            + "f".repeat(64)
            + "\",\"requestId\":\"req-"
            + txId
            + "\",\"result\":\"{}\",\"txId\":\""
            + txId
            + "\"}";
    KVRWSet writes =
        KVRWSet.newBuilder()
            .addWrites(
                write(key("account", volunteer), LedgerJson.write(stored(account, time, coins))))
            .addWrites(
                write(
                    key("entry", volunteer, String.format("%019d", state[2])),
                    LedgerJson.write(entry)))
            .addWrites(write(key("entryid", entry.entryId()), "{}"))
            .addWrites(write("entrytime|" + volunteer + "|" + time + "|" + state[2], "{}"))
            .addWrites(write(key("activity", volunteer, entry.activityId()), "{}"))
            .addWrites(write(key("request", "req-" + txId), request))
            .build();
    ChaincodeAction action =
        ChaincodeAction.newBuilder()
            .setChaincodeId(ChaincodeID.newBuilder().setName("timecoin"))
            .setResults(
                TxReadWriteSet.newBuilder()
                    .addNsRwset(
                        NsReadWriteSet.newBuilder()
                            .setNamespace("timecoin")
                            .setRwset(writes.toByteString()))
                    .build()
                    .toByteString())
            .build();
    Transaction transaction =
        Transaction.newBuilder()
            .addActions(
                TransactionAction.newBuilder()
                    .setPayload(
                        ChaincodeActionPayload.newBuilder()
                            .setAction(
                                ChaincodeEndorsedAction.newBuilder()
                                    .setProposalResponsePayload(
                                        ProposalResponsePayload.newBuilder()
                                            .setExtension(action.toByteString())
                                            .build()
                                            .toByteString()))
                            .build()
                            .toByteString()))
            .build();
    ChannelHeader header =
        ChannelHeader.newBuilder()
            .setType(HeaderType.ENDORSER_TRANSACTION_VALUE)
            .setTxId(txId)
            .setTimestamp(
                Timestamp.newBuilder().setSeconds(time.getEpochSecond()).setNanos(time.getNano()))
            .build();
    Payload payload =
        Payload.newBuilder()
            .setHeader(
                Header.newBuilder()
                    .setChannelHeader(header.toByteString())
                    .setSignatureHeader(
                        SignatureHeader.newBuilder()
                            .setCreator(
                                SerializedIdentity.newBuilder()
                                    .setMspid("PlatformMSP")
                                    .build()
                                    .toByteString())
                            .build()
                            .toByteString()))
            .setData(transaction.toByteString())
            .build();
    return Envelope.newBuilder().setPayload(payload.toByteString()).build();
  }

  /**
   * The account as the chaincode stores it: with the totals of the two latest days earned on. Times
   * only grow here, so an earning's day is the latest kept one or a new latest.
   */
  private StoredAccount stored(AccountView account, Instant time, long coins) {
    String day = time.toString().substring(0, 10);
    List<StoredAccount.DayTotal> kept = earnedDays.getOrDefault(account.volunteerId(), List.of());
    List<StoredAccount.DayTotal> next = new ArrayList<>();
    if (!kept.isEmpty() && kept.get(0).day().equals(day)) {
      next.add(
          new StoredAccount.DayTotal(day, kept.get(0).coins().plus(CoinAmount.ofUnits(coins))));
      next.addAll(kept.subList(1, kept.size()));
    } else {
      next.add(new StoredAccount.DayTotal(day, CoinAmount.ofUnits(coins)));
      if (!kept.isEmpty()) {
        next.add(kept.get(0));
      }
    }
    earnedDays.put(account.volunteerId(), next);
    return new StoredAccount(
        account.volunteerId(),
        account.status(),
        account.balance(),
        account.totalEarned(),
        account.totalSpent(),
        account.totalReceived(),
        account.totalGiven(),
        account.entryCount(),
        account.createdAt(),
        next);
  }

  private static String key(String type, String... attributes) {
    return "\0" + type + "\0" + String.join("\0", attributes) + "\0";
  }

  private static KVWrite write(String key, String value) {
    return KVWrite.newBuilder().setKey(key).setValue(ByteString.copyFromUtf8(value)).build();
  }
}
