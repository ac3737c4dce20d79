package org.evdepot.ocpi.partner;

import java.util.List;
import java.util.Objects;
import org.evdepot.ocpi.OcpiVersion;
import org.evdepot.ocpi.v221.BusinessDetails;

/**
 * This platform's identity: the public base URL its OCPI server answers on, the party it hosts and
 * the versions it speaks. The versions endpoint is {@code baseUrl + "/versions"}, a version's
 * details are at {@code baseUrl + "/" + version}, its modules below that.
 *
 * @param baseUrl public base URL without trailing slash, e.g. {@code https://cpo.example/ocpi}
 * @param party our party
 * @param businessDetails our business details, sent in credentials
 * @param versions versions we speak
 */
public record LocalPlatform(
    String baseUrl, PartyRef party, BusinessDetails businessDetails, List<OcpiVersion> versions) {
  /** Checks fields. */
  public LocalPlatform {
    Objects.requireNonNull(baseUrl, "platform.baseUrl is required");
    if (baseUrl.endsWith("/")) {
      throw new IllegalArgumentException("platform.baseUrl must not end with '/': " + baseUrl);
    }
    Objects.requireNonNull(party, "platform.party is required");
    Objects.requireNonNull(businessDetails, "platform.businessDetails is required");
    versions = List.copyOf(versions);
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("platform.versions must not be empty");
    }
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
