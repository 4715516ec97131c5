// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.presentation;

import org.cytoscape.view.model.VisualLexicon;

/** Knows the renderers (only the member Senescope uses). Without a renderer the default lexicon is null. */
public interface RenderingEngineManager {
    VisualLexicon getDefaultVisualLexicon();
}
