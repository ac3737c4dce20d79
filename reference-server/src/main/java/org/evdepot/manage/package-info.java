/** The Manage reference server: a Micronaut 4 depot charging management system. */
package org.evdepot.manage;
