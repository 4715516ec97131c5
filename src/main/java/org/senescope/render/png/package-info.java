/** PNG figures: the scene drawn into a bitmap at the figure's physical size and resolution, with pHYs metadata. */
package org.senescope.render.png;
