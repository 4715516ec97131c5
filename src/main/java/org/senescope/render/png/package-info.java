/**
 * PNG back end: any {@link org.senescope.render.Drawing} (network figure or plot) drawn into a white bitmap at its
 * physical size and the resolution asked for, with pHYs metadata. Depends on {@link org.senescope.render} and the JDK's
 * ImageIO.
 */
package org.senescope.render.png;
