package io.timecoin.client;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One gateway peer the client may use: its {@code host:port}, the CA that signed its TLS
 * certificate, and the name in that certificate when it differs from the host dialled. Immutable.
 *
 * <p>A {@link LedgerConnectionConfig} lists one or more, in order of preference; when one cannot be
 * reached the client tries the next.
 */
public final class GatewayEndpoint {

  private static final Pattern HOST_PORT =
      Pattern.compile(
          "(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?):([0-9]{1,5})");

  private final String address;
  private final Path tlsRootCertificate;
  private final String tlsHostnameOverride;

  private GatewayEndpoint(String address, Path tlsRootCertificate, String tlsHostnameOverride) {
    this.address = requireAddress(address);
    this.tlsRootCertificate = Objects.requireNonNull(tlsRootCertificate, "tlsRootCertificate");
    if (tlsHostnameOverride != null && tlsHostnameOverride.isBlank()) {
      throw new IllegalArgumentException("tlsHostnameOverride must not be blank");
    }
    this.tlsHostnameOverride = tlsHostnameOverride;
  }

  /**
   * An endpoint whose TLS certificate names the host dialled.
   *
   * @param address {@code host:port}, e.g. {@code peer0.platform.example.com:7051}.
   * @param tlsRootCertificate PEM file of the CA that signed the peer's TLS certificate.
   * @return the endpoint.
   * @throws IllegalArgumentException if the address is not {@code host:port} with a port 1-65535.
   */
  public static GatewayEndpoint of(String address, Path tlsRootCertificate) {
    return new GatewayEndpoint(address, tlsRootCertificate, null);
  }

  /**
   * An endpoint dialled by one name (often an IP address) whose certificate carries another.
   *
   * @param address {@code host:port}, e.g. {@code 127.0.0.1:7051}.
   * @param tlsRootCertificate PEM file of the CA that signed the peer's TLS certificate.
   * @param tlsHostnameOverride the name in the certificate, e.g. {@code
   *     peer0.platform.timecoin.local}.
   * @return the endpoint.
   * @throws IllegalArgumentException if the address is not {@code host:port} with a port 1-65535,
   *     or the override is blank.
   */
  public static GatewayEndpoint of(
      String address, Path tlsRootCertificate, String tlsHostnameOverride) {
    return new GatewayEndpoint(
        address,
        tlsRootCertificate,
        Objects.requireNonNull(tlsHostnameOverride, "tlsHostnameOverride"));
  }

  /**
   * The peer's gRPC address.
   *
   * @return {@code host:port}.
   */
  public String address() {
    return address;
  }

  /**
   * PEM file with the CA certificate(s) the peer's TLS certificate must chain to.
   *
   * @return the path.
   */
  public Path tlsRootCertificate() {
    return tlsRootCertificate;
  }

  /**
   * The name to expect in the peer's TLS certificate instead of the host dialled.
   *
   * @return the override, or empty to check the certificate against the host dialled.
   */
  public Optional<String> tlsHostnameOverride() {
    return Optional.ofNullable(tlsHostnameOverride);
  }

  static String requireAddress(String address) {
    Objects.requireNonNull(address, "address");
    Matcher matcher = HOST_PORT.matcher(address);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "endpoint must be host:port, e.g. 127.0.0.1:7051, not '" + address + "'");
    }
    int port = Integer.parseInt(matcher.group(2));
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("endpoint port must be 1-65535: " + address);
    }
    return address;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GatewayEndpoint that
        && address.equals(that.address)
        && tlsRootCertificate.equals(that.tlsRootCertificate)
        && Objects.equals(tlsHostnameOverride, that.tlsHostnameOverride);
  }

  @Override
  public int hashCode() {
    return Objects.hash(address, tlsRootCertificate, tlsHostnameOverride);
  }

  @Override
  public String toString() {
    return tlsHostnameOverride == null ? address : address + " (" + tlsHostnameOverride + ")";
  }
}
