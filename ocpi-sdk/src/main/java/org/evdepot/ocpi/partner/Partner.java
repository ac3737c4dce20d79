package org.evdepot.ocpi.partner;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.evdepot.ocpi.InterfaceRole;
import org.evdepot.ocpi.ModuleId;
import org.evdepot.ocpi.OcpiVersion;
import org.evdepot.ocpi.ParsingMode;

/**
 * A roaming partner as this platform knows it after (or during) the credentials handshake.
 *
 * <p>{@code incomingToken} is the token the partner presents when calling us (token B or C in the
 * spec's naming, depending on who initiated); {@code outgoingToken} is the one we present when
 * calling them. {@code toString()} never prints tokens.
 *
 * @param id local identifier
 * @param version the agreed OCPI version
 * @param incomingToken token the partner uses to call us
 * @param outgoingToken token we use to call the partner
 * @param versionsUrl the partner's versions endpoint
 * @param endpoints the partner's endpoints for {@code version}
 * @param parties the parties (roles) the partner hosts; empty while the handshake is pending
 * @param registered whether the handshake completed
 * @param tokenEncoding how we write our token into requests to this partner
 * @param parsingMode how strictly we parse this partner's JSON
 */
public record Partner(
    String id,
    OcpiVersion version,
    String incomingToken,
    String outgoingToken,
    String versionsUrl,
    List<EndpointRef> endpoints,
    List<PartyRef> parties,
    boolean registered,
    TokenEncoding tokenEncoding,
    ParsingMode parsingMode) {

  /** Checks required fields and copies lists. */
  public Partner {
    Objects.requireNonNull(id, "partner.id is required");
    Objects.requireNonNull(version, "partner.version is required");
    Objects.requireNonNull(incomingToken, "partner.incomingToken is required");
    Objects.requireNonNull(outgoingToken, "partner.outgoingToken is required");
    Objects.requireNonNull(versionsUrl, "partner.versionsUrl is required");
    endpoints = List.copyOf(endpoints);
    parties = List.copyOf(parties);
    Objects.requireNonNull(tokenEncoding, "partner.tokenEncoding is required");
    Objects.requireNonNull(parsingMode, "partner.parsingMode is required");
  }

  /**
   * The partner's endpoint for a module and interface role. 2.1.1 endpoints have no role and match
   * any role.
   *
   * @param module module
   * @param role the role of the partner's interface we want to call
   * @return the URL, or empty when the partner does not offer it
   */
  public Optional<String> endpoint(ModuleId module, InterfaceRole role) {
    for (EndpointRef e : endpoints) {
      if (e.module() == module && (e.role() == null || e.role() == role)) {
        return Optional.of(e.url());
      }
    }
    return Optional.empty();
  }

  /**
   * The first party the partner hosts, used for routing headers and 2.1.1 object keys.
   *
   * @return the party, or empty while the handshake is pending
   */
  public Optional<PartyRef> mainParty() {
    return parties.isEmpty() ? Optional.empty() : Optional.of(parties.get(0));
  }

  /**
   * Copy with other tokens.
   *
   * @param incoming new incoming token
   * @param outgoing new outgoing token
   * @return the copy
   */
  public Partner withTokens(String incoming, String outgoing) {
    return new Partner(
        id,
        version,
        incoming,
        outgoing,
        versionsUrl,
        endpoints,
        parties,
        registered,
        tokenEncoding,
        parsingMode);
  }

  @Override
  public String toString() {
    return "Partner[id="
        + id
        + ", version="
        + version.wire()
        + ", versionsUrl="
        + versionsUrl
        + ", parties="
        + parties
        + ", registered="
        + registered
        + ", tokens=***]";
  }
}
