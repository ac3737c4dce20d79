/** Implementation details of the OCPI SDK; not API, may change without notice. */
package org.evdepot.ocpi.internal;
