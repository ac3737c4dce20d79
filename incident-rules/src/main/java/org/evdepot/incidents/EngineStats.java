package org.evdepot.incidents;

/**
 * Counters of an {@link IncidentEngine}, since it was built.
 *
 * @param accepted events accepted
 * @param late events rejected because they were older than the watermark
 * @param future events rejected because their time was more than the maximum clock skew ahead of
 *     the engine's clock
 * @param processed events evaluated against the rules
 * @param buffered events waiting for the watermark
 * @param pendingTimers timers waiting for the watermark
 * @param trackedKeys dedup keys for which rules hold state
 */
public record EngineStats(
    long accepted,
    long late,
    long future,
    long processed,
    int buffered,
    int pendingTimers,
    long trackedKeys) {}
