package org.senescope.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.senescope.model.overlay.SpeciesChoice;
import org.senescope.failure.InputFormatException;
import org.senescope.model.data.Measurement;
import org.senescope.model.overlay.MappedOverlay;
import org.senescope.model.overlay.OverlayOptions;
import org.senescope.model.overlay.ColumnChoice;

class ValueColumnDetectorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "gene_symbol,baseMean,log2FoldChange,lfcSE,stat,pvalue,padj|DESeq2|2|5|6",
            "ID,logFC,AveExpr,t,P.Value,adj.P.Val,B|limma topTable|1|4|5",
            "gene,logFC,logCPM,PValue,FDR|edgeR|1|3|4",
            "gene,p_val,avg_log2FC,pct.1,pct.2,p_val_adj|Seurat FindMarkers|2|1|5",
            "gene,p_val,avg_logFC,pct.1,pct.2,p_val_adj|Seurat FindMarkers|2|1|5",
    })
    void recognisesTheResultFormatsByTheirColumnNames(String header, String format, int value, int p, int padj)
            throws InputFormatException {
        List<String> columns = List.of(header.split(","));
        InputTable table = new InputTable("t.tsv", columns, List.of(), new long[0]);
        ValueColumns found = ValueColumnDetector.detect(table, List.of(), ColumnChoice.DETECT, ColumnChoice.DETECT, "t");
        assertEquals(new ValueColumns(format, List.of(value), List.of("t"), p, padj, "log2 fold change"), found);
    }

    @Test
    void namedValueColumnsGiveOneConditionEach() throws InputFormatException {
        InputTable table = OverlayFixtures.table("course.tsv", "gene\tday1\tday3\tday7",
                "TP53\t0.5\t1.0\t2.0", "CDKN1A\t-1\tNA\t3");
        OverlayOptions options = OverlayOptions.defaults().withValueColumns(List.of("day1", "day7"));
        MappedOverlay result = OverlayFixtures.mapper().map(List.of(table), options);
        assertEquals(List.of("course:day1", "course:day7"), result.overlay().conditions());
        assertEquals(List.of(new Measurement(0.5, Double.NaN), new Measurement(2.0, Double.NaN)),
                result.overlay().node("TP53").orElseThrow().measurements());
    }

    @Test
    void withoutKnownNamesEveryNumericColumnIsASample() throws InputFormatException {
        InputTable table = OverlayFixtures.table("m.tsv", "gene\tdescription\tS1\tS2",
                "TP53\ttumour protein p53\t7.1\t7.9");
        ValueColumns found = ValueColumnDetector.detect(table, List.of(), ColumnChoice.DETECT, ColumnChoice.DETECT, "m");
        assertEquals(List.of(2, 3), found.values());
        assertEquals(List.of("S1", "S2"), found.conditions());
        assertEquals("numeric columns (samples)", found.format());
    }
}
