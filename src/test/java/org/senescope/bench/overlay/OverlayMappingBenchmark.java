package org.senescope.bench.overlay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.senescope.read.table.TableOptions;
import org.senescope.knowledge.GeneReference;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.Network;
import org.senescope.overlay.InputTable;
import org.senescope.overlay.InputTableReader;
import org.senescope.overlay.OverlayMapper;
import org.senescope.model.overlay.OverlayOptions;
import org.senescope.model.overlay.MappedOverlay;

/**
 * A 60,000-row DESeq2 table read from disk and mapped onto the network: detection of the columns and identifier
 * type, every row looked up, duplicates resolved, the report built. The network and the gene tables are loaded once,
 * as in a Cytoscape session; a new mapper per call, so no lookup is remembered between calls. Target: 0.3 s or less.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class OverlayMappingBenchmark {

    private Network network;
    private GeneReference genes;
    private Path file;

    @Setup(Level.Trial)
    public void generate() throws Exception {
        genes = SenescenceImmunityNetwork.bundledGenes();
        network = SenescenceImmunityNetwork.buildBundled();
        file = SyntheticDeseqTable.write(Files.createTempFile("deseq2-60000-", ".tsv"), 60_000, 7, genes.human());
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public MappedOverlay readAndMap() throws IOException {
        InputTable table = InputTableReader.read(file, TableOptions.defaults());
        return new OverlayMapper(network, genes).map(List.of(table), OverlayOptions.defaults());
    }

    @Benchmark
    public InputTable readOnly() throws IOException {
        return InputTableReader.read(file, TableOptions.defaults());
    }
}
