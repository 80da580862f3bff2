package io.timecoin.api.resources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The salt of a claim's private details, made by the API so that no caller can choose a weak one (a
 * short or constant salt would let anyone who sees the public hash test guesses of the details).
 *
 * <p>It is an HMAC-SHA256 of the ledger requestId under the instance's secret key, not a fresh
 * random value: a resend of the same request (same Idempotency-Key, after a 503 or a restart) must
 * produce the same private-details hash, or the ledger would refuse it as another request
 * (IDEMPOTENCY_CONFLICT) although it is the one that may already have committed. Without the key
 * the salt cannot be computed, so it is as good as random to anyone else.
 */
public final class ClaimSalts {

  private static final String LABEL = "timecoin claim salt v1\0";

  private final byte[] key;

  private ClaimSalts(byte[] key) {
    if (key.length < 32) {
      throw new IllegalArgumentException("the claim salt key needs at least 32 bytes");
    }
    this.key = key.clone();
  }

  /** Reads the key file that {@code timecoin api-setup} writes (base64url of 32 random bytes). */
  public static ClaimSalts fromKeyFile(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).strip();
      return new ClaimSalts(Base64.getUrlDecoder().decode(text));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the claim salt key " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          file + ": the claim salt key must be base64url of at least 32 bytes", e);
    }
  }

  /** A key for this process only (tests, or an instance without a key file). */
  public static ClaimSalts ephemeral() {
    return new ClaimSalts(newKeyBytes());
  }

  /** 32 random bytes, base64url: the content of a new key file. */
  public static String newKeyText() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(newKeyBytes());
  }

  private static byte[] newKeyBytes() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }

  /** The salt of the claim filed under {@code requestId}: 43 characters of base64url. */
  public String saltFor(String requestId) {
    Objects.requireNonNull(requestId, "requestId");
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] digest = mac.doFinal((LABEL + requestId).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }
}
