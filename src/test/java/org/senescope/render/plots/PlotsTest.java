package org.senescope.render.plots;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.analysis.SetSizeFilter;
import org.senescope.analysis.gsea.EnrichmentScore;
import org.senescope.model.analysis.GseaOptions;
import org.senescope.model.analysis.GseaSetResult;
import org.senescope.model.analysis.GseaRun;
import org.senescope.analysis.gsea.PrerankedGsea;
import org.senescope.analysis.gsea.Ranking;
import org.senescope.analysis.scores.SampleScores;
import org.senescope.model.data.GeneSet;
import org.senescope.model.data.RankedList;
import org.senescope.model.data.SampleGroups;
import org.senescope.model.format.FigureFormat;
import org.senescope.model.figure.PhysicalLength;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class PlotsTest {

    private static final String SET_NAME = "SENESCENCE_UP";

    /** 400 genes with seeded normal statistics; the set is enriched among the top ranks. */
    static Ranking ranking() throws Exception {
        Random r = new Random(7);
        List<String> genes = new ArrayList<>();
        double[] stats = new double[400];
        for (int i = 0; i < stats.length; i++) {
            genes.add("G" + i);
            stats[i] = r.nextGaussian() * 2;
        }
        return Ranking.of(new RankedList(genes, stats));
    }

    static GeneSet upSet(Ranking ranking) {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            members.add(ranking.genes().get(i * i % 120 + (i % 3) * 100));
        }
        members.add("NOT_RANKED");
        return new GeneSet(SET_NAME, "", members);
    }

    static EnrichmentPlot plot() throws Exception {
        Ranking ranking = ranking();
        GeneSet set = upSet(ranking);
        GseaRun run = PrerankedGsea.run(ranking, List.of(set), new SetSizeFilter(5, 500), GseaOptions.defaults(1));
        return EnrichmentPlot.of(ranking, set, run.results().get(0), PhysicalLength.SINGLE_COLUMN);
    }

    static ScoreHeatmap heatmap() {
        List<String> sets = List.of("SENESCENCE_UP", "SASP", "NK_ACTIVATION", "P53_TARGETS");
        List<String> samples = List.of("s1", "s2", "s3", "s4", "s5", "s6", "s7");
        double[] values = new double[sets.size() * samples.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.sin(i * 1.7) * 0.8;
        }
        values[5] = Double.NaN;
        SampleScores scores = new SampleScores(sets, List.of(20, 20, 20, 20), samples, values, List.of(), 0);
        SampleGroups groups = new SampleGroups(List.of("WT", "MUT"), List.of("MUT", "WT", "MUT", "WT", "WT", "MUT",
                "WT"));
        return ScoreHeatmap.of(scores, sets, groups, Double.NaN, "ssGSEA scores by group", "ssGSEA score",
                PhysicalLength.SINGLE_COLUMN);
    }

    @Test
    void theDrawnRunningSumsExtremeIsTheEnrichmentScore() throws Exception {
        Ranking ranking = ranking();
        GeneSet set = upSet(ranking);
        GseaRun run = PrerankedGsea.run(ranking, List.of(set), new SetSizeFilter(5, 500), GseaOptions.defaults(1));
        GseaSetResult result = run.results().get(0);
        EnrichmentPlot plot = EnrichmentPlot.of(ranking, set, result, PhysicalLength.SINGLE_COLUMN);
        double[] sum = plot.runningSum();
        assertEquals(ranking.size() + 1, sum.length);
        assertEquals(0, sum[0]);
        assertEquals(0, sum[sum.length - 1], 1e-9, "the running sum returns to 0");
        assertEquals(result.score(), plot.extremeOfRunningSum(), 1e-9);
        assertEquals(result.size(), plot.hits().length,
                "members outside the ranking are not drawn; duplicates once");
        assertTrue(result.score() > 0, "the fixture's set is enriched at the top");
    }

    @Test
    void runningSumMatchesEnrichmentScoreForNegativeAndZeroWeightSets() {
        double[] weights = {3, 2, 2, 1, 0.5, 0.5, 0.2, 0.1};
        int[] bottom = {5, 6, 7};
        double[] sum = EnrichmentPlot.runningSum(weights, bottom);
        double min = java.util.Arrays.stream(sum).min().orElseThrow();
        assertEquals(EnrichmentScore.of(weights, bottom).score(), min, 1e-12);
        double[] zeros = new double[8];
        int[] hits = {0, 2};
        double max = java.util.Arrays.stream(EnrichmentPlot.runningSum(zeros, hits)).max().orElseThrow();
        assertEquals(EnrichmentScore.of(zeros, hits).score(), max, 1e-12);
    }

    @Test
    void aSetWithNoRankedGeneIsRefused() throws Exception {
        Ranking ranking = ranking();
        GseaSetResult any = PrerankedGsea.run(ranking, List.of(upSet(ranking)), new SetSizeFilter(5, 500),
                GseaOptions.defaults(1)).results().get(0);
        assertThrows(IllegalArgumentException.class, () -> EnrichmentPlot.of(ranking,
                new GeneSet("NONE", "", List.of("X", "Y")), any, PhysicalLength.SINGLE_COLUMN));
    }

    @Test
    void pngHasDpiMetadataAndThePhysicalSizeInPixels() throws Exception {
        for (Plot plot : List.of(plot(), heatmap())) {
            byte[] png = bytes(plot, FigureFormat.PNG, 300);
            try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
                ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
                reader.setInput(in);
                assertEquals(PhysicalLength.SINGLE_COLUMN.pixels(300), reader.getWidth(0));
                assertEquals(Math.round(plot.height() * 300 / 72), reader.getHeight(0));
                IIOMetadata meta = reader.getImageMetadata(0);
                Element phys = (Element) ((Element) meta.getAsTree("javax_imageio_png_1.0"))
                        .getElementsByTagName("pHYs").item(0);
                assertEquals("11811", phys.getAttribute("pixelsPerUnitXAxis"));
                assertEquals("meter", phys.getAttribute("unitSpecifier"));
            }
        }
    }

    @Test
    void svgParsesAsXmlWithTheNamesAsText() throws Exception {
        List<String> plotTexts = svgTexts(bytes(plot(), FigureFormat.SVG, 300));
        assertTrue(plotTexts.contains(SET_NAME), plotTexts.toString());
        assertTrue(plotTexts.contains("Enrichment score"), plotTexts.toString());
        assertTrue(plotTexts.stream().anyMatch(t -> t.contains("NES ") && t.contains(" q ")), plotTexts.toString());
        List<String> mapTexts = svgTexts(bytes(heatmap(), FigureFormat.SVG, 300));
        for (String t : List.of("SENESCENCE_UP", "NK_ACTIVATION", "s1", "s7", "ssGSEA score", "WT (n = 4)",
                "MUT (n = 3)", "0", "not scored")) {
            assertTrue(mapTexts.contains(t), "'" + t + "' missing from " + mapTexts);
        }
    }

    @Test
    void samplesAreOrderedByGroupInDeclaredOrder() {
        assertEquals(List.of("s2", "s4", "s5", "s7", "s1", "s3", "s6"), heatmap().samplesInOrder());
        assertEquals(Math.abs(Math.sin(1.7 * IntStream.range(0, 28).filter(i -> i != 5)
                .mapToObj(i -> i).max(java.util.Comparator.comparingDouble(i -> Math.abs(Math.sin(i * 1.7))))
                .orElseThrow())) * 0.8, heatmap().limit(), 1e-12);
    }

    @Test
    void pdfHasOnePageAndEmbeddedFonts() throws Exception {
        for (Plot plot : List.of(plot(), heatmap())) {
            try (PDDocument doc = Loader.loadPDF(bytes(plot, FigureFormat.PDF, 300))) {
                assertEquals(1, doc.getNumberOfPages());
                assertEquals(plot.width(), doc.getPage(0).getMediaBox().getWidth(), 0.01);
                List<PDFont> fonts = new ArrayList<>();
                collectFonts(doc.getPage(0).getResources(), fonts);
                assertFalse(fonts.isEmpty());
                for (PDFont f : fonts) {
                    assertTrue(f.isEmbedded(), f.getName());
                }
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains(plot == null ? "" : plot.title()), text);
            }
        }
    }

    @Test
    void theSameInputsGiveIdenticalSvgAndPdfBytes() throws Exception {
        assertArrayEquals(bytes(plot(), FigureFormat.SVG, 300), bytes(plot(), FigureFormat.SVG, 300));
        assertArrayEquals(bytes(heatmap(), FigureFormat.SVG, 300), bytes(heatmap(), FigureFormat.SVG, 300));
        assertArrayEquals(bytes(plot(), FigureFormat.PDF, 300), bytes(plot(), FigureFormat.PDF, 300));
    }

    @Test
    void writeFilesWritesEveryFormatAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        List<Path> files = PlotWriter.writeFiles(plot(), EnumSet.of(FigureFormat.PNG, FigureFormat.SVG,
                FigureFormat.PDF), 300, dir.resolve("plots"), "enrichment");
        assertEquals(3, files.size());
        try (var list = Files.list(dir.resolve("plots"))) {
            assertEquals(List.of("enrichment.pdf", "enrichment.png", "enrichment.svg"),
                    list.map(p -> p.getFileName().toString()).sorted().toList());
        }
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Path ordinary = Files.createFile(dir.resolve("ordinary"));
            assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(files.get(0)),
                    "plots get the permissions of any new file, not a temporary file's owner-only ones");
        }
        String out = System.getProperty("senescope.plots.out");
        if (out != null) {
            PlotWriter.writeFiles(plot(), EnumSet.of(FigureFormat.PNG, FigureFormat.SVG, FigureFormat.PDF), 300,
                    Path.of(out), "enrichment");
            PlotWriter.writeFiles(heatmap(), EnumSet.of(FigureFormat.PNG, FigureFormat.SVG, FigureFormat.PDF), 300,
                    Path.of(out), "heatmap");
        }
    }

    @Test
    void aLongTitleIsShortenedToFitBetweenTheSideMargins() throws Exception {
        Ranking ranking = ranking();
        GeneSet set = upSet(ranking);
        GseaRun run = PrerankedGsea.run(ranking, List.of(set), new SetSizeFilter(5, 500), GseaOptions.defaults(1));
        String name = "HALLMARK_" + "VERY_LONG_NAME_".repeat(12);
        GeneSet renamed = new GeneSet(name, "", set.genes());
        EnrichmentPlot plot = EnrichmentPlot.of(ranking, renamed, run.results().get(0), PhysicalLength.SINGLE_COLUMN);
        assertEquals(name, plot.title(), "the PDF title keeps the whole name");
        String drawn = svgTexts(bytes(plot, FigureFormat.SVG, 300)).get(0);
        assertTrue(drawn.endsWith("\u2026") && name.startsWith(drawn.substring(0, drawn.length() - 1)), drawn);
        assertTrue(PlotText.width(drawn, 7) <= plot.width() - 12, drawn);
        assertTrue(PlotText.width(name.substring(0, drawn.length()) + "\u2026", 7) > plot.width() - 12,
                "one character more would not fit: " + drawn);
    }

    @Test
    void htmlIsNotAPlotFormat() {
        assertThrows(IllegalArgumentException.class, () -> bytes(heatmap(), FigureFormat.HTML, 300));
    }

    private static List<String> svgTexts(byte[] svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        List<String> texts = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form && form.getResources() != null) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    private static byte[] bytes(Plot plot, FigureFormat format, int dpi) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlotWriter.write(plot, format, dpi, out);
        return out.toByteArray();
    }
}
