package io.timecoin.bench.putchaincode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The arguments of {@code PutShaped(readPrefix, reads, writePrefix, valueBytes)}, checked: read
 * {@code reads} keys {@code readPrefix + i}, write one key {@code writePrefix + i} per entry of the
 * comma-separated {@code valueBytes}, each value that many bytes long. It gives a transaction the
 * key set of a timecoin write (W0K: an earning's 5 reads and 6 writes) with none of timecoin's own
 * work, so that Fabric's cost for the keys can be told from the contract's.
 *
 * @param readPrefix the prefix of the keys read; empty only when nothing is read.
 * @param reads how many keys are read.
 * @param writePrefix the prefix of the keys written.
 * @param valueBytes the length of each written value, one per key written.
 */
record ShapedWrite(String readPrefix, int reads, String writePrefix, List<Integer> valueBytes) {

  /** Keys read or written at most: an earning touches 6 and 7, a page of entries more. */
  static final int MAX_KEYS = 16;

  /** The largest value: an earning's largest, the request record, is about 1.1 KB. */
  static final int MAX_VALUE_BYTES = 4096;

  /** A key prefix is at most this long, as a Put's key. */
  static final int MAX_PREFIX_BYTES = PutChaincode.MAX_BYTES;

  /** Characters of the values: printable, and varied so that no store compresses them away. */
  private static final byte[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
          .getBytes(StandardCharsets.US_ASCII);

  ShapedWrite {
    valueBytes = List.copyOf(valueBytes);
  }

  /**
   * Parses the four arguments, or says what is wrong with them (a message starting with {@code
   * [INVALID_ARGUMENT]}).
   */
  static Parsed parse(List<String> args) {
    if (args.size() != 4) {
      return Parsed.refused(
          "PutShaped takes readPrefix, reads, writePrefix and valueBytes (e.g. 'r:', '6', 'w:',"
              + " '210,16,80')");
    }
    String readPrefix = args.get(0);
    String writePrefix = args.get(2);
    Optional<Integer> reads = count(args.get(1));
    if (reads.isEmpty() || reads.get() > MAX_KEYS) {
      return Parsed.refused("reads must be a whole number from 0 to " + MAX_KEYS);
    }
    if (reads.get() > 0 && readPrefix.isEmpty()) {
      return Parsed.refused("readPrefix must not be empty when keys are read");
    }
    if (writePrefix.isEmpty()) {
      return Parsed.refused("writePrefix must not be empty");
    }
    if (bytes(readPrefix) > MAX_PREFIX_BYTES || bytes(writePrefix) > MAX_PREFIX_BYTES) {
      return Parsed.refused("key prefixes are limited to " + MAX_PREFIX_BYTES + " bytes each");
    }
    String[] sizes = args.get(3).split(",", -1);
    if (sizes.length > MAX_KEYS) {
      return Parsed.refused("at most " + MAX_KEYS + " keys can be written");
    }
    List<Integer> valueBytes = new ArrayList<>();
    for (String size : sizes) {
      Optional<Integer> n = count(size.strip());
      if (n.isEmpty() || n.get() > MAX_VALUE_BYTES) {
        return Parsed.refused(
            "valueBytes must be 1 to "
                + MAX_KEYS
                + " comma-separated value lengths, each from 0 to "
                + MAX_VALUE_BYTES);
      }
      valueBytes.add(n.get());
    }
    return new Parsed(
        Optional.of(new ShapedWrite(readPrefix, reads.get(), writePrefix, valueBytes)), "");
  }

  /** The i-th key read. */
  String readKey(int i) {
    return readPrefix + i;
  }

  /** The i-th key written. */
  String writeKey(int i) {
    return writePrefix + i;
  }

  /**
   * A value of {@code length} bytes for {@code key}. Both endorsing peers must write the same bytes
   * or the gateway refuses the transaction, so the characters follow from the key alone (xorshift
   * seeded with its hash), never from a clock or a random source.
   */
  static byte[] value(String key, int length) {
    byte[] value = new byte[length];
    long x = key.hashCode() * 0x9E3779B97F4A7C15L | 1;
    for (int i = 0; i < length; i++) {
      x ^= x << 13;
      x ^= x >>> 7;
      x ^= x << 17;
      value[i] = ALPHABET[(int) (x >>> 58)];
    }
    return value;
  }

  private static Optional<Integer> count(String text) {
    if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(text));
  }

  private static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * The outcome of {@link #parse}: the write, or why there is none.
   *
   * @param write the checked arguments, empty if refused.
   * @param refusal the error message, empty if the arguments are good.
   */
  record Parsed(Optional<ShapedWrite> write, String refusal) {
    static Parsed refused(String why) {
      return new Parsed(Optional.empty(), "[INVALID_ARGUMENT] " + why);
    }
  }
}
