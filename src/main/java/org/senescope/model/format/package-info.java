/**
 * The file formats a user can ask for, by name: network formats and figure formats. Only names and extensions; the
 * writers live in {@code export.files} and {@code render.files}, so that both front ends can name a format without
 * reaching the code that writes it.
 */
package org.senescope.model.format;
