package org.evdepot.manage.core.service;

/**
 * What happened to the samples of a MeterValues message.
 *
 * @param stored samples stored
 * @param flagged of which flagged as outside the transaction window or going backwards
 */
public record MeterValuesResult(int stored, int flagged) {}
