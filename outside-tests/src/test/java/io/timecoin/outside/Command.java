package io.timecoin.outside;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One outside tool run as a process: its output (stdout and stderr together) goes to a log file
 * under the module's report folder, so a failing IT names a file a person can read in full.
 */
record Command(List<String> arguments, Map<String, String> environment, Path workingDir) {

  /** What a finished run left. */
  record Result(int exitCode, String output, Path log) {}

  /**
   * Runs to the end, or kills the process (and fails) after {@code timeoutSeconds}.
   *
   * @param clearEnvironment start from an empty environment (PATH and HOME kept), so nothing of the
   *     build's environment (FABRIC_CFG_PATH, CORE_*) leaks into a Fabric tool
   */
  Result run(Path log, long timeoutSeconds, boolean clearEnvironment) {
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder builder = new ProcessBuilder(arguments).redirectErrorStream(true);
      builder.redirectOutput(log.toFile());
      if (workingDir != null) {
        builder.directory(workingDir.toFile());
      }
      if (clearEnvironment) {
        Map<String, String> env = builder.environment();
        String path = env.get("PATH");
        String home = env.get("HOME");
        env.clear();
        env.put("PATH", path);
        env.put("HOME", home);
      }
      builder.environment().putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError(
            arguments.get(0) + " did not finish within " + timeoutSeconds + " s; output: " + log);
      }
      return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8), log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
