package org.senescope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The relation vocabulary decides the sign: only regulations carry one. */
class RelationTest {

    @Test
    void bindingMembershipAndAssociationCarryNoSign() {
        for (Relation r : Set.of(Relation.LIGAND_OF, Relation.RECOGNISES, Relation.MARKS, Relation.PART_OF,
                Relation.ASSOCIATED_WITH)) {
            assertEquals(Relation.Kind.ASSOCIATION, r.kind(), r.label());
            assertEquals(Set.of(Sign.NONE), r.allowedSigns(), r.label());
            assertFalse(r.isSigned(), r.label());
        }
    }

    @Test
    void everyRelationAdmitsASignExactlyWhenItIsARegulation() {
        for (Relation r : Relation.values()) {
            boolean signed = r.kind() == Relation.Kind.REGULATION;
            assertEquals(signed, r.isSigned(), r.label());
            assertEquals(!signed, r.admits(Sign.NONE), r.label());
            assertEquals(signed, r.admits(Sign.POSITIVE) || r.admits(Sign.NEGATIVE), r.label());
            assertEquals(r.kind() == Relation.Kind.ABSENCE, r.isNegated(), r.label());
        }
    }

    @Test
    void onlyTheRelationsStatedAboutExpressionAreVisibleInMrna() {
        Set<Relation> visible = new java.util.HashSet<>();
        for (Relation r : Relation.values()) {
            if (r.isVisibleInMrna()) {
                visible.add(r);
            }
        }
        assertEquals(Set.of(Relation.INDUCES_EXPRESSION_OF, Relation.UPREGULATES), visible);
    }

    @Test
    void aClaimOfABindingWithASignIsRefused() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Claim("CD274", "PDCD1", Relation.LIGAND_OF, Sign.NEGATIVE, true, EvidenceType.BACKGROUND,
                        new Citation.Background("PD-L1 binds PD-1"), Species.UNSPECIFIED, "", Confidence.STATED, "",
                        new SourceLine("claims.tsv", 2)));
        assertEquals("claims.tsv:2: relation 'ligand of' does not admit sign -", e.getMessage());
    }
}
