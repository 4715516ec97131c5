/**
 * SVG back end: any {@link org.senescope.render.Drawing} (network figure or plot) drawn with JFreeSVG, vector shapes
 * and text as text, sized in points. Depends on {@link org.senescope.render} and JFreeSVG.
 */
package org.senescope.render.svg;
