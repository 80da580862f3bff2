package io.timecoin.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The moments scripts/chaos writes while the load runs, one {@code <name> <epoch millis>} line
 * each: {@code fault} (the fault injected), {@code heal} (SIGCONT sent, or the restart begun) and
 * {@code healed} (the restart returned, the process serving again).
 */
final class Marks {

  private final Path file;

  Marks(Path file) {
    this.file = file;
  }

  OptionalLong get(String name) {
    if (file == null || !Files.exists(file)) {
      return OptionalLong.empty();
    }
    try {
      for (String line : Files.readAllLines(file)) {
        String[] parts = line.strip().split("\\s+");
        if (parts.length == 2 && parts[0].equals(name)) {
          return OptionalLong.of(Long.parseLong(parts[1]));
        }
      }
      return OptionalLong.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the marks file " + file, e);
    }
  }
}
