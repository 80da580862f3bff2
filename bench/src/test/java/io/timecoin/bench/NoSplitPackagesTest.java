package io.timecoin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.LedgerJson;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bench reaches ledger-client only through its public API: no bench class sits in a package of
 * the client or the model, where it could use their package-private internals (a split package,
 * which the module system would refuse).
 */
class NoSplitPackagesTest {

  @Test
  void no_bench_package_is_a_package_of_the_client_or_the_model() throws IOException {
    Set<String> bench = packagesBeside(BenchCommand.class);
    Set<String> theirs = packagesBeside(TimeCoinLedger.class);
    theirs.addAll(packagesBeside(LedgerJson.class));
    assertThat(bench).contains("io/timecoin/bench");
    assertThat(theirs).contains("io/timecoin/client", "io/timecoin/model");

    assertThat(bench).doesNotContainAnyElementsOf(theirs);
  }

  /** The packages (as paths) that hold a class in the jar or directory {@code type} came from. */
  private static Set<String> packagesBeside(Class<?> type) throws IOException {
    Path location;
    try {
      location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException("cannot locate " + type.getName(), e);
    }
    Set<String> packages = new TreeSet<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files
            .filter(file -> file.toString().endsWith(".class"))
            .map(file -> location.relativize(file.getParent()).toString().replace('\\', '/'))
            .forEach(packages::add);
      }
      return packages;
    }
    try (JarFile jar = new JarFile(location.toFile())) {
      jar.stream()
          .map(JarEntry::getName)
          .filter(name -> name.endsWith(".class") && name.contains("/"))
          .map(name -> name.substring(0, name.lastIndexOf('/')))
          .forEach(packages::add);
    }
    return packages;
  }
}
