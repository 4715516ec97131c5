package org.senescope.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.senescope.model.Node;
import org.senescope.model.overlay.RowOutcome;
import org.senescope.model.overlay.IdentifierKind;

class IdentifierMapperTest {

    private final IdentifierMapper mapper = new IdentifierMapper(OverlayFixtures.GENES,
            new NetworkGenes(OverlayFixtures.NETWORK));

    private List<String> nodes(String id, IdentifierKind kind) {
        return mapper.map(id, kind).nodes().stream().map(Node::id).toList();
    }

    @Test
    void oneGeneReachesEveryNodeNamingIt() {
        assertEquals(List.of("CDKN2A_ARF", "CDKN2A_p16INK4a"), nodes("CDKN2A", IdentifierKind.HUMAN_SYMBOL));
        assertEquals("HGNC symbol CDKN2A -> node CDKN2A_ARF and CDKN2A_p16INK4a",
                mapper.map("CDKN2A", IdentifierKind.HUMAN_SYMBOL).route());
    }

    @Test
    void bothSubunitsReachTheComplex() {
        assertEquals(List.of("IL12"), nodes("IL12A", IdentifierKind.HUMAN_SYMBOL));
        assertEquals(List.of("IL12"), nodes("IL12B", IdentifierKind.HUMAN_SYMBOL));
    }

    @Test
    void ensemblWithVersionEntrezAndUniprotReachTp53() {
        assertEquals("Ensembl ENSG00000141510.17 -> TP53 -> node TP53",
                mapper.map("ENSG00000141510.17", IdentifierKind.HUMAN_ENSEMBL).route());
        assertEquals(List.of("TP53"), nodes("7157", IdentifierKind.HUMAN_ENTREZ));
        assertEquals(List.of("TP53"), nodes("P04637", IdentifierKind.UNIPROT));
    }

    @Test
    void mouseRaet1eIsAManyToManyFamilyMemberNotHumanRaet1e() {
        IdentifierMatch mouse = mapper.map("Raet1e", IdentifierKind.MOUSE_SYMBOL);
        assertEquals(List.of("NKG2D_ligands", "Raet1e"), mouse.nodes().stream().map(Node::id).toList());
        assertEquals(true, mouse.route().contains("many:many"), mouse.route());
        assertEquals(true, mouse.route().contains("a many-to-many family, not one gene"), mouse.route());
        assertEquals(List.of("NKG2D_ligands"), nodes("RAET1E", IdentifierKind.HUMAN_SYMBOL),
                "human RAET1E must not reach the mouse-only Raet1e node");
    }

    @Test
    void upperCasedMouseSymbolsAreStillMouse() {
        assertEquals(List.of("TP53"), nodes("TRP53", IdentifierKind.MOUSE_SYMBOL));
        assertEquals("MGI symbol TRP53 (mouse; 1:1 ortholog of TP53) -> node TP53",
                mapper.map("TRP53", IdentifierKind.MOUSE_SYMBOL).route());
    }

    @Test
    void mouseEntrezGoesThroughTheOrthologTable() {
        assertEquals("mouse Entrez 22059 -> MGI symbol Trp53 (mouse; 1:1 ortholog of TP53) -> node TP53",
                mapper.map("22059", IdentifierKind.MOUSE_ENTREZ).route());
    }

    @Test
    void anAliasNamingSeveralGenesIsNotUsed() {
        IdentifierMatch p21 = mapper.map("P21", IdentifierKind.HUMAN_SYMBOL);
        assertEquals(RowOutcome.AMBIGUOUS_IDENTIFIER, p21.outcome());
        assertEquals(true, p21.route().startsWith("alias P21 names "), p21.route());
    }

    @Test
    void aPreviousSymbolNamingOneGeneIsFollowed() {
        IdentifierMatch pdl1 = mapper.map("PDL1", IdentifierKind.HUMAN_SYMBOL);
        assertEquals(RowOutcome.USED, pdl1.outcome(), pdl1.route());
        assertEquals("alias or previous symbol PDL1 of CD274 -> node CD274", pdl1.route());
    }

    @Test
    void unknownAndOffNetworkIdentifiersSayWhy() {
        assertEquals(RowOutcome.NOT_ON_NETWORK, mapper.map("GAPDH", IdentifierKind.HUMAN_SYMBOL).outcome());
        assertEquals("not a symbol, alias or previous symbol in the gene table",
                mapper.map("NOTAGENE123", IdentifierKind.HUMAN_SYMBOL).route());
    }
}
