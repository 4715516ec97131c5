/**
 * Edge routing around obstacles: a straight segment when it clears every other node, else the shortest path in a
 * visibility graph over the corners of the node boxes grown by a clearance, drawn with rounded bends that are checked
 * to clear the boxes too; routes already drawn can be made to cost extra to run along ({@link RouteUsage}), so that
 * later routes take other tracks. Deterministic: the same boxes, end points and earlier routes give the same route.
 */
package org.senescope.render.route;
