package org.evdepot.ocpi.partner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Thread-safe in-memory {@link PartnerRepository} for tests and examples. */
public final class InMemoryPartnerRepository implements PartnerRepository {
  private final Map<String, Partner> byId = new ConcurrentHashMap<>();
  private final Set<String> registrationTokens = ConcurrentHashMap.newKeySet();

  /** Creates an empty repository. */
  public InMemoryPartnerRepository() {}

  @Override
  public Optional<Partner> findByIncomingToken(String incomingToken) {
    return byId.values().stream().filter(p -> p.incomingToken().equals(incomingToken)).findFirst();
  }

  @Override
  public Optional<Partner> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public void save(Partner partner) {
    byId.put(partner.id(), partner);
  }

  @Override
  public void delete(String id) {
    byId.remove(id);
  }

  @Override
  public List<Partner> all() {
    return new ArrayList<>(byId.values());
  }

  @Override
  public void addRegistrationToken(String token) {
    registrationTokens.add(token);
  }

  @Override
  public boolean isRegistrationToken(String token) {
    return registrationTokens.contains(token);
  }

  @Override
  public void removeRegistrationToken(String token) {
    registrationTokens.remove(token);
  }
}
