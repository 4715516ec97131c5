/**
 * Network export: the formats a network can be written in, one sub-package per format, and what they share.
 *
 * <p>Every format writes the same attribute columns, computed once by {@link org.senescope.io.AttributeTable} and
 * named in {@link org.senescope.io.Columns}; every styled format draws its shapes and colours from
 * {@link org.senescope.io.NetworkStyle}. {@link org.senescope.io.NetworkFormat} lists the files each format
 * produces, and {@link org.senescope.io.AtomicFileWriter} puts them on disk so that no half-written file ever
 * exists. Writers are stateless: same network in, same bytes out.
 */
package org.senescope.io;
