package org.senescope.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.senescope.export.OverlayLayer;
import org.senescope.export.files.NetworkFiles;
import org.senescope.model.format.NetworkFormat;
import org.senescope.model.data.Measurement;
import org.senescope.model.data.MemberOverlay;
import org.senescope.model.data.NodeOverlay;
import org.senescope.model.overlay.MappedOverlay;
import org.senescope.model.overlay.OverlayOptions;
import org.senescope.read.table.TableOptions;

/**
 * Families, complexes and shared genes keep every measured member, on the real human DESeq2 table and the mouse
 * matrix; expected values were read from the files with awk.
 */
class OverlayMembersTest {

    private static final Path HS = OverlayFixtures.DATA.resolve("liver-deseq2/HS_DESeq2_genesymb.tsv");

    private static MappedOverlay map(Path file, OverlayOptions options) throws IOException {
        return OverlayFixtures.mapper().map(List.of(InputTableReader.read(file, TableOptions.defaults())), options);
    }

    private static NodeOverlay node(MappedOverlay result, String id) {
        return result.overlay().node(id).orElseThrow();
    }

    @Test
    void interleukin12ShowsBothSubunits() throws IOException {
        NodeOverlay il12 = node(map(HS, OverlayOptions.defaults()), "IL12");
        assertEquals(List.of("IL12A", "IL12B"), il12.members().stream().map(MemberOverlay::symbol).toList());
        // awk -F'\t' '$1=="IL12A"||$1=="IL12B"' HS_DESeq2_genesymb.tsv: lines 12194 and 4116
        assertEquals(List.of(new Measurement(0.436388006101315, 0.999690735919201)),
                il12.members().get(0).measurements());
        assertEquals(List.of(new Measurement(1.67827566160572, Double.NaN)), il12.members().get(1).measurements());
        assertEquals(List.of("IL12A", "IL12B"), il12.members().stream().map(MemberOverlay::inputIdentifier).toList());
        assertFalse(il12.members().get(0).shared());
    }

    @Test
    void nkg2dLigandsShowEveryMeasuredLigand() throws IOException {
        NodeOverlay ligands = node(map(HS, OverlayOptions.defaults()), "NKG2D_ligands");
        assertEquals(List.of("MICA", "MICB", "ULBP1", "ULBP2", "ULBP3", "RAET1E", "RAET1G", "RAET1L"),
                ligands.members().stream().map(MemberOverlay::symbol).toList());
        assertEquals(-0.3995704206134, ligands.members().get(0).measurements().get(0).value());
        assertEquals(0.119694015925079, ligands.members().get(1).measurements().get(0).value());
    }

    @Test
    void oneCdkn2aRowIsSharedByP16AndArf() throws IOException {
        MappedOverlay result = map(HS, OverlayOptions.defaults());
        MemberOverlay p16 = node(result, "CDKN2A_p16INK4a").members().get(0);
        MemberOverlay arf = node(result, "CDKN2A_ARF").members().get(0);
        assertEquals("CDKN2A", p16.symbol());
        assertEquals(List.of("CDKN2A_ARF"), p16.sharedWith());
        assertEquals(List.of("CDKN2A_p16INK4a"), arf.sharedWith());
        assertTrue(p16.shared() && arf.shared());
        assertEquals(List.of(new Measurement(0.70138658498031, 0.999690735919201)), p16.measurements());
        assertEquals(p16.measurements(), arf.measurements());
    }

    @Test
    void aGeneOfItsOwnHasNoMembers() throws IOException {
        assertEquals(List.of(), node(map(HS, OverlayOptions.defaults()), "TP53").members());
    }

    @Test
    void theCx2NodeAttributesListEveryMemberAndTheSharedNodes() throws IOException {
        MappedOverlay result = map(HS, OverlayOptions.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NetworkFiles.of(NetworkFormat.CX2, "x", OverlayLayer.of(result)).get(0).writer()
                .write(OverlayFixtures.NETWORK, out);
        JsonNode cx = new ObjectMapper().readTree(out.toByteArray());
        Map<String, JsonNode> nodes = new HashMap<>();
        for (JsonNode element : cx) {
            if (element.has("nodes")) {
                element.get("nodes").forEach(n -> nodes.put(n.get("v").get("senescope_id").asText(), n.get("v")));
            }
        }
        JsonNode il12 = nodes.get("IL12").get(OverlayLayer.MEMBERS_COLUMN);
        assertEquals(2, il12.size());
        assertEquals("IL12B [row IL12B]: HS_DESeq2_genesymb 1.67827566160572 (adj. p NA)", il12.get(1).asText());
        JsonNode p16 = nodes.get("CDKN2A_p16INK4a");
        assertEquals("CDKN2A [row CDKN2A] shared with CDKN2A_ARF: HS_DESeq2_genesymb 0.70138658498031 (adj. p "
                + "0.999690735919201)", p16.get(OverlayLayer.MEMBERS_COLUMN).get(0).asText());
        assertEquals("CDKN2A_ARF", p16.get(OverlayLayer.SHARED_WITH_COLUMN).get(0).asText());
        assertEquals(0, nodes.get("TP53").get(OverlayLayer.MEMBERS_COLUMN).size());
    }
}
