package org.senescope.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.senescope.analysis.FilteredGeneSets;
import org.senescope.analysis.limma.Camera;
import org.senescope.analysis.limma.CameraSetResult;
import org.senescope.analysis.limma.Fry;
import org.senescope.analysis.limma.FrySetResult;
import org.senescope.failure.BadDataException;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.output.PlannedFile;

/**
 * limma's gene-set tests of two groups ({@code senescope camera}), as limma 3.54 computes them: reads the matrix, the
 * groups and the sets, tests the sets on the samples of the two compared groups (samples of other groups are left
 * out, not pooled into the variance), and plans {@code METHOD.tsv}, {@code METHOD-skipped.tsv} and
 * {@code METHOD-settings.tsv} (METHOD is camera or fry). Nothing is written here. Stateless and thread-safe.
 */
public final class CameraJob {

    private CameraJob() {
    }

    /**
     * Tests the sets {@code request} names.
     *
     * @throws org.senescope.failure.InputFormatException naming file, line and column of bad content in the matrix,
     *                                                    the groups or a GMT file, or a compared group too small
     * @throws BadDataException                           when no set has a size in range, or the data cannot be
     *                                                    fitted (a missing value, too few genes)
     * @throws org.senescope.failure.BadRequestException  when the contrast does not name two of the groups
     * @throws IOException                                when a file cannot be read
     */
    public static CameraResult run(CameraRequest request) throws IOException {
        ExpressionMatrix matrix = ExpressionFiles.read(request.expression(), request.log2());
        MatrixGroups groups = MatrixGroups.read(request.groups(), matrix, request.expression().toString());
        GroupContrast compared = GroupContrast.choose(request.contrast(), groups);
        compared.requireSamples(groups, matrix.sampleNames());
        GeneSetCatalog sets = GeneSetCatalog.load(request.geneSets(), new DataIdentifiers(
                request.expression().toString(), matrix.rowIds()));
        GroupContrast.Compared two = compared.restrict(matrix, groups.groups());
        FilteredGeneSets filtered = request.geneSets().filter().apply(sets.all(), matrix.rowIds());
        if (filtered.kept().isEmpty()) {
            throw GeneSetTables.noSetInRange(request.geneSets(), "the data", filtered.skipped());
        }
        CameraMethod method = request.method();
        List<CameraSetResult> camera = new ArrayList<>();
        List<FrySetResult> fry = new ArrayList<>();
        try {
            if (method instanceof CameraMethod.Camera c) {
                camera.addAll(Camera.camera(two.matrix(), two.groups(), compared.reference(), compared.test(),
                        filtered, c.correlation() instanceof CameraMethod.InterGeneCorrelation.Fixed fixed
                                ? fixed.value() : Double.NaN, c.ranks()));
            } else {
                fry.addAll(Fry.fry(two.matrix(), two.groups(), compared.reference(), compared.test(), filtered));
            }
        } catch (IllegalArgumentException e) {
            // limma's own checks of the data: a missing value, too few genes or samples to fit.
            throw new BadDataException(Objects.requireNonNullElse(e.getMessage(), "limma cannot fit these data"), e);
        }
        Map<String, String> settings = new LinkedHashMap<>(sets.settings());
        settings.put("method", describe(method, compared));
        settings.put("expression", request.expression() + (request.log2() ? " (log2 taken)" : ""));
        settings.put("groups", groups.summary());
        Path out = request.directory();
        String name = method.fileName();
        byte[] table = method instanceof CameraMethod.Camera ? CameraTables.camera(camera)
                : CameraTables.fry(fry, filtered);
        List<PlannedFile> files = new ArrayList<>();
        files.add(new PlannedFile(out.resolve(name + ".tsv"), o -> o.write(table)));
        files.addAll(GeneSetTables.plan(out, name + "-skipped.tsv", filtered.skipped(), name + "-settings.tsv",
                settings));
        String significant = method instanceof CameraMethod.Camera
                ? camera.stream().filter(r -> r.fdr() < 0.05).count() + " with FDR < 0.05"
                : fry.stream().filter(r -> r.fdr() < 0.05).count() + " with FDR < 0.05, "
                + fry.stream().filter(r -> r.fdrMixed() < 0.05).count() + " with mixed FDR < 0.05";
        String summary = String.format(Locale.ROOT, "%d gene sets tested (%s), %d skipped (%s)",
                filtered.kept().size(), significant, filtered.skipped().size(),
                GeneSetTables.reasonCounts(filtered.skipped()));
        List<String> notes = new ArrayList<>(sets.notes());
        Map<String, Integer> sizes = new LinkedHashMap<>();
        camera.forEach(r -> sizes.put(r.name(), r.genes()));
        fry.forEach(r -> sizes.put(r.name(), r.genes()));
        notes.addAll(GeneSetTables.smallSetNotes(sizes));
        return new CameraResult(camera, fry, notes, List.of(summary), new OutputSet(out, files).reading(request.inputs()));
    }

    /** The method line of the settings table. */
    private static String describe(CameraMethod method, GroupContrast compared) {
        String groups = compared.test() + " vs " + compared.reference();
        if (!(method instanceof CameraMethod.Camera camera)) {
            return "fry (limma 3.54, standardize = posterior.sd, robust = FALSE, trend = FALSE), " + groups;
        }
        return "camera (limma 3.54), " + groups + (camera.ranks() ? ", ranks" : "") + ", inter-gene correlation "
                + (camera.correlation() instanceof CameraMethod.InterGeneCorrelation.Fixed fixed
                ? Double.toString(fixed.value()) : "estimated per set");
    }
}
