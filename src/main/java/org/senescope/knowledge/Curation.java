package org.senescope.knowledge;

import org.senescope.model.Claim;
import org.senescope.model.Module;
import org.senescope.model.Node;
import org.senescope.model.Position;
import org.senescope.model.SeedSource;

import java.util.List;
import java.util.Map;

/**
 * The curation as read and checked, before claims merge into edges.
 *
 * @param sources the seed documents, with their SHA-256
 * @param modules the modules nodes may belong to
 * @param nodes   the nodes, in file order
 * @param claims  the claims, in file order, every quote found in its seed
 * @param layout  the preset position of every node
 * @param curatedLayout false when the curation has no {@code layout.tsv} and {@code layout} is a placeholder grid
 */
public record Curation(
        List<SeedSource> sources,
        List<Module> modules,
        List<Node> nodes,
        List<Claim> claims,
        Map<String, Position> layout,
        boolean curatedLayout) {

    public Curation {
        sources = List.copyOf(sources);
        modules = List.copyOf(modules);
        nodes = List.copyOf(nodes);
        claims = List.copyOf(claims);
        layout = Map.copyOf(layout);
    }
}
