package io.timecoin.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link EventCheckpoint} in a one-line file {@code <block> <transactionId>}. Each save writes a
 * temporary file beside it, forces it to disk and moves it over the old one, so the file always
 * holds a whole position.
 */
final class FileEventCheckpoint implements EventCheckpoint {

  private static final Pattern LINE = Pattern.compile("([0-9]{1,19}) ([0-9A-Za-z_.:-]{1,128})");

  private final Path file;
  private long block;
  private String transactionId;

  private FileEventCheckpoint(Path file, long block, String transactionId) {
    this.file = file;
    this.block = block;
    this.transactionId = transactionId;
  }

  static FileEventCheckpoint open(Path file) {
    if (!Files.exists(file)) {
      return new FileEventCheckpoint(file, -1, null);
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read event checkpoint file " + file, e);
    }
    Matcher matcher = LINE.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "Event checkpoint file "
              + file
              + " does not hold '<block> <transactionId>'; delete it to start from the beginning");
    }
    return new FileEventCheckpoint(file, Long.parseLong(matcher.group(1)), matcher.group(2));
  }

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
    if (blockNumber < 0 || !LINE.matcher(blockNumber + " " + transactionId).matches()) {
      throw new IllegalArgumentException("not a checkpoint position: block " + blockNumber);
    }
    Path folder = file.toAbsolutePath().getParent();
    Path temporary = folder.resolve(file.getFileName() + ".tmp");
    try {
      Files.createDirectories(folder);
      try (FileChannel channel =
          FileChannel.open(
              temporary,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE)) {
        channel.write(StandardCharsets.US_ASCII.encode(blockNumber + " " + transactionId + "\n"));
        channel.force(true);
      }
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write event checkpoint file " + file, e);
    }
    this.block = blockNumber;
    this.transactionId = transactionId;
  }
}
