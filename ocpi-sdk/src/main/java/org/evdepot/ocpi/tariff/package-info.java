/**
 * Pricing of sessions and CDRs from OCPI tariffs ({@link
 * org.evdepot.ocpi.tariff.TariffCalculator}), following OCPI 2.2.1 §11: first matching element per
 * dimension, restrictions, step sizes and min/max price.
 */
package org.evdepot.ocpi.tariff;
