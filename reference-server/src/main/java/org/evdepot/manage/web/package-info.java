/**
 * The Manage web front: for now the served OpenAPI document ({@link
 * org.evdepot.manage.web.OpenApiController}); the operator UI will live here.
 */
package org.evdepot.manage.web;
