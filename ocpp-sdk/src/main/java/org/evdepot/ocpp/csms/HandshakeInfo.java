package org.evdepot.ocpp.csms;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.evdepot.ocpp.OcppVersion;

/**
 * What a charger presented when it opened its WebSocket, given to a {@link ChargerAuthenticator}
 * before the upgrade completes.
 */
public final class HandshakeInfo {
  private final String chargePointId;
  private final OcppVersion version;
  private final String username;
  private final byte[] password;
  private final String remoteAddress;
  private final String clientCertificateCn;

  /** Creates the info; {@code username} and {@code password} are null without Basic auth. */
  public HandshakeInfo(
      String chargePointId,
      OcppVersion version,
      String username,
      byte[] password,
      String remoteAddress) {
    this(chargePointId, version, username, password, remoteAddress, null);
  }

  /**
   * Creates the info with the subject CN of the client certificate the TLS layer verified (null
   * without one).
   */
  public HandshakeInfo(
      String chargePointId,
      OcppVersion version,
      String username,
      byte[] password,
      String remoteAddress,
      String clientCertificateCn) {
    this.clientCertificateCn = clientCertificateCn;
    this.chargePointId = Objects.requireNonNull(chargePointId, "chargePointId");
    this.version = Objects.requireNonNull(version, "version");
    this.username = username;
    this.password = password == null ? null : password.clone();
    this.remoteAddress = remoteAddress;
  }

  /** The charge point id from the URL path. */
  public String chargePointId() {
    return chargePointId;
  }

  /** The negotiated version. */
  public OcppVersion version() {
    return version;
  }

  /** The HTTP Basic user name, if the charger sent credentials. */
  public Optional<String> username() {
    return Optional.ofNullable(username);
  }

  /**
   * The HTTP Basic password as raw bytes (OCPP 1.6 security profile 1 allows a 20-byte binary
   * password sent as hex, 2.0.1 a passphrase), if sent. A copy.
   */
  public Optional<byte[]> password() {
    return Optional.ofNullable(password).map(byte[]::clone);
  }

  /** Whether the charger sent Basic credentials whose password equals {@code expected}. */
  public boolean passwordEquals(String expected) {
    return password != null
        && expected != null
        && java.security.MessageDigest.isEqual(
            password, expected.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The subject CN of the verified TLS client certificate, if the charger presented one. */
  public Optional<String> clientCertificateCn() {
    return Optional.ofNullable(clientCertificateCn);
  }

  /** The peer address, if known. */
  public Optional<String> remoteAddress() {
    return Optional.ofNullable(remoteAddress);
  }

  @Override
  public String toString() {
    // Never print the password.
    return "HandshakeInfo[chargePointId="
        + chargePointId
        + ", version="
        + version.subprotocol()
        + ", username="
        + username
        + ", password="
        + (password == null ? "none" : "***")
        + ", remoteAddress="
        + remoteAddress
        + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HandshakeInfo
        && ((HandshakeInfo) o).chargePointId.equals(chargePointId)
        && ((HandshakeInfo) o).version == version
        && Objects.equals(((HandshakeInfo) o).username, username)
        && Arrays.equals(((HandshakeInfo) o).password, password);
  }

  @Override
  public int hashCode() {
    return Objects.hash(chargePointId, version, username);
  }
}
