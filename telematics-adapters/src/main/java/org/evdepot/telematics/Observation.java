package org.evdepot.telematics;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One measured value with its provenance: when the vehicle observed it, when the provider fetched
 * it from the vehicle, when we received it, and how far it can be trusted.
 *
 * <p>The observation time is never invented: when a provider does not say when a value was
 * measured, {@link #observedAt()} is empty. Ordering ({@link #newest}) then falls back to the
 * provider's fetch time, and a value with neither time only fills a gap, never replacing a value
 * whose time is known.
 *
 * @param <T> the value type
 */
public final class Observation<T> {
  private final T value;
  private final Instant observedAt;
  private final Instant fetchedAt;
  private final Instant receivedAt;
  private final Quality quality;

  private Observation(
      T value, Instant observedAt, Instant fetchedAt, Instant receivedAt, Quality quality) {
    this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    this.quality = Objects.requireNonNull(quality, "quality");
    if (value == null && quality != Quality.UNAVAILABLE) {
      throw new IllegalArgumentException(
          "value must be present unless quality is UNAVAILABLE but quality was " + quality);
    }
    this.value = value;
    this.observedAt = observedAt;
    this.fetchedAt = fetchedAt;
  }

  /**
   * A fresh observation.
   *
   * @param value the measured value
   * @param observedAt when the vehicle measured it, or {@code null} when the provider does not say
   * @param fetchedAt when the provider fetched it, or {@code null} when not known
   * @param receivedAt when our process received it
   */
  public static <T> Observation<T> of(
      T value, Instant observedAt, Instant fetchedAt, Instant receivedAt) {
    return new Observation<>(
        Objects.requireNonNull(value, "value"), observedAt, fetchedAt, receivedAt, Quality.FRESH);
  }

  /** An observation with an explicit quality (for example {@link Quality#ESTIMATED}). */
  public static <T> Observation<T> of(
      T value, Instant observedAt, Instant fetchedAt, Instant receivedAt, Quality quality) {
    return new Observation<>(
        Objects.requireNonNull(value, "value"), observedAt, fetchedAt, receivedAt, quality);
  }

  /** A value the provider did not deliver. */
  public static <T> Observation<T> unavailable(Instant receivedAt) {
    return new Observation<>(null, null, null, receivedAt, Quality.UNAVAILABLE);
  }

  /** The value, empty only when {@link #quality()} is {@link Quality#UNAVAILABLE}. */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** The value or {@code null}; for hot paths that cannot afford an {@link Optional}. */
  public T valueOrNull() {
    return value;
  }

  /** Whether a value is present (it may still be invalid). */
  public boolean isPresent() {
    return value != null;
  }

  /** Whether a value is present and its quality is usable. */
  public boolean isUsable() {
    return value != null && quality.usable();
  }

  /** When the vehicle measured the value; empty when the provider does not say. */
  public Optional<Instant> observedAt() {
    return Optional.ofNullable(observedAt);
  }

  /** When the provider fetched the value from the vehicle; empty when not known. */
  public Optional<Instant> fetchedAt() {
    return Optional.ofNullable(fetchedAt);
  }

  /** When our process received the value. */
  public Instant receivedAt() {
    return receivedAt;
  }

  /** How far the value can be trusted. */
  public Quality quality() {
    return quality;
  }

  /**
   * The time used to order observations: the observation time, else the provider's fetch time;
   * empty when neither is known (our receive time is never used as a measurement time).
   */
  public Optional<Instant> orderingTime() {
    return Optional.ofNullable(observedAt != null ? observedAt : fetchedAt);
  }

  /** A copy with another quality (an unavailable observation stays unavailable). */
  public Observation<T> withQuality(Quality newQuality) {
    if (value == null || newQuality == quality) {
      return this;
    }
    return new Observation<>(value, observedAt, fetchedAt, receivedAt, newQuality);
  }

  /** A copy whose fresh value became stale; other qualities are kept. */
  public Observation<T> stale() {
    return quality == Quality.FRESH ? withQuality(Quality.STALE) : this;
  }

  /** A copy with the value transformed (unit conversion); times and quality are kept. */
  public <R> Observation<R> map(Function<? super T, ? extends R> mapper) {
    if (value == null) {
      return new Observation<>(null, observedAt, fetchedAt, receivedAt, quality);
    }
    return new Observation<>(mapper.apply(value), observedAt, fetchedAt, receivedAt, quality);
  }

  /**
   * The merge rule: which of two observations of the same field to keep. An older observation never
   * overwrites a newer one; an invalid or unavailable one never overwrites a usable one; at equal
   * times the better quality wins (fresh over stale); a value without any known time only fills a
   * gap.
   *
   * @param current the value held so far
   * @param incoming the newly received value
   * @return {@code current} or {@code incoming}
   */
  public static <T> Observation<T> newest(Observation<T> current, Observation<T> incoming) {
    if (incoming.value == null) {
      return current;
    }
    if (current.value == null) {
      return incoming;
    }
    boolean currentUsable = current.quality.usable();
    boolean incomingUsable = incoming.quality.usable();
    if (currentUsable && !incomingUsable) {
      return current;
    }
    if (!currentUsable && incomingUsable) {
      return incoming;
    }
    Instant ti = incoming.observedAt != null ? incoming.observedAt : incoming.fetchedAt;
    Instant tc = current.observedAt != null ? current.observedAt : current.fetchedAt;
    if (ti == null && tc == null) {
      return incoming.receivedAt.isAfter(current.receivedAt) ? incoming : current;
    }
    if (ti == null) {
      return current;
    }
    if (tc == null) {
      return incoming;
    }
    int cmp = ti.compareTo(tc);
    if (cmp != 0) {
      return cmp > 0 ? incoming : current;
    }
    return incoming.quality.ordinal() <= current.quality.ordinal() ? incoming : current;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Observation<?> other
        && Objects.equals(value, other.value)
        && Objects.equals(observedAt, other.observedAt)
        && Objects.equals(fetchedAt, other.fetchedAt)
        && receivedAt.equals(other.receivedAt)
        && quality == other.quality;
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, observedAt, fetchedAt, receivedAt, quality);
  }

  @Override
  public String toString() {
    return "Observation["
        + (value == null ? "-" : value)
        + ", "
        + quality
        + ", observedAt="
        + observedAt
        + ", fetchedAt="
        + fetchedAt
        + ", receivedAt="
        + receivedAt
        + "]";
  }
}
