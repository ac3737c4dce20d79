package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * Credentials exchanged during registration (OCPI 2.2.1 §7.2.1). {@code toString()} hides the
 * token.
 *
 * <p>Wire fields: {@code token}, {@code url}, {@code roles}. Required fields are checked when the
 * record is built; optional ones may be {@code null}.
 *
 * @param token token the receiver of this object uses to call the sender
 * @param url URL of the sender's versions endpoint
 * @param roles roles the platform of the sender hosts
 */
public record Credentials(
    @JsonProperty("token") String token,
    @JsonProperty("url") String url,
    @JsonProperty("roles") List<CredentialsRole> roles) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public Credentials {
    Objects.requireNonNull(token, "Credentials.token is required");
    Objects.requireNonNull(url, "Credentials.url is required");
    Objects.requireNonNull(roles, "Credentials.roles is required");
    roles = List.copyOf(roles);
  }

  /** Never prints the token. */
  @Override
  public String toString() {
    return "Credentials[token=***, url=" + url + ", roles=" + roles + "]";
  }
}
