package org.senescope.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Captions and methods text of {@code senescope figure} over the real liver DESeq2 tables: every count names what it
 * counts, the fold change's numerator is stated or said not to be, and fonts are mentioned only with a PDF.
 */
class FigureCaptionCommandTest {

    private static final String LIVER = "../shared/data/liver-deseq2/";
    private static final String BASE = "senescence-immunity_figure";

    @TempDir
    Path tmp;

    @Test
    void aTableThatNamesNoDirectionIsSaidToAndNoPdfMeansNoFonts() throws Exception {
        CliRun run = CliRun.of("figure", "--overlay", LIVER + "HS_DESeq2_genesymb.tsv", "--format", "png,html",
                "--out", tmp.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Mapping: Network genes: 17 of 21 gene nodes measured; not measured: CCL3, CCL4, "
                + "CCL5, Raet1e\n"), run.out());
        String methods = Files.readString(tmp.resolve(BASE + ".methods.txt"));
        assertTrue(methods.contains(" Node colours show log2 fold change from HS_DESeq2_genesymb.tsv (1 condition; 17 "
                + "of 21 gene nodes measured). Which group is the numerator of the fold change is not stated (no "
                + "condition is named \u2018A vs B\u2019); as DESeq2, edgeR and limma report it, a positive value is "
                + "assumed to mean higher in the compared group than in the reference group chosen in the analysis "
                + "that made the table. Identifiers were mapped"), methods);
        assertTrue(methods.endsWith(" The figure was exported at 180mm width as PNG (300 dpi) and HTML. The recipe "
                + "file records the SHA-256 checksum of every input and every parameter, from which `senescope figure "
                + "--recipe` remakes it.\n"), methods);
        assertFalse(methods.contains("font"), "no PDF, no fonts: " + methods);
        String page = Files.readString(tmp.resolve(BASE + ".html"));
        assertTrue(page.contains("Colour: log2 fold change from HS_DESeq2_genesymb.tsv on a diverging "
                + "colour-blind-safe scale centred at 0 (ends at \u22122 and +2; values beyond are clamped); grey: not "
                + "measured (17 of 21 gene nodes measured); a thick black border marks adjusted p &lt; 0.05. Which "
                + "group is the numerator of the fold change is not stated"), "caption");
        assertTrue(page.contains("<div>log2 fold change (numerator not stated)</div>"), "legend");
    }

    @Test
    void aConditionNamedAVersusBStatesTheNumeratorAndAPdfItsFonts() throws Exception {
        CliRun run = CliRun.of("figure", "--overlay", LIVER + "SN_DESeq2_genesymb.tsv", "--conditions",
                "NASH vs steatosis", "--format", "pdf,html", "--out", tmp.toString());
        assertEquals(0, run.exitCode(), run.err());
        String methods = Files.readString(tmp.resolve(BASE + ".methods.txt"));
        assertTrue(methods.contains(" Node colours show log2 fold change from SN_DESeq2_genesymb.tsv (1 condition; 17 "
                + "of 21 gene nodes measured). Fold changes: NASH vs steatosis: log2 NASH/steatosis. Identifiers were "
                + "mapped"), methods);
        assertTrue(methods.contains(" The figure was exported at 180mm width as PDF and HTML. Its fonts are embedded "
                + "in the PDF. The recipe file records"), methods);
        String page = Files.readString(tmp.resolve(BASE + ".html"));
        assertTrue(page.contains("a thick black border marks adjusted p &lt; 0.05. Fold changes: NASH vs steatosis: "
                + "log2 NASH/steatosis. "), "caption");
        assertTrue(page.contains("<div>log2 fold change (NASH/steatosis)</div>"), "legend");
    }
}
