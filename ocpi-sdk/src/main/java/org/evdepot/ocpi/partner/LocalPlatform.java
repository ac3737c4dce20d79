package org.evdepot.ocpi.partner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.evdepot.ocpi.OcpiVersion;
import org.evdepot.ocpi.Role;
import org.evdepot.ocpi.v221.BusinessDetails;

/**
 * This platform's identity: the public base URL its OCPI server answers on, the parties (roles) it
 * hosts and the versions it speaks. The versions endpoint is {@code baseUrl + "/versions"}, a
 * version's details are at {@code baseUrl + "/" + version}, its modules below that.
 *
 * <p>OCPI 2.2.1 lets one platform have several roles (the credentials {@code roles} list), e.g. a
 * depot operator that is both CPO and eMSP. The first party is the main one: it is the only one
 * sent in 2.1.1 credentials (which have no roles) and the fallback when no party has the role a
 * module interface calls for.
 *
 * @param baseUrl public base URL without trailing slash, e.g. {@code https://cpo.example/ocpi}
 * @param parties our parties, at least one, each (country code, party ID, role) once
 * @param businessDetails our business details, sent in credentials
 * @param versions versions we speak
 */
public record LocalPlatform(
    String baseUrl,
    List<PartyRef> parties,
    BusinessDetails businessDetails,
    List<OcpiVersion> versions) {
  /** Checks fields. */
  public LocalPlatform {
    Objects.requireNonNull(baseUrl, "platform.baseUrl is required");
    if (baseUrl.endsWith("/")) {
      throw new IllegalArgumentException("platform.baseUrl must not end with '/': " + baseUrl);
    }
    Objects.requireNonNull(parties, "platform.parties is required");
    parties = List.copyOf(parties);
    if (parties.isEmpty()) {
      throw new IllegalArgumentException("platform.parties must not be empty");
    }
    Set<String> seen = new HashSet<>();
    for (PartyRef p : parties) {
      String key =
          p.countryCode().toUpperCase(Locale.ROOT)
              + "/"
              + p.partyId().toUpperCase(Locale.ROOT)
              + "/"
              + p.role();
      if (!seen.add(key)) {
        throw new IllegalArgumentException("platform.parties lists " + key + " twice");
      }
    }
    Objects.requireNonNull(businessDetails, "platform.businessDetails is required");
    versions = List.copyOf(versions);
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("platform.versions must not be empty");
    }
  }

  /**
   * A platform with one party (one role).
   *
   * @param baseUrl public base URL without trailing slash
   * @param party our party
   * @param businessDetails our business details
   * @param versions versions we speak
   */
  public LocalPlatform(
      String baseUrl, PartyRef party, BusinessDetails businessDetails, List<OcpiVersion> versions) {
    this(
        baseUrl,
        List.of(Objects.requireNonNull(party, "platform.party is required")),
        businessDetails,
        versions);
  }

  /**
   * The main party (the first).
   *
   * @return the party
   */
  public PartyRef party() {
    return parties.get(0);
  }

  /**
   * Our party with a role, or the main party when we have none with that role.
   *
   * @param role the market role, or null for the main party
   * @return the party
   */
  public PartyRef party(Role role) {
    return findParty(role).orElse(party());
  }

  /**
   * Our party with a role.
   *
   * @param role the market role
   * @return the party, or empty
   */
  public Optional<PartyRef> findParty(Role role) {
    return parties.stream().filter(p -> p.role() == role).findFirst();
  }

  /**
   * Whether one of our parties has these codes.
   *
   * @param countryCode country code
   * @param partyId party ID
   * @return true when hosted here
   */
  public boolean hosts(String countryCode, String partyId) {
    return parties.stream().anyMatch(p -> p.matches(countryCode, partyId));
  }

  /**
   * Our versions endpoint.
   *
   * @return the URL
   */
  public String versionsUrl() {
    return baseUrl + "/versions";
  }

  /**
   * Our version details endpoint.
   *
   * @param version the version
   * @return the URL
   */
  public String versionUrl(OcpiVersion version) {
    return baseUrl + "/" + version.wire();
  }
}
