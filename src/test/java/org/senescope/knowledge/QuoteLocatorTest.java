package org.senescope.knowledge;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteLocatorTest {

    private static final String PDF_TEXT = """
            a non-redundant role for the p53-depen-
            dent expression of CCL2 in the NK cell-
            dependent elimination of senescent\s
            tumors in vivo. In addition, cyclin-
            dependent kinase inhibitor 1A (CDKN1A,\s
            best known as p21CIP1) was studied.
            """;

    private final QuoteLocator locator = new QuoteLocator(PDF_TEXT);

    @Test
    void joinsWordsHyphenatedAcrossLineBreaks() {
        assertTrue(locator.contains("the p53-dependent expression of CCL2"));
    }

    @Test
    void keepsRealHyphensThatFallAtALineBreak() {
        assertTrue(locator.contains("in the NK cell-dependent elimination of senescent tumors in vivo."));
        assertTrue(locator.contains("cyclin-dependent kinase inhibitor 1A (CDKN1A, best known as p21CIP1)"));
    }

    @Test
    void foldsWhitespaceInTheQuoteAndTheSeed() {
        assertTrue(locator.contains("senescent   tumors\n in vivo"));
    }

    @Test
    void returnsTheMatchedPassageAsAReaderSeesIt() {
        assertEquals("p53-dependent expression", locator.locate("p53-dependent expression").orElseThrow());
    }

    @Test
    void rejectsAQuoteWithOneWordChanged() {
        assertFalse(locator.contains("the p53-dependent expression of CCL5"));
        assertFalse(locator.contains("The p53-dependent expression of CCL2"));
    }

    @Test
    void anEllipsisSkipsTextWithinTheGapLimit() {
        assertTrue(locator.contains("a non-redundant role […] elimination of senescent tumors"));
        assertTrue(locator.contains("a non-redundant role [...] elimination of senescent tumors"));
        assertFalse(locator.contains("elimination of senescent tumors […] a non-redundant role"), "parts keep their order");
    }

    @Test
    void anEllipsisDoesNotStitchDistantPassages() {
        String far = "first words here. " + "filler ".repeat(200) + "last words there.";
        QuoteLocator l = new QuoteLocator(far);
        assertTrue(l.contains("first words here."));
        assertFalse(l.contains("first words here. […] last words there."));
    }

    @Test
    void nearestPassageShowsWhatTheSeedSays() {
        assertEquals("the p53-dependent expression of CCL2 in the",
                locator.nearestPassage("the p53-dependent expression of CCL5 in the"));
    }
}
