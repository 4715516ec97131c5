// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.vizmap;

import java.util.Set;

import org.cytoscape.view.model.CyNetworkView;

public interface VisualMappingManager {
    void addVisualStyle(VisualStyle visualStyle);
    void removeVisualStyle(VisualStyle visualStyle);

    void setVisualStyle(VisualStyle visualStyle, CyNetworkView view);

    VisualStyle getVisualStyle(CyNetworkView view);

    Set<VisualStyle> getAllVisualStyles();
}
