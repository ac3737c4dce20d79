/** Implementation of the RPC layer and its Tyrus transport. Not API: may change in any release. */
package org.evdepot.ocpp.internal.rpc;
