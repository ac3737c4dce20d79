/**
 * Framework-neutral OCPI server: {@link org.evdepot.ocpi.server.OcpiServer} turns an {@link
 * org.evdepot.ocpi.server.OcpiRequest} into an {@link org.evdepot.ocpi.server.OcpiResponse}, with
 * token rules, versions, credentials and routing checks; module interfaces are {@link
 * org.evdepot.ocpi.server.ModuleEndpoint}s ({@link org.evdepot.ocpi.server.SenderEndpoint} with
 * pagination, {@link org.evdepot.ocpi.server.ReceiverEndpoint}, the commands endpoints) backed by
 * {@link org.evdepot.ocpi.server.ObjectRepository} implementations.
 */
package org.evdepot.ocpi.server;
