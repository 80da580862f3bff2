package io.timecoin.auditstore.projection;

import io.timecoin.auditstore.block.BlockDecoder;
import io.timecoin.auditstore.block.BlockSource;
import io.timecoin.auditstore.block.LedgerBlock;
import io.timecoin.auditstore.block.LedgerTransaction;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.hyperledger.fabric.protos.common.Block;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Projects blocks into the database in batches. Each batch (the blocks that have arrived, at most
 * {@code maxBatchBlocks}) is one SQL transaction that holds its rows and the new checkpoint, so a
 * crash at any point leaves the database at the end of the last committed batch, and a restart
 * resumes right after it: no block is skipped and none is counted twice.
 */
public final class Projector {

  private static final Logger LOG = LoggerFactory.getLogger(Projector.class);
  private static final Duration POLL = Duration.ofMillis(200);

  /**
   * Rows sent to PostgreSQL in one go by default (a few hundred transactions' rows): one round trip
   * per table per flush instead of per block.
   */
  public static final int FLUSH_ROWS = 2000;

  private final Jdbi jdbi;
  private final BlockSource source;
  private final String chaincode;
  private final int maxBatchBlocks;
  private final Clock clock;
  private final int flushRows;

  public Projector(Jdbi jdbi, BlockSource source, String chaincode, int maxBatchBlocks) {
    this(jdbi, source, chaincode, maxBatchBlocks, Clock.systemUTC(), FLUSH_ROWS);
  }

  /**
   * A projector that sends its rows to PostgreSQL once at least {@code flushRows} are waiting (and
   * at the end of each batch); 1 sends them after every block, as audit-store did before (the
   * benchmark compares both).
   */
  public Projector(
      Jdbi jdbi, BlockSource source, String chaincode, int maxBatchBlocks, int flushRows) {
    this(jdbi, source, chaincode, maxBatchBlocks, Clock.systemUTC(), flushRows);
  }

  Projector(Jdbi jdbi, BlockSource source, String chaincode, int maxBatchBlocks, Clock clock) {
    this(jdbi, source, chaincode, maxBatchBlocks, clock, FLUSH_ROWS);
  }

  private Projector(
      Jdbi jdbi,
      BlockSource source,
      String chaincode,
      int maxBatchBlocks,
      Clock clock,
      int flushRows) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.source = Objects.requireNonNull(source, "source");
    this.chaincode = Objects.requireNonNull(chaincode, "chaincode");
    if (maxBatchBlocks < 1) {
      throw new IllegalArgumentException("maxBatchBlocks must be at least 1");
    }
    if (flushRows < 1) {
      throw new IllegalArgumentException("flushRows must be at least 1");
    }
    this.maxBatchBlocks = maxBatchBlocks;
    this.clock = clock;
    this.flushRows = flushRows;
  }

  /** The last block in the database, empty before the first batch. */
  public OptionalLong checkpoint() {
    return jdbi.withHandle(Projector::checkpoint);
  }

  static OptionalLong checkpoint(Handle handle) {
    return handle
        .createQuery("SELECT block_number FROM projection_checkpoint WHERE id = 1")
        .mapTo(Long.class)
        .findOne()
        .map(OptionalLong::of)
        .orElse(OptionalLong.empty());
  }

  /**
   * Projects until the checkpoint reaches {@code lastBlock}, waiting for blocks not cut yet.
   *
   * @return the number of blocks projected by this call
   */
  public long projectThrough(long lastBlock) {
    return run(lastBlock);
  }

  /** Projects every block as it comes, until the thread is interrupted. */
  public void projectForever() {
    run(Long.MAX_VALUE);
  }

  private long run(long lastBlock) {
    long next = checkpoint().orElse(-1) + 1;
    if (next > lastBlock) {
      return 0;
    }
    BlockingQueue<Block> arrived = new ArrayBlockingQueue<>(maxBatchBlocks * 2);
    AtomicReference<RuntimeException> readFailure = new AtomicReference<>();
    long projected = 0;
    long started = System.nanoTime();
    long lastReport = started;
    try (BlockSource.BlockStream stream = source.open(next)) {
      long wanted = lastBlock == Long.MAX_VALUE ? Long.MAX_VALUE : lastBlock - next + 1;
      Thread reader = readInBackground(stream, arrived, readFailure, wanted);
      try {
        while (next <= lastBlock) {
          List<Block> batch = nextBatch(arrived, readFailure);
          if (batch.isEmpty()) {
            continue;
          }
          long first = next;
          next = commit(batch, first);
          projected += batch.size();
          if (System.nanoTime() - lastReport > TimeUnit.SECONDS.toNanos(10)) {
            lastReport = System.nanoTime();
            LOG.info("projected through block {} ({} blocks this run)", next - 1, projected);
          }
        }
      } finally {
        reader.interrupt();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    LOG.info(
        "projected {} blocks through block {} in {} s", projected, next - 1, Math.round(seconds));
    return projected;
  }

  private static Thread readInBackground(
      BlockSource.BlockStream stream,
      BlockingQueue<Block> arrived,
      AtomicReference<RuntimeException> failure,
      long wanted) {
    Thread reader =
        new Thread(
            () -> {
              try {
                for (long i = 0; i < wanted; i++) {
                  arrived.put(stream.next());
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } catch (RuntimeException e) {
                failure.set(e);
              }
            },
            "block-reader");
    reader.setDaemon(true);
    reader.start();
    return reader;
  }

  private List<Block> nextBatch(
      BlockingQueue<Block> arrived, AtomicReference<RuntimeException> readFailure)
      throws InterruptedException {
    List<Block> batch = new ArrayList<>();
    Block first = arrived.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
    if (first == null) {
      RuntimeException failure = readFailure.get();
      if (failure != null) {
        throw new BlockReadException("reading blocks failed: " + failure.getMessage(), failure);
      }
      return batch;
    }
    batch.add(first);
    arrived.drainTo(batch, maxBatchBlocks - 1);
    return batch;
  }

  /** One SQL transaction: the rows of every block of the batch, then the checkpoint. */
  private long commit(List<Block> batch, long first) {
    return jdbi.inTransaction(
        handle -> {
          long expected = first;
          RowWriter rows = new RowWriter(handle);
          for (Block block : batch) {
            LedgerBlock decoded = BlockDecoder.decode(block);
            if (decoded.number() != expected) {
              throw new ProjectionException(
                  "expected block " + expected + " but the source sent " + decoded.number());
            }
            for (LedgerTransaction tx : decoded.transactions()) {
              recordTransaction(rows, decoded.number(), tx);
              if (tx.isValidInvocationOf(chaincode)) {
                rows.write(decoded.number(), tx);
              }
            }
            // Rows go to the server a few thousand at a time (per block, small blocks cost a
            // round trip per table each); nothing is visible to anyone until the commit below,
            // together with the checkpoint.
            if (rows.pending() >= flushRows) {
              rows.flush();
            }
            expected++;
          }
          rows.flush();
          MintBuckets.add(handle, first, expected - 1);
          handle
              .createUpdate(
                  """
                  INSERT INTO projection_checkpoint (id, block_number, projected_at)
                  VALUES (1, :block, :at)
                  ON CONFLICT (id) DO UPDATE SET block_number = excluded.block_number,
                    projected_at = excluded.projected_at
                  """)
              .bind("block", expected - 1)
              .bind("at", Timestamp.from(clock.instant()))
              .execute();
          return expected;
        });
  }

  private static void recordTransaction(RowWriter rows, long block, LedgerTransaction tx) {
    rows.batch(
            """
            INSERT INTO transactions (block_number, tx_index, tx_id, validation_code, chaincode,
              creator_msp, tx_time, event_name)
            VALUES (:block, :index, :txId, :code, :chaincode, :msp, :time, :event)
            """)
        .bind("block", block)
        .bind("index", tx.index())
        .bind("txId", tx.txId())
        .bind("code", tx.validationCode())
        .bind("chaincode", tx.chaincode())
        .bind("msp", tx.creatorMsp())
        .bind("time", tx.timestamp() == null ? null : Timestamp.from(tx.timestamp()))
        .bind("event", tx.eventName())
        .add();
  }
}
