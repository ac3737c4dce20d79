package org.evdepot.manage.messagelog;

import io.micronaut.context.annotation.ConfigurationProperties;

/** Settings of the message log writer ({@code evdepot.message-log.*}). */
@ConfigurationProperties("evdepot.message-log")
public class MessageLogSettings {

  private int queueCapacity = 100_000;
  private int batchSize = 500;

  /**
   * @return frames queued at most before new ones are dropped
   */
  public int getQueueCapacity() {
    return queueCapacity;
  }

  /**
   * @param queueCapacity frames queued at most, at least 1
   */
  public void setQueueCapacity(int queueCapacity) {
    if (queueCapacity < 1) {
      throw new IllegalArgumentException(
          "evdepot.message-log.queue-capacity must be at least 1, got: " + queueCapacity);
    }
    this.queueCapacity = queueCapacity;
  }

  /**
   * @return frames written per database round trip at most
   */
  public int getBatchSize() {
    return batchSize;
  }

  /**
   * @param batchSize frames per batch, at least 1
   */
  public void setBatchSize(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException(
          "evdepot.message-log.batch-size must be at least 1, got: " + batchSize);
    }
    this.batchSize = batchSize;
  }
}
