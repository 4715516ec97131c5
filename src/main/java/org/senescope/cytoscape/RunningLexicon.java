package org.senescope.cytoscape;

import java.util.Optional;

import org.cytoscape.view.model.VisualLexicon;
import org.cytoscape.view.presentation.RenderingEngineManager;

/**
 * The visual lexicon of the renderer Cytoscape runs now, asked for each time a style is installed: a renderer may
 * register after Senescope starts, and Cytoscape without a renderer (or without its rendering-engine service) has
 * none. Shapes and arrows are taken only from it (see {@link LexiconValues}).
 */
@FunctionalInterface
interface RunningLexicon {

    /** The running renderer's lexicon; empty when there is no renderer. */
    Optional<VisualLexicon> current();

    /** The default lexicon of {@code renderers}, which is null in Cytoscape until a renderer has registered. */
    static RunningLexicon of(RenderingEngineManager renderers) {
        return () -> Optional.ofNullable(renderers.getDefaultVisualLexicon());
    }
}
