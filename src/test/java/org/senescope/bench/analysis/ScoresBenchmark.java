package org.senescope.bench.analysis;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.senescope.analysis.SetSizeFilter;
import org.senescope.analysis.scores.Gsva;
import org.senescope.analysis.scores.Plage;
import org.senescope.analysis.scores.SampleScores;
import org.senescope.analysis.scores.SsGsea;
import org.senescope.analysis.scores.ZScore;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.model.data.GeneSet;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Per-sample scores of 446 gene sets on 12,625 genes x 128 samples (the sizes; GSVA 1.46 takes 20 s for
 * ssGSEA and 19 s for GSVA on them). The matrix is seeded log2-scale data: a gene mean plus normal noise, values
 * rounded to two decimals so that ties occur as in real arrays. Targets: ssGSEA 1 s or less, GSVA 2 s or less.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class ScoresBenchmark {

    @Param({"ssgsea", "gsva", "zscore", "plage"})
    public String method;

    private ExpressionMatrix matrix;
    private List<GeneSet> sets;

    @Setup(Level.Trial)
    public void generate() {
        int genes = 12_625;
        int samples = 128;
        matrix = SyntheticGeneSets.matrix(genes, samples, 3);
        List<String> names = matrix.rowIds();
        sets = SyntheticGeneSets.sets(names, 446, 4);
    }

    @Benchmark
    public SampleScores score() {
        SetSizeFilter filter = new SetSizeFilter(15, 500);
        return switch (method) {
            case "ssgsea" -> SsGsea.score(matrix, sets, filter, SsGsea.DEFAULT_ALPHA, true);
            case "gsva" -> Gsva.score(matrix, sets, filter, Gsva.Kernel.GAUSSIAN, true);
            case "zscore" -> ZScore.score(matrix, sets, filter);
            default -> Plage.score(matrix, sets, filter);
        };
    }
}
