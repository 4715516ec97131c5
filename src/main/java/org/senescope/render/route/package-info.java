/**
 * Edge routing around obstacles: a straight segment when it clears every other node, else the shortest path in a
 * visibility graph over the corners of the node boxes grown by a clearance, drawn with rounded bends that are checked
 * to clear the boxes too. Deterministic: the same boxes and end points give the same route.
 */
package org.senescope.render.route;
