package org.evdepot.manage;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.evdepot.manage.connect.ocpp.OcppConnectServer;
import org.evdepot.manage.core.event.OutboxRelay;
import org.evdepot.manage.messagelog.MessageLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the parts that write to the database in the order that loses nothing, when the application
 * is asked to stop (SIGTERM, Ctrl-C, {@code ApplicationContext.close()}): first the OCPP endpoint
 * (no new frames; handlers still running finish), then the outbox relay (a last drain), then the
 * message log (everything queued is written). Only then may the container destroy the database pool
 * and the embedded PostgreSQL; its own destruction order does not guarantee that, and a test once
 * saw the database go first and the last batch of frames lost.
 */
@Singleton
public class OrderlyShutdown {
  private static final Logger LOG = LoggerFactory.getLogger(OrderlyShutdown.class);

  private final BeanProvider<OcppConnectServer> ocpp;
  private final BeanProvider<OutboxRelay> relay;
  private final BeanProvider<MessageLog> messageLog;

  /**
   * @param ocpp the OCPP endpoint, when enabled
   * @param relay the outbox relay
   * @param messageLog the message log
   */
  public OrderlyShutdown(
      BeanProvider<OcppConnectServer> ocpp,
      BeanProvider<OutboxRelay> relay,
      BeanProvider<MessageLog> messageLog) {
    this.ocpp = ocpp;
    this.relay = relay;
    this.messageLog = messageLog;
  }

  /**
   * Runs before any bean is destroyed.
   *
   * @param event shutdown
   */
  @EventListener
  public void onShutdown(ShutdownEvent event) {
    ocpp.ifPresent(OcppConnectServer::stop);
    relay.ifPresent(OutboxRelay::stop);
    messageLog.ifPresent(MessageLog::close);
    LOG.info("Stopped the OCPP endpoint, the outbox relay and the message log");
  }
}
