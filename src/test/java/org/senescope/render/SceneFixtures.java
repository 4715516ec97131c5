package org.senescope.render;

import java.util.List;

import org.senescope.model.figure.FigureOptions;
import org.senescope.demo.SimulatedTimeCourse;
import org.senescope.knowledge.CurationException;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.Network;
import org.senescope.model.data.Measurement;
import org.senescope.model.data.NodeOverlay;
import org.senescope.model.data.Overlay;

/** The bundled network and a small hand-made overlay, built once for the render tests. */
final class SceneFixtures {

    private static Network network;

    private SceneFixtures() {
    }

    static synchronized Network network() {
        if (network == null) {
            try {
                network = SenescenceImmunityNetwork.buildBundled();
            } catch (CurationException e) {
                throw new AssertionError(e);
            }
        }
        return network;
    }

    /** TP53 up and significant, CDKN1A up, Raet1e unchanged, over three conditions. */
    static Overlay overlay() {
        return new Overlay(SimulatedTimeCourse.LABEL + " test data", "log2 fold change", List.of("d2", "d4", "d8"),
                List.of(new NodeOverlay("TP53", List.of(new Measurement(1, 0.01), new Measurement(1.5, 0.001),
                                new Measurement(2, 0.0001)), "Trp53", "mouse symbol Trp53"),
                        new NodeOverlay("CDKN1A", List.of(new Measurement(0.5, 0.2), new Measurement(2.5, 0.01),
                                Measurement.MISSING), "Cdkn1a", "mouse symbol Cdkn1a"),
                        new NodeOverlay("Raet1e", List.of(new Measurement(0.05, 0.9), new Measurement(-0.1, 0.8),
                                new Measurement(0, 1)), "Raet1e", "mouse symbol Raet1e")));
    }

    static FigureOptions options() {
        return FigureOptions.defaults("Test figure", "Test data").withColourLimit(3);
    }
}
