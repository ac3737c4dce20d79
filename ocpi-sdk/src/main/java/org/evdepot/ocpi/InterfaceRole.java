package org.evdepot.ocpi;

/** Which side of a module an endpoint implements (OCPI 2.2.1 §6.2.4). */
public enum InterfaceRole {
  /** The interface of the data owner, e.g. the CPO's locations list. */
  SENDER,
  /** The interface that receives pushed data, e.g. the eMSP's locations store. */
  RECEIVER
}
