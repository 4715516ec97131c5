package org.senescope.bench.analysis;

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
import org.senescope.analysis.FilteredGeneSets;
import org.senescope.analysis.SetSizeFilter;
import org.senescope.analysis.limma.Camera;
import org.senescope.analysis.limma.CameraSetResult;
import org.senescope.analysis.limma.Fry;
import org.senescope.analysis.limma.FrySetResult;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.model.data.SampleGroups;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * limma's camera (inter-gene correlation 0.01) and fry on the P53 data's shape: 10,100 genes x 50 samples in two groups
 * of 33 and 17, 446 gene sets (limma's camera takes 0.04 s; target 0.1 s or less). Seeded log2-scale data as in
 * {@link ScoresBenchmark}; the time includes the moderated-t fit (camera) or the effects matrix and its
 * standardisation (fry), as a user's call does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class CameraBenchmark {

    private ExpressionMatrix matrix;
    private SampleGroups groups;
    private FilteredGeneSets sets;

    @Setup(Level.Trial)
    public void generate() {
        int genes = 10_100;
        int samples = 50;
        matrix = SyntheticGeneSets.matrix(genes, samples, 5);
        List<String> names = matrix.rowIds();
        List<String> labels = new ArrayList<>();
        for (int s = 0; s < samples; s++) {
            labels.add(s < 33 ? "MUT" : "WT");
        }
        groups = new SampleGroups(List.of("MUT", "WT"), labels);
        sets = new SetSizeFilter(15, 500).apply(SyntheticGeneSets.sets(names, 446, 6), names);
    }

    @Benchmark
    public List<CameraSetResult> camera() {
        return Camera.camera(matrix, groups, "WT", "MUT", sets, Camera.DEFAULT_INTER_GENE_COR, false);
    }

    @Benchmark
    public List<FrySetResult> fry() {
        return Fry.fry(matrix, groups, "WT", "MUT", sets);
    }
}
