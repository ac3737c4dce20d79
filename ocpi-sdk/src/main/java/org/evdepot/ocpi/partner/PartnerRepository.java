package org.evdepot.ocpi.partner;

import java.util.List;
import java.util.Optional;

/**
 * Where the application keeps its partners and the registration tokens (token A) it has handed out.
 * Implementations must be thread-safe. {@link InMemoryPartnerRepository} serves tests and examples.
 */
public interface PartnerRepository {
  /**
   * Finds the partner that presents a token.
   *
   * @param incomingToken the token from the Authorization header
   * @return the partner, or empty
   */
  Optional<Partner> findByIncomingToken(String incomingToken);

  /**
   * Finds a partner by local ID.
   *
   * @param id the ID
   * @return the partner, or empty
   */
  Optional<Partner> find(String id);

  /**
   * Inserts or replaces a partner (by ID).
   *
   * @param partner the partner
   */
  void save(Partner partner);

  /**
   * Removes a partner.
   *
   * @param id the ID
   */
  void delete(String id);

  /**
   * All partners.
   *
   * @return a snapshot
   */
  List<Partner> all();

  /**
   * Records a token A handed out offline to a party that will register with us.
   *
   * @param token the token
   */
  void addRegistrationToken(String token);

  /**
   * Whether a token is an unused token A.
   *
   * @param token the token
   * @return true when it may be used to register
   */
  boolean isRegistrationToken(String token);

  /**
   * Invalidates a token A once it has been used.
   *
   * @param token the token
   */
  void removeRegistrationToken(String token);
}
