package io.timecoin.auditstore.query;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Opaque keyset cursors: the sort key of the last row of a page, base64url-encoded with a kind
 * prefix so a cursor of one query is refused by another.
 */
final class Cursors {

  private Cursors() {}

  /** After the entry recorded at {@code time} with id {@code entryId}. */
  static String ofTimeAndId(Instant time, String entryId) {
    return encode("t|" + time.getEpochSecond() + "." + time.getNano() + "|" + entryId);
  }

  static TimeAndId timeAndId(String cursor) {
    String[] parts = decode(cursor, "t").split("\\|", 3);
    if (parts.length != 3) {
      throw invalid();
    }
    String[] time = parts[1].split("\\.", 2);
    try {
      return new TimeAndId(
          Instant.ofEpochSecond(Long.parseLong(time[0]), Long.parseLong(time[1])), parts[2]);
    } catch (RuntimeException e) {
      throw invalid();
    }
  }

  static String ofSequence(long sequence) {
    return encode("s|" + sequence);
  }

  static long sequence(String cursor) {
    try {
      return Long.parseLong(decode(cursor, "s").substring(2));
    } catch (NumberFormatException e) {
      throw invalid();
    }
  }

  static String ofId(String id) {
    return encode("k|" + id);
  }

  static String id(String cursor) {
    return decode(cursor, "k").substring(2);
  }

  private static String encode(String plain) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String cursor, String kind) {
    String plain;
    try {
      plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (!plain.startsWith(kind + "|")) {
      throw invalid();
    }
    return plain;
  }

  private static AuditQueryException invalid() {
    return new AuditQueryException(
        "INVALID_CURSOR",
        "the cursor is not one this query returned; start again without a cursor");
  }

  record TimeAndId(Instant time, String id) {}
}
