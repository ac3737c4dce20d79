/**
 * Typed OCPI 2.2.1 clients per module and role, thin facades over {@link
 * org.evdepot.ocpi.client.PartnerClient}: the {@code Cpo*} clients are what a CPO calls at an eMSP
 * (pushes to its receivers, pulls of its tokens, command results), the {@code Emsp*} clients what
 * an eMSP calls at a CPO (pulls of its senders, token pushes, commands). Each checks on creation
 * that the partner speaks 2.2.1 and offers the interface. For 2.1.1 use the generic {@code
 * PartnerClient} with the {@code v211} classes.
 */
package org.evdepot.ocpi.client.v221;
