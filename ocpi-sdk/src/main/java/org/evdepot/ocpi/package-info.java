/**
 * OCPI 2.2.1 and 2.1.1 roaming for CPOs and eMSPs. This package holds what every part shares:
 * versions ({@link org.evdepot.ocpi.OcpiVersion}), modules, status codes, the response envelope and
 * the JSON codec with strict and lenient parsing ({@link org.evdepot.ocpi.OcpiJson}). Objects live
 * in {@code v221} and {@code v211}, the client in {@code client}, the framework-neutral server in
 * {@code server}, the handshake in {@code registration}, tariff pricing in {@code tariff}.
 */
package org.evdepot.ocpi;
