package org.evdepot.manage.core.api;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

/**
 * The {@link ChargerCommands} of a server without an OCPP endpoint: no charger is ever connected. A
 * real implementation replaces it (this bean is {@link Secondary}).
 */
@Singleton
@Secondary
public class NotConnectedChargerCommands implements ChargerCommands {

  @Override
  public CommandResult execute(String chargerId, ChargerCommand command, CommandRequest request) {
    throw new ChargerNotConnectedException(chargerId);
  }
}
