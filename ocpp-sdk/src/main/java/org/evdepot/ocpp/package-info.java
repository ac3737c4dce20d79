/**
 * OCPP-J 1.6 and 2.0.1: RPC framing, typed messages, validation, CSMS and charging station roles
 * over jakarta.websocket (Tyrus).
 */
package org.evdepot.ocpp;
