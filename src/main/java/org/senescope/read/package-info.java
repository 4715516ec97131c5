/**
 * Reading users' data, one sub-package per format: delimited tables ({@code table}), expression matrices
 * ({@code matrix}), GCT, CLS, ranked lists ({@code rnk}), Excel workbooks ({@code xlsx}), gene sets ({@code gmt}),
 * sample sheets and earlier result tables ({@code results}).
 *
 * <p>Every reader implements one contract, {@link org.senescope.read.DataReader}: typed options fixed when it is made,
 * then a path or a stream the caller owns, read through the bounded, gzip-aware input of {@code input}
 * ({@link org.senescope.read.InputFile}, {@link org.senescope.read.InputText}), into an immutable result that says
 * what was skipped; bad content is one {@link org.senescope.failure.InputFormatException} naming file, line and
 * column. This package holds the contract and what the formats share (limits, decoded text, table layouts, skipped
 * lines). May use the model, {@code failure} and {@code input}; writes nothing but the temporary copy an xlsx
 * stream needs.
 */
package org.senescope.read;
