/**
 * Runtime support for the generated OCPP codecs: typed token readers that report schema violations
 * with their path, a fast RFC 3339 timestamp reader and writer, and tree handling for the few
 * free-form values. Not API: the generated code in {@code org.evdepot.ocpp.v16} and {@code
 * org.evdepot.ocpp.v201} is its only intended user.
 */
package org.evdepot.ocpp.internal.codec;
