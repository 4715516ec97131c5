package org.senescope.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.senescope.model.Network;
import org.senescope.model.data.GeneSet;
import org.senescope.read.gmt.GmtFile;
import org.senescope.read.gmt.GmtReader;

/**
 * The gene sets of a {@link GeneSetChoice}, read: the GMT files' sets in file order, then the network's modules;
 * where each came from; what was recorded as settings and what the reader changed, in words. Immutable.
 *
 * @param all      every set, in order (a repeated name is left to the size filter, which keeps the first)
 * @param sources  each name's source, for its first set: {@value #MODULE} or the GMT file's name
 * @param modules  the names that are the network's modules, whose sets are in the data's identifiers
 *                 ({@link ModuleIdentifiers})
 * @param settings what the settings table records of the sets: files, modules, size range
 * @param notes    what the GMT reader changed or left out, one line each
 */
public record GeneSetCatalog(List<GeneSet> all, Map<String, String> sources, Set<String> modules,
                             Map<String, String> settings, List<String> notes) {

    /** The source of a set that is one of the network's modules. */
    public static final String MODULE = "module";

    public GeneSetCatalog {
        all = List.copyOf(all);
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        modules = Collections.unmodifiableSet(new LinkedHashSet<>(modules));
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        notes = List.copyOf(notes);
    }

    /**
     * Reads the sets {@code choice} names, building the bundled network or the curation for its modules, whose sets
     * are put in the identifiers of {@code data} ({@link ModuleIdentifiers}).
     *
     * @throws org.senescope.failure.InputFormatException naming file, line and column of a bad GMT line
     * @throws org.senescope.failure.BadRequestException  when a curation folder is not a folder
     * @throws IOException                                when a file cannot be read
     */
    static GeneSetCatalog load(GeneSetChoice choice, DataIdentifiers data) throws IOException {
        return read(choice, choice.modules().load(), data);
    }

    /** As {@link #load(GeneSetChoice, DataIdentifiers)}, the modules (when chosen) taken from {@code network}. */
    static GeneSetCatalog load(GeneSetChoice choice, Network network, DataIdentifiers data) throws IOException {
        return read(choice, choice.modules() instanceof ModuleChoice.None ? Optional.empty() : Optional.of(network),
                data);
    }

    private static GeneSetCatalog read(GeneSetChoice choice, Optional<Network> network, DataIdentifiers data)
            throws IOException {
        List<GeneSet> all = new ArrayList<>();
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, String> settings = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (Path file : choice.gmtFiles()) {
            GmtFile gmt = new GmtReader().read(file);
            String name = Objects.toString(file.getFileName(), file.toString());
            gmt.sets().forEach(s -> sources.putIfAbsent(s.name(), name));
            all.addAll(gmt.sets());
            settings.merge("gene_sets", file.toString(), (a, b) -> a + "|" + b);
            gmt.notices().forEach(n -> notes.add(n.describe(file.toString())));
        }
        Set<String> modules = new LinkedHashSet<>();
        if (network.isPresent()) {
            ModuleIdentifiers translated = ModuleIdentifiers.of(network.get(), data);
            List<GeneSet> moduleSets = translated.sets();
            moduleSets.forEach(s -> sources.putIfAbsent(s.name(), MODULE));
            moduleSets.forEach(s -> modules.add(s.name()));
            all.addAll(moduleSets);
            settings.put("network_modules", "yes");
            settings.putAll(translated.settings());
            notes.addAll(translated.notes());
        }
        settings.put("min_size", Integer.toString(choice.minSize()));
        settings.put("max_size", Integer.toString(choice.maxSize()));
        return new GeneSetCatalog(all, sources, modules, settings, notes);
    }

    /**
     * The names sets are shown by, for {@code names} in order: a module's label (e.g. {@code p53–p21 arrest} for
     * {@code p53_p21_arrest}), any other set's own name.
     */
    public List<String> labels(List<String> names) {
        Map<String, GeneSet> byName = byName();
        return names.stream().map(name -> {
            GeneSet first = byName.get(name);
            return first != null && MODULE.equals(sources.get(name)) && !first.description().isBlank()
                    ? first.description() : name;
        }).toList();
    }

    /** Every set's name mapped to its first set, in order. */
    public Map<String, GeneSet> byName() {
        Map<String, GeneSet> byName = new LinkedHashMap<>();
        all.forEach(s -> byName.putIfAbsent(s.name(), s));
        return byName;
    }
}
