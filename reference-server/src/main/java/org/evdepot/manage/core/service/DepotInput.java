package org.evdepot.manage.core.service;

import java.math.BigDecimal;

/**
 * What an operator sets on a depot.
 *
 * @param name unique name
 * @param gridLimitKw grid connection limit in kW, not negative
 * @param timezone IANA time zone, or null for UTC
 */
public record DepotInput(String name, BigDecimal gridLimitKw, String timezone) {}
