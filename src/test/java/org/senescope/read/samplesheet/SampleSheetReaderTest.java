package org.senescope.read.samplesheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.failure.InputFormatException;
import org.senescope.read.cls.ClsReader;
import org.senescope.read.gct.GctReader;
import org.senescope.read.table.SharedData;
import org.senescope.model.data.ExpressionMatrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SampleSheetReaderTest {

    @TempDir
    Path tmp;

    @Test
    void theP53SampleSheetGivesTheGroupsOfTheClsFile() throws IOException {
        Path gct = SharedData.data("gsea-p53/P53_collapsed_symbols.gct");
        ExpressionMatrix m = new GctReader().read(gct).matrix();
        SampleSheet sheet = new SampleSheetReader(SampleSheetColumns.detect())
                .read(SharedData.reference("p53/p53_samples.tsv"));
        assertEquals("sample", sheet.sampleColumn());
        assertEquals("group", sheet.groupColumn());
        assertEquals(50, sheet.samples().size());
        assertEquals(List.of("MUT", "WT"), sheet.groupNames());
        MatchedGroups matched = SampleMatcher.match(sheet, m.sampleNames(), gct.toString(), ExtraSamples.REFUSE);
        assertEquals(new ClsReader().read(SharedData.data("gsea-p53/P53.cls"), m.sampleNames()), matched.groups());
        assertEquals(List.of(), matched.leftOut());
    }

    @Test
    void columnsAreRecognisedIgnoringCaseAndPunctuation() throws IOException {
        SampleSheet sheet = read("s.csv", "Batch,Sample.ID,Cell_Type\n1,a,T\n2,b,NK\n1, c ,T\n");
        assertEquals("Sample.ID", sheet.sampleColumn());
        assertEquals(2, sheet.sampleField());
        assertEquals("Cell_Type", sheet.groupColumn());
        assertEquals(List.of("a", "b", "c"), sheet.samples());
        assertEquals(List.of("T", "NK", "T"), sheet.groups());
        assertEquals(List.of(2L, 3L, 4L), sheet.lines());
        assertEquals(List.of("T", "NK"), sheet.groupNames());
    }

    @Test
    void rsRowNamesAreTheSampleColumn() throws IOException {
        SampleSheet sheet = read("coldata.tsv", "condition\ttype\nS1\ttreated\tpaired\nS2\tuntreated\tsingle\n");
        assertEquals("row.names", sheet.sampleColumn());
        assertEquals(List.of("S1", "S2"), sheet.samples());
        assertEquals(List.of("treated", "untreated"), sheet.groups());
        SampleSheet csv = read("coldata.csv", "\"\",\"condition\"\n\"S1\",\"treated\"\n\"S2\",\"untreated\"\n");
        assertEquals(List.of("S1", "S2"), csv.samples());
    }

    @Test
    void namedColumnsOverrideRecognition() throws IOException {
        Path f = write("s.tsv", "library\tarm\tcondition\nL1\tA\tx\nL2\tB\ty\n");
        SampleSheet sheet = new SampleSheetReader(new SampleSheetColumns("library", "arm")).read(f);
        assertEquals(List.of("L1", "L2"), sheet.samples());
        assertEquals(List.of("A", "B"), sheet.groups());
    }

    @Test
    void readsAnXlsxSheet() throws IOException {
        Path f = tmp.resolve("samples.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            String ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
            String rns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
            put(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"/>");
            put(zip, "xl/workbook.xml", "<workbook xmlns=\"" + ns + "\" xmlns:r=\"" + rns + "\"><sheets><sheet "
                    + "name=\"samples\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
                    + "2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + rns + "/worksheet\" "
                    + "Target=\"worksheets/sheet1.xml\"/></Relationships>");
            put(zip, "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + ns + "\"><sheetData>"
                    + row(1, "sample_name", "genotype") + row(2, "m1", "Trp53-/-") + row(3, "m2", "WT")
                    + "</sheetData></worksheet>");
        }
        SampleSheet sheet = new SampleSheetReader(SampleSheetColumns.detect()).read(f);
        assertEquals(List.of("m1", "m2"), sheet.samples());
        assertEquals(List.of("Trp53-/-", "WT"), sheet.groups());
        assertEquals(List.of(2L, 3L), sheet.lines());
    }

    @Test
    void noRecognisedSampleColumn() {
        assertMessage("s.tsv", "id\tgroup\na\tx\n", ":1: no sample column: expected one named sample, sample_id, "
                + "sample_name, sample_title or barcode (or name it with --sample-column); found 'id', 'group'");
    }

    @Test
    void noRecognisedGroupColumn() {
        assertMessage("s.tsv", "sample\tbatch\na\t1\n", ":1: no group column: expected one named group, condition, "
                + "treatment, genotype, class, phenotype, status, cell_type, disease or timepoint (or name it with "
                + "--group-column); found 'sample', 'batch'");
    }

    @Test
    void twoCandidateGroupColumns() {
        assertMessage("s.tsv", "sample\tcondition\tgenotype\na\tx\ty\n", ":1:3: columns 'condition', 'genotype' "
                + "could each be the group column; expected one, choose with --group-column");
    }

    @Test
    void aNamedColumnThatIsMissing() throws IOException {
        Path f = write("s.tsv", "sample\tgroup\na\tx\n");
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> new SampleSheetReader(new SampleSheetColumns("", "arm")).read(f));
        assertEquals(f + ":1: no column 'arm' (--group-column); the columns are 'sample', 'group'", e.getMessage());
    }

    @Test
    void theSameColumnForBoth() throws IOException {
        Path f = write("s.tsv", "sample\tgroup\na\tx\n");
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> new SampleSheetReader(new SampleSheetColumns("sample", "sample")).read(f));
        assertEquals(f + ":1:1: column 'sample' is both the sample and the group column; expected two different "
                + "columns", e.getMessage());
    }

    @Test
    void anEmptySampleName() {
        assertMessage("s.tsv", "sample\tgroup\na\tx\n \ty\n", ":3:1: empty sample name in column 'sample'; expected "
                + "the sample's name as the matrix spells it");
    }

    @Test
    void aSampleListedTwice() {
        assertMessage("s.tsv", "group\tsample\nx\ta\ny\tb\nx\ta\n", ":4:2: sample 'a' again (first on line 2); "
                + "expected each sample once");
    }

    @Test
    void aSampleWithoutAGroup() {
        assertMessage("s.tsv", "sample\tgroup\na\tx\nb\t\n", ":3:2: sample 'b' has no group (empty cell in column "
                + "'group'); expected a group name, or leave the sample out");
        assertMessage("s.tsv", "sample\tgroup\na\tNA\n", ":2:2: sample 'a' has no group ('NA' in column 'group'); "
                + "expected a group name, or leave the sample out");
    }

    private void assertMessage(String name, String content, String expected) {
        InputFormatException e = assertThrows(InputFormatException.class, () -> read(name, content));
        assertEquals(tmp.resolve(name) + expected, e.getMessage());
    }

    private SampleSheet read(String name, String content) throws IOException {
        return new SampleSheetReader(SampleSheetColumns.detect()).read(write(name, content));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content);
    }

    private static String row(int r, String a, String b) {
        return "<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>" + a + "</t></is></c><c r=\"B" + r
                + "\" t=\"inlineStr\"><is><t>" + b + "</t></is></c></row>";
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
