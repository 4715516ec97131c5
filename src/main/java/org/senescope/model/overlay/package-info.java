/**
 * Choices a user makes about laying data over the network, as plain values both front ends can pass (e.g. which
 * species the identifiers are). Enums and records only; the mapping itself is {@code overlay}'s. Depends on nothing
 * but the JDK.
 */
package org.senescope.model.overlay;
