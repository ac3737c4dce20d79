/**
 * The credentials handshake: {@link org.evdepot.ocpi.registration.Registrar} registers with a
 * partner from token A, accepts registrations, updates credentials (PUT, version switch) and
 * unregisters (DELETE), always choosing the highest mutual version.
 */
package org.evdepot.ocpi.registration;
