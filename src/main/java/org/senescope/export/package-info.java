/**
 * Network export: the formats a network can be written in (one sub-package per format: {@code cx2}, {@code xgmml}
 * with its Style XML, {@code graphml}, {@code sif}, {@code cyjs}) and what they share.
 *
 * <p>Every format writes the same attribute columns, computed once by {@link org.senescope.export.AttributeTables}
 * into {@link org.senescope.model.table.AttributeTable}s and named in {@link org.senescope.model.table.Columns}; every styled format draws its shapes and colours from
 * {@link org.senescope.export.NetworkStyle}, and an overlay's colours from
 * {@link org.senescope.export.OverlayStyle}. {@link org.senescope.model.format.NetworkFormat} lists the files each format
 * produces as {@link org.senescope.export.files.OutputFile}s, which {@link org.senescope.output.AtomicFileWriter} puts on
 * disk as one set. Writers are stateless: same network in, same bytes out, to a stream the caller owns. May use the
 * model, the gene tables and {@code output}; never reads users' files.
 */
package org.senescope.export;
