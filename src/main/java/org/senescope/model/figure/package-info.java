/**
 * What a figure is asked to look like, as plain values both front ends can pass: its width on paper, bitmap
 * resolution, how several conditions are shown (fill, heat stripes or small multiples), title, caption, colour limit
 * and where node positions come from. Records and enums only, checked on construction; drawing them is
 * {@code render}'s. Depends on nothing but the JDK ({@code java.lang}, {@code java.util}).
 */
package org.senescope.model.figure;
