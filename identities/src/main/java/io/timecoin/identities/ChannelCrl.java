package io.timecoin.identities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Puts an org's CRL into its MSP in the channel configuration by running {@code
 * scripts/publish-crl} (configtxlator and a config update signed by the org's admin, which only the
 * network's scripts hold). Its progress lines are passed through.
 */
final class ChannelCrl {

  private ChannelCrl() {}

  /** Runs the script of the checkout at {@code timecoinRoot} for {@code org}'s network. */
  static void publish(Path timecoinRoot, Path runDir, String org, PrintWriter out) {
    Path script = timecoinRoot.resolve("scripts/publish-crl");
    if (!Files.isRegularFile(script)) {
      throw new IdentityError(
          IdentityError.Code.CONFIG_UNREADABLE,
          "cannot find " + script + "; run through scripts/timecoin, which sets TIMECOIN_ROOT");
    }
    try {
      Process process =
          new ProcessBuilder(
                  "bash", script.toString(), "--run-dir", runDir.toString(), "--org", org)
              .redirectErrorStream(true)
              .start();
      try (BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        lines.lines().forEach(line -> out.println("  " + line));
      }
      int exit = process.waitFor();
      if (exit != 0) {
        throw new IdentityError(
            IdentityError.Code.CHANNEL_UPDATE_FAILED,
            "revoked at the CA, but the channel still lacks the CRL: scripts/publish-crl exited "
                + exit
                + " (its output is above; run it again with --run-dir "
                + runDir
                + " --org "
                + org
                + ")");
      }
    } catch (IOException e) {
      throw new IdentityError(IdentityError.Code.CHANNEL_UPDATE_FAILED, "cannot run " + script, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IdentityError(IdentityError.Code.CHANNEL_UPDATE_FAILED, "interrupted", e);
    }
  }
}
