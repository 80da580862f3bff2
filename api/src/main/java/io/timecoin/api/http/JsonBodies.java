package io.timecoin.api.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a request body as the API promises to accept it: at most the size limit however it is sent
 * (a chunked body has no Content-Length to check up front, so the limit is applied while reading),
 * and strict JSON text as RFC 8259 defines it for exchange: UTF-8 without a byte order mark. The
 * JSON parser would otherwise detect UTF-16 and UTF-32 on its own and accept them.
 */
public final class JsonBodies {

  private static final Pattern CHARSET =
      Pattern.compile(";\\s*charset\\s*=\\s*\"?([^\";\\s]+)\"?", Pattern.CASE_INSENSITIVE);

  private JsonBodies() {}

  /**
   * Reads the body.
   *
   * @param body opens the request's input stream; at most {@code maxBytes + 1} bytes are read.
   * @param contentType the Content-Type header (already known to be application/json).
   * @param maxBytes the largest body accepted.
   * @return the body's bytes, valid UTF-8.
   * @throws ApiProblem 413 over the limit, 415 for another charset, a byte order mark, UTF-16/32 or
   *     bytes that are not UTF-8, 408 if the body did not arrive (too slow, or cut off).
   */
  public static byte[] read(BodyStream body, String contentType, int maxBytes) {
    requireUtf8Label(contentType);
    byte[] bytes;
    try (InputStream in = body.open()) {
      bytes = in.readNBytes(maxBytes + 1);
    } catch (IOException | RuntimeException e) {
      // The server refuses a body that trickles in below its minimum data rate, or the idle
      // timeout closed the connection: either way the body never arrived whole.
      throw ApiProblem.of(
          ApiErrorCode.BODY_TOO_SLOW,
          "the request body did not arrive in time; send it at once, at normal speed");
    }
    if (bytes.length > maxBytes) {
      throw ApiProblem.of(
          ApiErrorCode.PAYLOAD_TOO_LARGE, "the body is larger than " + maxBytes + " bytes");
    }
    requireUtf8(bytes);
    return bytes;
  }

  /** Where the body comes from (the servlet request's stream). */
  @FunctionalInterface
  public interface BodyStream {
    /** Opens the stream. */
    InputStream open() throws IOException;
  }

  private static void requireUtf8Label(String contentType) {
    if (contentType == null) {
      return;
    }
    Matcher charset = CHARSET.matcher(contentType);
    if (charset.find() && !charset.group(1).toLowerCase(Locale.ROOT).equals("utf-8")) {
      throw notUtf8();
    }
  }

  private static void requireUtf8(byte[] bytes) {
    // A byte order mark (UTF-8's EF BB BF, or UTF-16/32's) or a NUL among the first two bytes
    // (how UTF-16/32 JSON starts, RFC 4627 section 3): never valid JSON text in UTF-8.
    boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB;
    boolean wide =
        bytes.length >= 2
            && (bytes[0] == 0
                || bytes[1] == 0
                || (bytes[0] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFF);
    if (bom || wide) {
      throw notUtf8();
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      throw notUtf8();
    }
  }

  private static ApiProblem notUtf8() {
    return ApiProblem.of(
        ApiErrorCode.BODY_NOT_UTF8,
        "send the body as JSON text in UTF-8 without a byte order mark (Content-Type:"
            + " application/json, optionally ; charset=utf-8)");
  }
}
