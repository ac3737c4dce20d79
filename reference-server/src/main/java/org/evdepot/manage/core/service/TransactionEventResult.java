package org.evdepot.manage.core.service;

/**
 * The answer to a 2.0.1 TransactionEvent.
 *
 * @param transactionDbId the server's id of the transaction
 * @param duplicate true when this (transactionId, seqNo) was already stored; nothing changed
 * @param idTokenInfo authorization of the id token, or null when none was sent
 */
public record TransactionEventResult(
    long transactionDbId, boolean duplicate, AuthorizationResult idTokenInfo) {}
