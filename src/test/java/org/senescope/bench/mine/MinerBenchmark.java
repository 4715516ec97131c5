package org.senescope.bench.mine;

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
import org.openjdk.jmh.annotations.Warmup;
import org.senescope.knowledge.Curation;
import org.senescope.knowledge.CurationReader;
import org.senescope.knowledge.GeneReference;
import org.senescope.knowledge.ResourceDirectory;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.mine.Miner;
import org.senescope.mine.entities.EntityLexicon;

/**
 * Issue 18's speed target: 1,000 abstract-length documents ({@link SyntheticAbstracts}) mined in under 10 s, one
 * after the other on one thread, with the lexicon of the bundled curation and gene tables built once beforehand
 * (building it is timed apart, {@link #buildLexicon}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class MinerBenchmark {

    private Miner miner;
    private List<String> abstracts;

    @Setup(Level.Trial)
    public void prepare() throws Exception {
        miner = new Miner(buildLexicon());
        abstracts = SyntheticAbstracts.of(1_000, 18L);
    }

    @Benchmark
    public int mine1000Abstracts() {
        return mineAll(miner, abstracts);
    }

    /** The bundled curation read and its lexicon built with the human and mouse gene tables (tables already read). */
    @Benchmark
    public EntityLexicon buildLexicon() throws Exception {
        GeneReference genes = SenescenceImmunityNetwork.bundledGenes();
        Curation curation = CurationReader.read(ResourceDirectory.bundled(SenescenceImmunityNetwork.BUNDLED_CURATION),
                ResourceDirectory.bundled(SenescenceImmunityNetwork.BUNDLED_SEEDS), genes);
        return EntityLexicon.of(curation.nodes(), genes.human(), genes.mouse());
    }

    /** Mines every document; returns the number of candidates so the work cannot be optimised away. */
    static int mineAll(Miner miner, List<String> documents) {
        int candidates = 0;
        for (int i = 0; i < documents.size(); i++) {
            candidates += miner.mine("abstract-" + i + ".txt", documents.get(i)).candidates().size();
        }
        return candidates;
    }
}
