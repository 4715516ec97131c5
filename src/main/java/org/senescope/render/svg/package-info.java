/** SVG figures drawn with JFreeSVG: vector shapes and text as text, sized in points. */
package org.senescope.render.svg;
