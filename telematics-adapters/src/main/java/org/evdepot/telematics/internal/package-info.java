/** Implementation details shared by the adapters; not API, may change without notice. */
package org.evdepot.telematics.internal;
