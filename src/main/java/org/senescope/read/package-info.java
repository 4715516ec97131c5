/**
 * Reading users' data, one sub-package per format: delimited tables ({@code table}), expression matrices
 * ({@code matrix}), GCT, CLS, ranked lists ({@code rnk}), Excel workbooks ({@code xlsx}), gene sets ({@code gmt}),
 * sample sheets and earlier result tables ({@code results}).
 *
 * <p>Every reader reads from a path or from a stream the caller owns, through the bounded, gzip-aware input of
 * {@link org.senescope.input}, takes typed options, returns an immutable result that says what it skipped, and
 * reports bad content as one {@link org.senescope.failure.InputFormatException} naming file, line and column. May use
 * the model and {@code input}; never writes.
 */
package org.senescope.read;
