/**
 * Node positions: a seeded force-directed layout for networks without a curated one, and the removal of overlaps
 * between node boxes at the figure's scale. Both are deterministic: the same input gives the same positions.
 */
package org.senescope.render.layout;
