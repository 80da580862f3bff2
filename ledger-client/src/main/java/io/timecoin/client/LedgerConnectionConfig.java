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
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything needed to connect to the timecoin chaincode through one organisation's gateway peers:
 * one or more {@link GatewayEndpoint}s in order of preference, the client identity, channel,
 * chaincode and a deadline per stage of a call. Immutable and thread-safe.
 *
 * <p>Build one with {@link #builder()}, or read the file that the network scripts write for each
 * organisation with {@link #fromProperties(Path)}, where environment variables override the file
 * (see {@link #environmentVariable(String)}).
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

  /**
   * Default time budget of one write in all: attempts, re-runs after read conflicts, commit-status
   * waits and the settling of an unknown outcome. 30 s lets 32 writers on one account (one commit
   * per block) all commit, and still answers a write within half a minute while ordering is down.
   */
  public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);

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

  /**
   * Property key: MSP id of the platform's organisation. Needed for insurance writes, which the
   * platform's and the insurer's peers must endorse ({@link
   * io.timecoin.model.WriteTransaction#endorsers()}).
   */
  public static final String KEY_PLATFORM_MSP_ID = "timecoin.platform.msp.id";

  /** Property key: MSP id of the insurer's organisation; see {@link #KEY_PLATFORM_MSP_ID}. */
  public static final String KEY_INSURER_MSP_ID = "timecoin.insurer.msp.id";

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

  /** Optional property key: the time budget of a whole write, as an ISO-8601 duration. */
  public static final String KEY_WRITE_TIMEOUT = "timecoin.timeout.write";

  /**
   * Property key prefix of the further gateway endpoints, tried in order after the first: {@code
   * timecoin.peer.2.endpoint}, {@code timecoin.peer.2.tlsRootCert} (defaults to the first
   * endpoint's), {@code timecoin.peer.2.hostnameOverride} (optional), then {@code 3}, and so on
   * without gaps.
   */
  public static final String KEY_FURTHER_PEER_PREFIX = "timecoin.peer.";

  /**
   * Environment variable with a comma-separated list of {@code host:port} that replaces the
   * addresses of the endpoints (the first, then {@code 2}, {@code 3}...); each keeps the TLS
   * settings of its position in the file.
   */
  public static final String ENV_ENDPOINTS = "TIMECOIN_LEDGER_ENDPOINTS";

  private static final Pattern FURTHER_PEER_KEY =
      Pattern.compile("timecoin\\.peer\\.([0-9]+)\\.(endpoint|tlsRootCert|hostnameOverride)");

  private final List<GatewayEndpoint> endpoints;
  private final String mspId;
  private final String platformMspId;
  private final String insurerMspId;
  private final Path clientCertificate;
  private final Path privateKey;
  private final String channelName;
  private final String chaincodeName;
  private final Duration evaluateTimeout;
  private final Duration endorseTimeout;
  private final Duration submitTimeout;
  private final Duration commitStatusTimeout;
  private final Duration writeTimeout;

  private LedgerConnectionConfig(Builder builder) {
    List<GatewayEndpoint> all = new ArrayList<>();
    all.add(
        builder.tlsHostnameOverride == null
            ? GatewayEndpoint.of(builder.peerEndpoint, builder.tlsRootCertificate)
            : GatewayEndpoint.of(
                builder.peerEndpoint, builder.tlsRootCertificate, builder.tlsHostnameOverride));
    all.addAll(builder.furtherEndpoints);
    this.endpoints = List.copyOf(all);
    this.mspId = builder.mspId;
    this.platformMspId = builder.platformMspId;
    this.insurerMspId = builder.insurerMspId;
    this.clientCertificate = builder.clientCertificate;
    this.privateKey = builder.privateKey;
    this.channelName = builder.channelName;
    this.chaincodeName = builder.chaincodeName;
    this.evaluateTimeout = builder.evaluateTimeout;
    this.endorseTimeout = builder.endorseTimeout;
    this.submitTimeout = builder.submitTimeout;
    this.commitStatusTimeout = builder.commitStatusTimeout;
    this.writeTimeout = builder.writeTimeout;
  }

  private LedgerConnectionConfig(LedgerConnectionConfig other, Duration writeTimeout) {
    this.endpoints = other.endpoints;
    this.mspId = other.mspId;
    this.platformMspId = other.platformMspId;
    this.insurerMspId = other.insurerMspId;
    this.clientCertificate = other.clientCertificate;
    this.privateKey = other.privateKey;
    this.channelName = other.channelName;
    this.chaincodeName = other.chaincodeName;
    this.evaluateTimeout = other.evaluateTimeout;
    this.endorseTimeout = other.endorseTimeout;
    this.submitTimeout = other.submitTimeout;
    this.commitStatusTimeout = other.commitStatusTimeout;
    this.writeTimeout = writeTimeout;
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
   * timecoin.platform.msp.id=PlatformMSP
   * timecoin.insurer.msp.id=InsurerMSP
   * timecoin.identity.certificate=/abs/path/cert.pem
   * timecoin.identity.privateKey=/abs/path/priv_sk
   * timecoin.channel=timecoin
   * timecoin.chaincode=timecoin
   * </pre>
   *
   * <p>The hostname override and the {@code timecoin.timeout.*} keys (ISO-8601 durations) are
   * optional; so are the platform's and the insurer's MSP ids, without which insurance writes are
   * refused before sending. Further endpoints are {@code timecoin.peer.2.endpoint} and so on (see
   * {@link #KEY_FURTHER_PEER_PREFIX}). Every key can be overridden by an environment variable named
   * by {@link #environmentVariable(String)}, and {@value #ENV_ENDPOINTS} replaces the endpoint
   * addresses. Relative paths resolve against the folder that holds the file. The file is read as
   * UTF-8; the certificate and key files are only read by {@link TimeCoinLedger#connect}.
   *
   * @param file the properties file.
   * @return the configuration.
   * @throws IllegalArgumentException if a required key is missing or a value is invalid; the
   *     message names the key (or environment variable) and the file.
   * @throws UncheckedIOException if the file cannot be read.
   */
  public static LedgerConnectionConfig fromProperties(Path file) {
    return fromProperties(file, System.getenv());
  }

  /**
   * Reads a connection file like {@link #fromProperties(Path)}, with the given environment instead
   * of the process's.
   *
   * @param file the properties file.
   * @param environment variables that override the file, as {@link System#getenv()} returns them.
   * @return the configuration.
   * @throws IllegalArgumentException if a required key is missing or a value is invalid.
   * @throws UncheckedIOException if the file cannot be read.
   */
  public static LedgerConnectionConfig fromProperties(Path file, Map<String, String> environment) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(environment, "environment");
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read ledger connection file " + file, e);
    }
    return new PropertiesReader(file, properties, environment).read();
  }

  /**
   * The environment variable that overrides a property key: {@code TIMECOIN_LEDGER_} followed by
   * the key without {@code timecoin.}, words split at dots and capitals, in upper case. For example
   * {@code timecoin.peer.endpoint} is {@code TIMECOIN_LEDGER_PEER_ENDPOINT} and {@code
   * timecoin.timeout.commitStatus} is {@code TIMECOIN_LEDGER_TIMEOUT_COMMIT_STATUS}.
   *
   * @param key a property key starting with {@code timecoin.}.
   * @return the variable name.
   */
  public static String environmentVariable(String key) {
    String rest = key.startsWith("timecoin.") ? key.substring("timecoin.".length()) : key;
    return "TIMECOIN_LEDGER_"
        + rest.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('.', '_').toUpperCase(Locale.ROOT);
  }

  /**
   * The gateway endpoints in order of preference: the first is tried first, the next ones when it
   * cannot be reached.
   *
   * @return one or more endpoints.
   */
  public List<GatewayEndpoint> endpoints() {
    return endpoints;
  }

  /**
   * The first gateway peer endpoint as {@code host:port}.
   *
   * @return the endpoint.
   */
  public String peerEndpoint() {
    return endpoints.get(0).address();
  }

  /**
   * The host name to expect in the peer's TLS certificate, when the endpoint dials another name or
   * an IP address (e.g. {@code peer0.platform.timecoin.local} while dialling {@code 127.0.0.1}).
   *
   * @return the override, or empty to verify against the endpoint's host.
   */
  public Optional<String> tlsHostnameOverride() {
    return endpoints.get(0).tlsHostnameOverride();
  }

  /**
   * PEM file with the CA certificate(s) that the first peer's TLS certificate must chain to.
   *
   * @return the path.
   */
  public Path tlsRootCertificate() {
    return endpoints.get(0).tlsRootCertificate();
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
   * MSP id of the platform's organisation, one of the two that endorse insurance writes.
   *
   * @return the MSP id, or empty if not configured.
   */
  public Optional<String> platformMspId() {
    return Optional.ofNullable(platformMspId);
  }

  /**
   * MSP id of the insurer's organisation, one of the two that endorse insurance writes.
   *
   * @return the MSP id, or empty if not configured.
   */
  public Optional<String> insurerMspId() {
    return Optional.ofNullable(insurerMspId);
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

  /**
   * Time budget of one write in all (every attempt, pause, commit-status wait and the settling of
   * an unknown outcome). When it runs out the write fails with {@link LedgerUnavailableException}
   * (nothing sent for ordering) or {@link LedgerOutcomeUnknownException} (resolve by requestId).
   *
   * @return a positive duration.
   */
  public Duration writeTimeout() {
    return writeTimeout;
  }

  /**
   * This configuration with another write time budget (an HTTP service that promises an answer
   * within a bound sets it below that bound).
   *
   * @param timeout a positive duration.
   * @return a copy with that budget.
   */
  public LedgerConnectionConfig withWriteTimeout(Duration timeout) {
    return new LedgerConnectionConfig(this, Builder.requirePositive(timeout, "writeTimeout"));
  }

  @Override
  public String toString() {
    return "LedgerConnectionConfig{endpoints="
        + endpoints
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
    private String platformMspId;
    private String insurerMspId;
    private Path clientCertificate;
    private Path privateKey;
    private String channelName;
    private String chaincodeName;
    private Duration evaluateTimeout = DEFAULT_EVALUATE_TIMEOUT;
    private Duration endorseTimeout = DEFAULT_ENDORSE_TIMEOUT;
    private Duration submitTimeout = DEFAULT_SUBMIT_TIMEOUT;
    private Duration commitStatusTimeout = DEFAULT_COMMIT_STATUS_TIMEOUT;
    private Duration writeTimeout = DEFAULT_WRITE_TIMEOUT;
    private final List<GatewayEndpoint> furtherEndpoints = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a gateway endpoint to try, in the order added, when the ones before it cannot be
     * reached. The first endpoint is the one set by {@link #peerEndpoint}, {@link
     * #tlsRootCertificate} and {@link #tlsHostnameOverride}.
     *
     * @param endpoint a further endpoint.
     * @return this builder.
     */
    public Builder addEndpoint(GatewayEndpoint endpoint) {
      furtherEndpoints.add(Objects.requireNonNull(endpoint, "endpoint"));
      return this;
    }

    /**
     * Sets the gateway peer endpoint.
     *
     * @param endpoint {@code host:port}, e.g. {@code 127.0.0.1:7051}.
     * @return this builder.
     * @throws IllegalArgumentException if it is not {@code host:port} with a port in 1-65535.
     */
    public Builder peerEndpoint(String endpoint) {
      Objects.requireNonNull(endpoint, "peerEndpoint");
      try {
        this.peerEndpoint = GatewayEndpoint.requireAddress(endpoint);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("peerEndpoint: " + e.getMessage(), e);
      }
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
     * Sets the platform organisation's MSP id, needed to have insurance writes endorsed by it.
     *
     * @param mspId e.g. {@code PlatformMSP}.
     * @return this builder.
     */
    public Builder platformMspId(String mspId) {
      this.platformMspId = requireNotBlank(mspId, "platformMspId");
      return this;
    }

    /**
     * Sets the insurer organisation's MSP id, needed to have insurance writes endorsed by it.
     *
     * @param mspId e.g. {@code InsurerMSP}.
     * @return this builder.
     */
    public Builder insurerMspId(String mspId) {
      this.insurerMspId = requireNotBlank(mspId, "insurerMspId");
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
     * Sets the time budget of one write in all.
     *
     * @param timeout a positive duration.
     * @return this builder.
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = requirePositive(timeout, "writeTimeout");
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

    private Path firstTlsRootCertificate() {
      return tlsRootCertificate;
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

  /**
   * Maps one properties file, with environment overrides, onto a builder, naming the key (or the
   * variable) and the file in every failure.
   */
  private static final class PropertiesReader {
    private final Path file;
    private final Path folder;
    private final Properties properties;
    private final Map<String, String> environment;
    private final Builder builder = builder();
    private final List<String> missing = new ArrayList<>();

    PropertiesReader(Path file, Properties properties, Map<String, String> environment) {
      this.file = file;
      this.folder = file.toAbsolutePath().getParent();
      this.properties = properties;
      this.environment = environment;
    }

    LedgerConnectionConfig read() {
      List<String> addresses = endpointAddresses();
      if (addresses.isEmpty()) {
        missing.add(KEY_PEER_ENDPOINT);
      } else {
        apply(
            sourceOf(KEY_PEER_ENDPOINT),
            addresses.get(0),
            Function.identity(),
            builder::peerEndpoint);
      }
      optional(KEY_HOSTNAME_OVERRIDE, builder::tlsHostnameOverride);
      requiredPath(KEY_TLS_ROOT_CERT, builder::tlsRootCertificate);
      required(KEY_MSP_ID, builder::mspId);
      optional(KEY_PLATFORM_MSP_ID, builder::platformMspId);
      optional(KEY_INSURER_MSP_ID, builder::insurerMspId);
      requiredPath(KEY_CERTIFICATE, builder::clientCertificate);
      requiredPath(KEY_PRIVATE_KEY, builder::privateKey);
      required(KEY_CHANNEL, builder::channelName);
      required(KEY_CHAINCODE, builder::chaincodeName);
      optionalDuration(KEY_EVALUATE_TIMEOUT, builder::evaluateTimeout);
      optionalDuration(KEY_ENDORSE_TIMEOUT, builder::endorseTimeout);
      optionalDuration(KEY_SUBMIT_TIMEOUT, builder::submitTimeout);
      optionalDuration(KEY_COMMIT_STATUS_TIMEOUT, builder::commitStatusTimeout);
      optionalDuration(KEY_WRITE_TIMEOUT, builder::writeTimeout);
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            "Missing key(s) "
                + String.join(", ", missing)
                + " in ledger connection file "
                + file
                + " (or their environment variables)");
      }
      for (int position = 2; position <= addresses.size(); position++) {
        builder.addEndpoint(furtherEndpoint(position, addresses.get(position - 1)));
      }
      return builder.build();
    }

    /**
     * The addresses of endpoints 1, 2, ...: from {@value #ENV_ENDPOINTS} if set, else from the
     * first endpoint key and the numbered keys, which must not leave gaps.
     */
    private List<String> endpointAddresses() {
      int numbered = highestFurtherEndpoint();
      String list = environment.get(ENV_ENDPOINTS);
      if (list != null && !list.isBlank()) {
        List<String> addresses = new ArrayList<>();
        for (String address : list.split(",", -1)) {
          if (address.isBlank()) {
            throw new IllegalArgumentException(
                "Invalid value for environment variable "
                    + ENV_ENDPOINTS
                    + ": an empty entry in the comma-separated host:port list");
          }
          addresses.add(address.strip());
        }
        return addresses;
      }
      List<String> addresses = new ArrayList<>();
      Optional<String> first = value(KEY_PEER_ENDPOINT);
      if (first.isEmpty()) {
        if (numbered > 0) {
          missing.add(KEY_PEER_ENDPOINT);
        }
        return addresses;
      }
      addresses.add(first.get());
      for (int position = 2; position <= numbered; position++) {
        String key = furtherKey(position, "endpoint");
        Optional<String> address = value(key);
        if (address.isEmpty()) {
          throw new IllegalArgumentException(
              "Missing key "
                  + key
                  + " in ledger connection file "
                  + file
                  + ": endpoints are numbered 2, 3, ... without gaps");
        }
        addresses.add(address.get());
      }
      return addresses;
    }

    /** The highest n of the {@code timecoin.peer.<n>.*} keys, refusing unknown ones. */
    private int highestFurtherEndpoint() {
      int highest = 0;
      for (String key : properties.stringPropertyNames()) {
        if (!key.startsWith(KEY_FURTHER_PEER_PREFIX)
            || !Character.isDigit(key.charAt(KEY_FURTHER_PEER_PREFIX.length()))) {
          continue;
        }
        Matcher matcher = FURTHER_PEER_KEY.matcher(key);
        int position = matcher.matches() ? parsePosition(matcher.group(1)) : -1;
        if (position < 2) {
          throw new IllegalArgumentException(
              "Unknown key "
                  + key
                  + " in ledger connection file "
                  + file
                  + ": further endpoints are timecoin.peer.<n>.endpoint, .tlsRootCert and"
                  + " .hostnameOverride with n from 2 to 99");
        }
        highest = Math.max(highest, position);
      }
      return highest;
    }

    private static int parsePosition(String digits) {
      return digits.length() > 2 ? -1 : Integer.parseInt(digits);
    }

    private GatewayEndpoint furtherEndpoint(int position, String address) {
      String rootKey = furtherKey(position, "tlsRootCert");
      Path root =
          value(rootKey)
              .map(raw -> parse(sourceOf(rootKey), raw, this::resolve))
              .orElseGet(builder::firstTlsRootCertificate);
      String overrideKey = furtherKey(position, "hostnameOverride");
      Optional<String> override = value(overrideKey);
      String source =
          environment.containsKey(ENV_ENDPOINTS)
              ? ENV_ENDPOINTS
              : sourceOf(furtherKey(position, "endpoint"));
      return parse(
          source,
          address,
          raw ->
              override.isPresent()
                  ? GatewayEndpoint.of(raw, root, override.get())
                  : GatewayEndpoint.of(raw, root));
    }

    private static String furtherKey(int position, String name) {
      return KEY_FURTHER_PEER_PREFIX + position + "." + name;
    }

    private void required(String key, Consumer<String> setter) {
      Optional<String> value = value(key);
      if (value.isEmpty()) {
        missing.add(key);
      } else {
        apply(sourceOf(key), value.get(), Function.identity(), setter);
      }
    }

    private void requiredPath(String key, Consumer<Path> setter) {
      Optional<String> value = value(key);
      if (value.isEmpty()) {
        missing.add(key);
      } else {
        apply(sourceOf(key), value.get(), this::resolve, setter);
      }
    }

    private void optional(String key, Consumer<String> setter) {
      value(key).ifPresent(value -> apply(sourceOf(key), value, Function.identity(), setter));
    }

    private void optionalDuration(String key, Consumer<Duration> setter) {
      value(key).ifPresent(value -> apply(sourceOf(key), value, Duration::parse, setter));
    }

    /** The environment variable's value if it is set and not blank, else the file's. */
    private Optional<String> value(String key) {
      return Optional.ofNullable(environment.get(environmentVariable(key)))
          .map(String::strip)
          .filter(value -> !value.isEmpty())
          .or(
              () ->
                  Optional.ofNullable(properties.getProperty(key))
                      .map(String::strip)
                      .filter(value -> !value.isEmpty()));
    }

    private String sourceOf(String key) {
      String variable = environmentVariable(key);
      String fromEnvironment = environment.get(variable);
      return fromEnvironment != null && !fromEnvironment.isBlank()
          ? "environment variable " + variable
          : key;
    }

    private Path resolve(String value) {
      return folder.resolve(value).normalize();
    }

    private <T> void apply(
        String source, String raw, Function<String, T> parse, Consumer<T> setter) {
      parse(
          source,
          raw,
          text -> {
            setter.accept(parse.apply(text));
            return text;
          });
    }

    private <T> T parse(String source, String raw, Function<String, T> parse) {
      try {
        return parse.apply(raw);
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new IllegalArgumentException(
            "Invalid value for "
                + source
                + " in ledger connection file "
                + file
                + ": "
                + e.getMessage(),
            e);
      }
    }
  }
}
