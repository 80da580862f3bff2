package io.timecoin.client;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything needed to connect to the timecoin chaincode through one organisation's gateway peer.
 * Immutable and thread-safe.
 *
 * <p>Build one with {@link #builder()}, or read the file that the network scripts write for each
 * organisation with {@link #fromProperties(Path)}.
 */
public final class LedgerConnectionConfig {

  /** Default deadline for evaluating a query on the gateway peer. */
  public static final Duration DEFAULT_EVALUATE_TIMEOUT = Duration.ofSeconds(5);

  /** Default deadline for collecting endorsements (runs the chaincode on several peers). */
  public static final Duration DEFAULT_ENDORSE_TIMEOUT = Duration.ofSeconds(15);

  /** Default deadline for handing an endorsed transaction to the orderer. */
  public static final Duration DEFAULT_SUBMIT_TIMEOUT = Duration.ofSeconds(5);

  /** Default deadline for waiting until the transaction is committed in a block. */
  public static final Duration DEFAULT_COMMIT_STATUS_TIMEOUT = Duration.ofMinutes(1);

  /** Property key: gateway peer endpoint, {@code host:port}. */
  public static final String KEY_PEER_ENDPOINT = "timecoin.peer.endpoint";

  /**
   * Property key: the name in the peer's TLS certificate, when it differs from the host dialled.
   */
  public static final String KEY_HOSTNAME_OVERRIDE = "timecoin.peer.hostnameOverride";

  /** Property key: PEM file of the CA that signed the peer's TLS certificate. */
  public static final String KEY_TLS_ROOT_CERT = "timecoin.peer.tlsRootCert";

  /** Property key: MSP id of the client's organisation. */
  public static final String KEY_MSP_ID = "timecoin.msp.id";

  /** Property key: PEM file of the client's X.509 certificate. */
  public static final String KEY_CERTIFICATE = "timecoin.identity.certificate";

  /** Property key: PEM file of the client's PKCS#8 private key. */
  public static final String KEY_PRIVATE_KEY = "timecoin.identity.privateKey";

  /** Property key: channel name. */
  public static final String KEY_CHANNEL = "timecoin.channel";

  /** Property key: chaincode name. */
  public static final String KEY_CHAINCODE = "timecoin.chaincode";

  /** Optional property key: evaluate deadline as an ISO-8601 duration, e.g. {@code PT5S}. */
  public static final String KEY_EVALUATE_TIMEOUT = "timecoin.timeout.evaluate";

  /** Optional property key: endorse deadline as an ISO-8601 duration. */
  public static final String KEY_ENDORSE_TIMEOUT = "timecoin.timeout.endorse";

  /** Optional property key: submit deadline as an ISO-8601 duration. */
  public static final String KEY_SUBMIT_TIMEOUT = "timecoin.timeout.submit";

  /** Optional property key: commit status deadline as an ISO-8601 duration. */
  public static final String KEY_COMMIT_STATUS_TIMEOUT = "timecoin.timeout.commitStatus";

  private static final Pattern ENDPOINT =
      Pattern.compile(
          "(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?):([0-9]{1,5})");

  private final String peerEndpoint;
  private final String tlsHostnameOverride;
  private final Path tlsRootCertificate;
  private final String mspId;
  private final Path clientCertificate;
  private final Path privateKey;
  private final String channelName;
  private final String chaincodeName;
  private final Duration evaluateTimeout;
  private final Duration endorseTimeout;
  private final Duration submitTimeout;
  private final Duration commitStatusTimeout;

  private LedgerConnectionConfig(Builder builder) {
    this.peerEndpoint = builder.peerEndpoint;
    this.tlsHostnameOverride = builder.tlsHostnameOverride;
    this.tlsRootCertificate = builder.tlsRootCertificate;
    this.mspId = builder.mspId;
    this.clientCertificate = builder.clientCertificate;
    this.privateKey = builder.privateKey;
    this.channelName = builder.channelName;
    this.chaincodeName = builder.chaincodeName;
    this.evaluateTimeout = builder.evaluateTimeout;
    this.endorseTimeout = builder.endorseTimeout;
    this.submitTimeout = builder.submitTimeout;
    this.commitStatusTimeout = builder.commitStatusTimeout;
  }

  /**
   * Starts an empty builder. Deadlines default to {@link #DEFAULT_EVALUATE_TIMEOUT}, {@link
   * #DEFAULT_ENDORSE_TIMEOUT}, {@link #DEFAULT_SUBMIT_TIMEOUT} and {@link
   * #DEFAULT_COMMIT_STATUS_TIMEOUT}; everything else except the hostname override is required.
   *
   * @return a new builder.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a connection file such as {@code <runDir>/clients/<org>.properties}:
   *
   * <pre>
   * timecoin.peer.endpoint=127.0.0.1:7051
   * timecoin.peer.hostnameOverride=peer0.platform.timecoin.local
   * timecoin.peer.tlsRootCert=/abs/path/ca.crt
   * timecoin.msp.id=PlatformMSP
   * timecoin.identity.certificate=/abs/path/cert.pem
   * timecoin.identity.privateKey=/abs/path/priv_sk
   * timecoin.channel=timecoin
   * timecoin.chaincode=timecoin
   * </pre>
   *
   * <p>The hostname override and the {@code timecoin.timeout.*} keys (ISO-8601 durations) are
   * optional. Relative paths resolve against the folder that holds the file. The file is read as
   * UTF-8; the certificate and key files are only read by {@link TimeCoinLedger#connect}.
   *
   * @param file the properties file.
   * @return the configuration.
   * @throws IllegalArgumentException if a required key is missing or a value is invalid; the
   *     message names the key and the file.
   * @throws UncheckedIOException if the file cannot be read.
   */
  public static LedgerConnectionConfig fromProperties(Path file) {
    Objects.requireNonNull(file, "file");
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read ledger connection file " + file, e);
    }
    return new PropertiesReader(file, properties).read();
  }

  /**
   * The gateway peer endpoint as {@code host:port}.
   *
   * @return the endpoint.
   */
  public String peerEndpoint() {
    return peerEndpoint;
  }

  /**
   * The host name to expect in the peer's TLS certificate, when the endpoint dials another name or
   * an IP address (e.g. {@code peer0.platform.timecoin.local} while dialling {@code 127.0.0.1}).
   *
   * @return the override, or empty to verify against the endpoint's host.
   */
  public Optional<String> tlsHostnameOverride() {
    return Optional.ofNullable(tlsHostnameOverride);
  }

  /**
   * PEM file with the CA certificate(s) that the peer's TLS certificate must chain to.
   *
   * @return the path.
   */
  public Path tlsRootCertificate() {
    return tlsRootCertificate;
  }

  /**
   * MSP id of the organisation the client identity belongs to.
   *
   * @return the MSP id.
   */
  public String mspId() {
    return mspId;
  }

  /**
   * PEM file with the client's X.509 certificate.
   *
   * @return the path.
   */
  public Path clientCertificate() {
    return clientCertificate;
  }

  /**
   * PEM file with the client's private key (PKCS#8, as cryptogen writes {@code keystore/priv_sk}).
   *
   * @return the path.
   */
  public Path privateKey() {
    return privateKey;
  }

  /**
   * Channel name.
   *
   * @return the channel.
   */
  public String channelName() {
    return channelName;
  }

  /**
   * Chaincode name.
   *
   * @return the chaincode.
   */
  public String chaincodeName() {
    return chaincodeName;
  }

  /**
   * Deadline for each evaluate (query) call.
   *
   * @return a positive duration.
   */
  public Duration evaluateTimeout() {
    return evaluateTimeout;
  }

  /**
   * Deadline for each endorse call.
   *
   * @return a positive duration.
   */
  public Duration endorseTimeout() {
    return endorseTimeout;
  }

  /**
   * Deadline for each submit (hand to orderer) call.
   *
   * @return a positive duration.
   */
  public Duration submitTimeout() {
    return submitTimeout;
  }

  /**
   * Deadline for each wait for commit status.
   *
   * @return a positive duration.
   */
  public Duration commitStatusTimeout() {
    return commitStatusTimeout;
  }

  @Override
  public String toString() {
    return "LedgerConnectionConfig{peerEndpoint="
        + peerEndpoint
        + ", tlsHostnameOverride="
        + tlsHostnameOverride
        + ", mspId="
        + mspId
        + ", channelName="
        + channelName
        + ", chaincodeName="
        + chaincodeName
        + "}";
  }

  /**
   * Builds a {@link LedgerConnectionConfig}. Every setter rejects null; {@link #build()} names
   * every required setting that was not set. Not thread-safe.
   */
  public static final class Builder {
    private String peerEndpoint;
    private String tlsHostnameOverride;
    private Path tlsRootCertificate;
    private String mspId;
    private Path clientCertificate;
    private Path privateKey;
    private String channelName;
    private String chaincodeName;
    private Duration evaluateTimeout = DEFAULT_EVALUATE_TIMEOUT;
    private Duration endorseTimeout = DEFAULT_ENDORSE_TIMEOUT;
    private Duration submitTimeout = DEFAULT_SUBMIT_TIMEOUT;
    private Duration commitStatusTimeout = DEFAULT_COMMIT_STATUS_TIMEOUT;

    private Builder() {}

    /**
     * Sets the gateway peer endpoint.
     *
     * @param endpoint {@code host:port}, e.g. {@code 127.0.0.1:7051}.
     * @return this builder.
     * @throws IllegalArgumentException if it is not {@code host:port} with a port in 1-65535.
     */
    public Builder peerEndpoint(String endpoint) {
      Objects.requireNonNull(endpoint, "peerEndpoint");
      Matcher matcher = ENDPOINT.matcher(endpoint);
      if (!matcher.matches()) {
        throw new IllegalArgumentException(
            "peerEndpoint must be host:port, e.g. 127.0.0.1:7051, not '" + endpoint + "'");
      }
      int port = Integer.parseInt(matcher.group(2));
      if (port < 1 || port > 65_535) {
        throw new IllegalArgumentException("peerEndpoint port must be 1-65535: " + endpoint);
      }
      this.peerEndpoint = endpoint;
      return this;
    }

    /**
     * Sets the host name expected in the peer's TLS certificate.
     *
     * @param hostname e.g. {@code peer0.platform.timecoin.local}.
     * @return this builder.
     */
    public Builder tlsHostnameOverride(String hostname) {
      this.tlsHostnameOverride = requireNotBlank(hostname, "tlsHostnameOverride");
      return this;
    }

    /**
     * Sets the PEM file of the CA that signed the peer's TLS certificate.
     *
     * @param file the PEM file.
     * @return this builder.
     */
    public Builder tlsRootCertificate(Path file) {
      this.tlsRootCertificate = Objects.requireNonNull(file, "tlsRootCertificate");
      return this;
    }

    /**
     * Sets the client organisation's MSP id.
     *
     * @param mspId e.g. {@code PlatformMSP}.
     * @return this builder.
     */
    public Builder mspId(String mspId) {
      this.mspId = requireNotBlank(mspId, "mspId");
      return this;
    }

    /**
     * Sets the PEM file of the client's X.509 certificate.
     *
     * @param file the PEM file.
     * @return this builder.
     */
    public Builder clientCertificate(Path file) {
      this.clientCertificate = Objects.requireNonNull(file, "clientCertificate");
      return this;
    }

    /**
     * Sets the PEM file of the client's PKCS#8 private key.
     *
     * @param file the PEM file.
     * @return this builder.
     */
    public Builder privateKey(Path file) {
      this.privateKey = Objects.requireNonNull(file, "privateKey");
      return this;
    }

    /**
     * Sets the channel name.
     *
     * @param channelName e.g. {@code timecoin}.
     * @return this builder.
     */
    public Builder channelName(String channelName) {
      this.channelName = requireNotBlank(channelName, "channelName");
      return this;
    }

    /**
     * Sets the chaincode name.
     *
     * @param chaincodeName e.g. {@code timecoin}.
     * @return this builder.
     */
    public Builder chaincodeName(String chaincodeName) {
      this.chaincodeName = requireNotBlank(chaincodeName, "chaincodeName");
      return this;
    }

    /**
     * Sets the deadline for each evaluate call.
     *
     * @param timeout a positive duration.
     * @return this builder.
     */
    public Builder evaluateTimeout(Duration timeout) {
      this.evaluateTimeout = requirePositive(timeout, "evaluateTimeout");
      return this;
    }

    /**
     * Sets the deadline for each endorse call.
     *
     * @param timeout a positive duration.
     * @return this builder.
     */
    public Builder endorseTimeout(Duration timeout) {
      this.endorseTimeout = requirePositive(timeout, "endorseTimeout");
      return this;
    }

    /**
     * Sets the deadline for each submit call.
     *
     * @param timeout a positive duration.
     * @return this builder.
     */
    public Builder submitTimeout(Duration timeout) {
      this.submitTimeout = requirePositive(timeout, "submitTimeout");
      return this;
    }

    /**
     * Sets the deadline for each wait for commit status.
     *
     * @param timeout a positive duration.
     * @return this builder.
     */
    public Builder commitStatusTimeout(Duration timeout) {
      this.commitStatusTimeout = requirePositive(timeout, "commitStatusTimeout");
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @return the configuration.
     * @throws IllegalStateException naming every required setting that was not set.
     */
    public LedgerConnectionConfig build() {
      List<String> missing = new ArrayList<>();
      addIfMissing(missing, peerEndpoint, "peerEndpoint");
      addIfMissing(missing, tlsRootCertificate, "tlsRootCertificate");
      addIfMissing(missing, mspId, "mspId");
      addIfMissing(missing, clientCertificate, "clientCertificate");
      addIfMissing(missing, privateKey, "privateKey");
      addIfMissing(missing, channelName, "channelName");
      addIfMissing(missing, chaincodeName, "chaincodeName");
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            "Ledger connection settings missing: " + String.join(", ", missing));
      }
      return new LedgerConnectionConfig(this);
    }

    private static void addIfMissing(List<String> missing, Object value, String name) {
      if (value == null) {
        missing.add(name);
      }
    }

    private static String requireNotBlank(String value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value;
    }

    private static Duration requirePositive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return value;
    }
  }

  /** Maps one properties file onto a builder, naming the key and the file in every failure. */
  private static final class PropertiesReader {
    private final Path file;
    private final Path folder;
    private final Properties properties;
    private final Builder builder = builder();
    private final List<String> missing = new ArrayList<>();

    PropertiesReader(Path file, Properties properties) {
      this.file = file;
      this.folder = file.toAbsolutePath().getParent();
      this.properties = properties;
    }

    LedgerConnectionConfig read() {
      required(KEY_PEER_ENDPOINT, builder::peerEndpoint);
      optional(KEY_HOSTNAME_OVERRIDE, builder::tlsHostnameOverride);
      requiredPath(KEY_TLS_ROOT_CERT, builder::tlsRootCertificate);
      required(KEY_MSP_ID, builder::mspId);
      requiredPath(KEY_CERTIFICATE, builder::clientCertificate);
      requiredPath(KEY_PRIVATE_KEY, builder::privateKey);
      required(KEY_CHANNEL, builder::channelName);
      required(KEY_CHAINCODE, builder::chaincodeName);
      optionalDuration(KEY_EVALUATE_TIMEOUT, builder::evaluateTimeout);
      optionalDuration(KEY_ENDORSE_TIMEOUT, builder::endorseTimeout);
      optionalDuration(KEY_SUBMIT_TIMEOUT, builder::submitTimeout);
      optionalDuration(KEY_COMMIT_STATUS_TIMEOUT, builder::commitStatusTimeout);
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            "Missing key(s) " + String.join(", ", missing) + " in ledger connection file " + file);
      }
      return builder.build();
    }

    private void required(String key, Consumer<String> setter) {
      Optional<String> value = value(key);
      if (value.isEmpty()) {
        missing.add(key);
      } else {
        apply(key, value.get(), Function.identity(), setter);
      }
    }

    private void requiredPath(String key, Consumer<Path> setter) {
      Optional<String> value = value(key);
      if (value.isEmpty()) {
        missing.add(key);
      } else {
        apply(key, value.get(), this::resolve, setter);
      }
    }

    private void optional(String key, Consumer<String> setter) {
      value(key).ifPresent(value -> apply(key, value, Function.identity(), setter));
    }

    private void optionalDuration(String key, Consumer<Duration> setter) {
      value(key).ifPresent(value -> apply(key, value, Duration::parse, setter));
    }

    private Optional<String> value(String key) {
      return Optional.ofNullable(properties.getProperty(key))
          .map(String::strip)
          .filter(value -> !value.isEmpty());
    }

    private Path resolve(String value) {
      return folder.resolve(value).normalize();
    }

    private <T> void apply(String key, String raw, Function<String, T> parse, Consumer<T> setter) {
      try {
        setter.accept(parse.apply(raw));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new IllegalArgumentException(
            "Invalid value for "
                + key
                + " in ledger connection file "
                + file
                + ": "
                + e.getMessage(),
            e);
      }
    }
  }
}
