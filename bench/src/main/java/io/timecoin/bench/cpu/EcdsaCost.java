package io.timecoin.bench.cpu;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;

/**
 * The CPU cost of one ECDSA P-256 signature and one verification on this machine, the way the
 * Fabric Gateway client signs here: the JCA's {@code NONEwithECDSA} over a SHA-256 digest (what
 * {@code Signers.newPrivateKeySigner} does). Measured in thread CPU time after a warm-up, so other
 * work on a loaded machine does not inflate it. Peers and orderers are Go programs with their own
 * (assembly) P-256, so this is the client's cost and an upper estimate of theirs.
 *
 * @param signMicros CPU microseconds per signature.
 * @param verifyMicros CPU microseconds per verification.
 * @param provider the JCA provider that did the work.
 */
public record EcdsaCost(double signMicros, double verifyMicros, String provider) {

  /** Measures with {@code warmup} unmeasured and then {@code rounds} measured operations each. */
  public static EcdsaCost measure(int warmup, int rounds) throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair keys = generator.generateKeyPair();
    // A proposal-sized message; what is signed is its SHA-256 digest.
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(new byte[1024]);
    Signature signer = Signature.getInstance("NONEwithECDSA");
    Signature verifier = Signature.getInstance("NONEwithECDSA");
    byte[] signature = sign(signer, keys, digest);
    for (int i = 0; i < warmup; i++) {
      signature = sign(signer, keys, digest);
      verify(verifier, keys, digest, signature);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < rounds; i++) {
      signature = sign(signer, keys, digest);
    }
    long signed = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < rounds; i++) {
      if (!verify(verifier, keys, digest, signature)) {
        throw new IllegalStateException("a signature just made did not verify");
      }
    }
    long verified = threads.getCurrentThreadCpuTime();
    return new EcdsaCost(
        (signed - start) / 1e3 / rounds,
        (verified - signed) / 1e3 / rounds,
        signer.getProvider().getName());
  }

  /** CPU milliseconds per transaction for the signatures of {@code count}, all at this cost. */
  public double millisPerTx(SignatureCount count) {
    return (count.signs() * signMicros + count.verifies() * verifyMicros) / 1000.0;
  }

  /**
   * CPU milliseconds per transaction when the client's signatures cost this and the peers' and
   * orderers' signatures and verifications cost {@code nodes}.
   */
  public double millisPerTx(SignatureCount count, EcdsaCost nodes) {
    return (count.clientSigns() * signMicros
            + count.nodeSigns() * nodes.signMicros
            + count.verifies() * nodes.verifyMicros)
        / 1000.0;
  }

  private static byte[] sign(Signature s, KeyPair keys, byte[] digest)
      throws GeneralSecurityException {
    s.initSign(keys.getPrivate());
    s.update(digest);
    return s.sign();
  }

  private static boolean verify(Signature s, KeyPair keys, byte[] digest, byte[] signature)
      throws GeneralSecurityException {
    s.initVerify(keys.getPublic());
    s.update(digest);
    return s.verify(signature);
  }
}
