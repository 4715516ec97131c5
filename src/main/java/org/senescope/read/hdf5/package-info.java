/**
 * HDF5 files for the single-cell readers, through jhdf (pure Java): opening a file with HDF5's errors turned into
 * {@link org.senescope.failure.InputFormatException}s that name the file and the object, reading numeric datasets in
 * blocks into the primitive arrays the readers keep, and refusing compression filters other than gzip and shuffle
 * before reading.
 */
package org.senescope.read.hdf5;
