/**
 * 10x Genomics feature-barcode matrices in HDF5 ({@code .h5}): Cell Ranger 3's {@code /matrix} group and Cell Ranger
 * 1 and 2's one group per genome ({@link TenxH5Reader}).
 */
package org.senescope.read.tenxh5;
