/**
 * Credentials for providers: {@link org.evdepot.telematics.auth.OAuth2TokenSource} (client
 * credentials and rotating refresh tokens, renewed before expiry), {@link
 * org.evdepot.telematics.auth.ApiKey}, and {@link org.evdepot.telematics.auth.Secret}, which keeps
 * every secret out of {@code toString()} and logs.
 */
package org.evdepot.telematics.auth;
