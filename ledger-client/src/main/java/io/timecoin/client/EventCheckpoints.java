package io.timecoin.client;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** Ready-made {@link EventCheckpoint}s. */
public final class EventCheckpoints {

  private EventCheckpoints() {}

  /**
   * A checkpoint kept in a small file that survives restarts. The file is created on the first save
   * and replaced atomically on each save, so a crash leaves either the old or the new position.
   *
   * @param file the file; its folder must exist or be creatable.
   * @return a checkpoint that reads the file now, if it exists.
   * @throws java.io.UncheckedIOException if the file exists but cannot be read.
   * @throws IllegalArgumentException if the file exists but is not a checkpoint.
   */
  public static EventCheckpoint file(Path file) {
    return FileEventCheckpoint.open(Objects.requireNonNull(file, "file"));
  }

  /**
   * A checkpoint in memory only: resumes across subscriptions within one process, starts from the
   * beginning of the ledger after a restart.
   *
   * @return an empty checkpoint.
   */
  public static EventCheckpoint inMemory() {
    return new EventCheckpoint() {
      private long block = -1;
      private String transactionId;

      @Override
      public synchronized OptionalLong blockNumber() {
        return block < 0 ? OptionalLong.empty() : OptionalLong.of(block);
      }

      @Override
      public synchronized Optional<String> transactionId() {
        return Optional.ofNullable(transactionId);
      }

      @Override
      public synchronized void save(long blockNumber, String transactionId) {
        this.block = blockNumber;
        this.transactionId = Objects.requireNonNull(transactionId, "transactionId");
      }
    };
  }
}
