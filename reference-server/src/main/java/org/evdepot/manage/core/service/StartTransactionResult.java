package org.evdepot.manage.core.service;

/**
 * The answer to a 1.6 StartTransaction.
 *
 * @param transactionId the integer id to send
 * @param idTagInfo authorization of the id tag
 * @param duplicate true when this repeated an earlier StartTransaction and got its id
 */
public record StartTransactionResult(
    int transactionId, AuthorizationResult idTagInfo, boolean duplicate) {}
