package io.timecoin.client.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.chaincode.testing.InMemoryStub;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The jars that ship (the chaincode jar every peer runs, shaded and plain, and the client jar a
 * backend embeds) carry no class of a test kit, and the client jar no class that needs the
 * chaincode shim. Runs in the {@code verify} phase, once the reactor has packaged those jars (see
 * this module's pom); their paths come in {@code testkit.checkedJars}.
 */
class ProductionJarsTest {

  private static final List<String> KIT_PACKAGES =
      List.of("io/timecoin/chaincode/testing/", "io/timecoin/client/testing/");

  /** What only the chaincode side may refer to: the shim, and the chaincode itself. */
  private static final List<String> CHAINCODE_ONLY =
      List.of(
          "org/hyperledger/fabric/shim/",
          "org/hyperledger/fabric/contract/",
          "io/timecoin/chaincode/");

  @Test
  void no_production_jar_contains_a_test_kit_class() throws IOException {
    Set<String> kitClasses = new TreeSet<>(classesBeside(InMemoryStub.class));
    kitClasses.addAll(classesBeside(InProcessNetwork.class));
    assertThat(kitClasses)
        .contains(
            "io/timecoin/chaincode/testing/InMemoryStub.class",
            "io/timecoin/client/testing/InProcessNetwork.class");

    for (Path jar : checkedJars()) {
      List<String> offending = new ArrayList<>();
      for (String entry : entries(jar)) {
        if (kitClasses.contains(entry) || KIT_PACKAGES.stream().anyMatch(entry::startsWith)) {
          offending.add(entry);
        }
      }
      assertThat(offending).as("test kit classes in %s", jar).isEmpty();
    }
  }

  @Test
  void the_client_jar_needs_neither_the_shim_nor_the_chaincode() throws IOException {
    Path clientJar =
        checkedJars().stream()
            .filter(jar -> jar.getFileName().toString().startsWith("ledger-client-"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no ledger-client jar in testkit.checkedJars"));
    List<String> offending = new ArrayList<>();
    try (JarFile jar = new JarFile(clientJar.toFile())) {
      for (JarEntry entry : jar.stream().toList()) {
        if (!entry.getName().endsWith(".class")) {
          continue;
        }
        // A class names every class it uses in its constant pool, as a UTF-8 internal name.
        String text;
        try (InputStream in = jar.getInputStream(entry)) {
          text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        for (String prefix : CHAINCODE_ONLY) {
          if (text.contains(prefix)) {
            offending.add(entry.getName() + " -> " + prefix);
          }
        }
      }
    }
    assertThat(offending).as("client classes that need the chaincode side").isEmpty();
  }

  private static List<Path> checkedJars() {
    String property = System.getProperty("testkit.checkedJars");
    assertThat(property).as("system property testkit.checkedJars (set by the pom)").isNotBlank();
    List<Path> jars = Arrays.stream(property.split(",")).map(String::strip).map(Path::of).toList();
    for (Path jar : jars) {
      assertThat(jar)
          .as("%s must exist: run this check through `mvn verify`, which packages it first", jar)
          .isRegularFile();
    }
    return jars;
  }

  private static List<String> entries(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.stream().map(JarEntry::getName).toList();
    }
  }

  /** The class files of the jar or directory that {@code type} was loaded from. */
  private static List<String> classesBeside(Class<?> type) throws IOException {
    Path location;
    try {
      location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException("cannot locate " + type.getName(), e);
    }
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        return files
            .filter(file -> file.toString().endsWith(".class"))
            .map(file -> location.relativize(file).toString().replace('\\', '/'))
            .toList();
      }
    }
    return entries(location).stream().filter(name -> name.endsWith(".class")).toList();
  }
}
