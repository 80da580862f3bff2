package io.timecoin.bench.cpu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The cost of one ECDSA P-256 signature and verification in native code, measured with {@code
 * openssl speed ecdsap256}: a stand-in for the peers' and orderers' Go {@code crypto/ecdsa}, whose
 * P-256 is assembly like OpenSSL's and an order of magnitude faster than the JCA's. openssl counts
 * CPU time, so other work on the machine inflates it little.
 */
public final class NativeEcdsa {

  private NativeEcdsa() {}

  /** The native cost, or empty where openssl is missing or its output cannot be read. */
  public static Optional<EcdsaCost> measure() {
    try {
      Process p =
          new ProcessBuilder("openssl", "speed", "-seconds", "1", "ecdsap256")
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroy();
        return Optional.empty();
      }
      return parse(out, "OpenSSL (openssl speed ecdsap256)");
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /**
   * Reads the {@code nistp256} line of {@code openssl speed}'s table: {@code 256 bits ecdsa
   * (nistp256) 0.0000s 0.0000s 64622.2 22500.0}, the last two being signs and verifies per second.
   */
  static Optional<EcdsaCost> parse(String output, String provider) {
    for (String line : output.split("\n")) {
      if (!line.contains("(nistp256)")) {
        continue;
      }
      String[] f = line.trim().split("\\s+");
      try {
        double signsPerSecond = Double.parseDouble(f[f.length - 2]);
        double verifiesPerSecond = Double.parseDouble(f[f.length - 1]);
        if (signsPerSecond > 0 && verifiesPerSecond > 0) {
          return Optional.of(
              new EcdsaCost(1e6 / signsPerSecond, 1e6 / verifiesPerSecond, provider));
        }
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
