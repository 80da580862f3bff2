package io.timecoin.model;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a claim's private details for the one caller that asked, so they can never reach a block in
 * clear. The chaincode cannot tell an evaluation from a transaction submitted for ordering; if
 * GetClaimPrivate were submitted, its proposal response - the result - would be written into a
 * block that every peer of the channel keeps. So the result is encrypted (AES-256-GCM) under a key
 * the caller sends in the transient map, which is never part of a block.
 *
 * <p>Every endorser must compute the same bytes, so nothing here is random: the 96-bit nonce is the
 * first 12 bytes of SHA-256 over a fixed label and the transaction id, unique per transaction; the
 * claim id is the associated data. A key must be used for one call only (the client draws a fresh
 * one each time); within one transaction the nonce is the same on every endorser, but so are the
 * key and the plaintext, so the ciphertexts are identical rather than two under one nonce.
 */
public final class ClaimPrivateSeal {

  /** Length of the caller's key: 256 bits. */
  public static final int KEY_BYTES = 32;

  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int TAG_BITS = 128;
  private static final String NONCE_LABEL = "timecoin/GetClaimPrivate/nonce/";

  private ClaimPrivateSeal() {}

  /**
   * Encrypts {@code view} under {@code key} with the nonce derived from {@code txId}.
   *
   * @throws LedgerValidationException with {@link ErrorCode#PRIVATE_READ_KEY_MISSING} if the key is
   *     not {@value #KEY_BYTES} bytes
   */
  public static SealedClaimPrivate seal(byte[] key, String txId, ClaimPrivateView view) {
    requireKey(key);
    byte[] nonce = nonce(txId);
    byte[] sealed =
        run(Cipher.ENCRYPT_MODE, key, nonce, view.claimId(), LedgerJson.writeBytes(view));
    Base64.Encoder base64 = Base64.getEncoder();
    return new SealedClaimPrivate(
        view.claimId(), base64.encodeToString(nonce), base64.encodeToString(sealed));
  }

  /**
   * Decrypts and checks a sealed result with the key the caller sent.
   *
   * @throws IllegalStateException if it does not decrypt (wrong key, altered bytes, other claim)
   */
  public static ClaimPrivateView open(byte[] key, SealedClaimPrivate sealed) {
    requireKey(key);
    Base64.Decoder base64 = Base64.getDecoder();
    byte[] plain =
        run(
            Cipher.DECRYPT_MODE,
            key,
            base64.decode(sealed.nonce()),
            sealed.claimId(),
            base64.decode(sealed.ciphertext()));
    ClaimPrivateView view = LedgerJson.read(plain, ClaimPrivateView.class);
    if (!view.claimId().equals(sealed.claimId())) {
      throw new IllegalStateException("the sealed private details belong to another claim");
    }
    return view;
  }

  private static byte[] nonce(String txId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((NONCE_LABEL + txId).getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(digest, 12);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static byte[] run(int mode, byte[] key, byte[] nonce, String claimId, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(claimId.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "sealing or opening the private details failed: " + e.getClass().getSimpleName());
    }
  }

  private static void requireKey(byte[] key) {
    if (key == null || key.length != KEY_BYTES) {
      throw new LedgerValidationException(
          ErrorCode.PRIVATE_READ_KEY_MISSING,
          "GetClaimPrivate needs a one-time "
              + (KEY_BYTES * 8)
              + "-bit AES key in the transient map under '"
              + TransactionNames.CLAIM_PRIVATE_READ_KEY
              + "'; the details come back encrypted under it");
    }
  }
}
