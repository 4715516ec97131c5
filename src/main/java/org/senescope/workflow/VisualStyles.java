package org.senescope.workflow;

import org.senescope.export.NetworkStyle;
import org.senescope.export.OverlayStyle;
import org.senescope.model.style.StyleDefinition;

/**
 * Senescope's two visual styles as whole definitions, for a front end that builds styles itself (the Cytoscape
 * adapter): the same decisions every styled export format writes. Stateless and thread-safe.
 */
public final class VisualStyles {

    /** The title of Senescope's style. */
    public static final String NETWORK_STYLE_NAME = NetworkStyle.STYLE_NAME;

    /** The title of the style of networks with data laid over them. */
    public static final String OVERLAY_STYLE_NAME = OverlayStyle.STYLE_NAME;

    private VisualStyles() {
    }

    /** Senescope's style: shape and fill by node kind, arrow by sign, dashed grey negative findings. */
    public static StyleDefinition network() {
        return NetworkStyle.definition();
    }

    /**
     * Senescope's style with nodes filled by an overlay's value on the diverging scale of half-width {@code range}
     * (positive), grey where not measured, and a wide border where significant.
     */
    public static StyleDefinition overlay(double range) {
        return OverlayStyle.definition(range);
    }
}
