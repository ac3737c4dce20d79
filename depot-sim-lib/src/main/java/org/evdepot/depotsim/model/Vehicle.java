package org.evdepot.depotsim.model;

import java.util.List;

/**
 * A vehicle of the fleet: at the depot at the scenario start with {@code initialSoc}, then driving
 * its blocks in order.
 *
 * @param id unique vehicle id
 * @param typeId its {@link VehicleType} id
 * @param initialSoc SoC at the scenario start, 0..1
 * @param priority larger is served first when not every target can be met
 * @param blocks its duties, ordered and not overlapping
 */
public record Vehicle(
    String id, String typeId, double initialSoc, int priority, List<Block> blocks) {
  /** Validates every field and copies the blocks. */
  public Vehicle {
    Checks.id("vehicle id", id);
    Checks.id("vehicle " + id + " typeId", typeId);
    Checks.fraction("vehicle " + id + " initialSoc", initialSoc);
    blocks = List.copyOf(Checks.notNull("vehicle " + id + " blocks", blocks));
    for (int i = 1; i < blocks.size(); i++) {
      if (blocks.get(i).departure() < blocks.get(i - 1).returnAt()) {
        throw new IllegalArgumentException(
            "vehicle " + id + " block " + i + " departs before block " + (i - 1) + " returns");
      }
    }
  }
}
