package org.senescope.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MessageFieldsTest {

    private static final String HEAD = "x".repeat(80);

    @Test
    void aShortFieldIsShownWhole() {
        assertEquals("x".repeat(80), MessageFields.shorten("x".repeat(80)));
    }

    @Test
    void aLongFieldIsShownAsItsFirst80CharactersAndItsLength() {
        assertEquals(HEAD + "…(10000000 characters)", MessageFields.shorten("x".repeat(10_000_000)));
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        String field = "x".repeat(79) + "\uD83E\uDDEC" + "y".repeat(10);
        assertEquals("x".repeat(79) + "…(91 characters)", MessageFields.shorten(field));
    }

    @Test
    void anInputFormatExceptionShortensTheFieldInItsReasonOnceAndKeepsTheFile() {
        String dir = "/data/" + "d".repeat(70) + "/" + "e".repeat(70);
        InputFormatException e = new InputFormatException(dir + "/t.tsv", 2, 3,
                "expected a number, found '" + "z".repeat(10_000_000) + "'");
        String reason = "expected a number, found '" + "z".repeat(80) + "…(10000000 characters)'";
        assertEquals(dir + "/t.tsv:2:3: " + reason, e.getMessage());
        assertEquals(reason, e.reason());
        assertEquals(dir + "/t.tsv:2:3: " + reason, InputFormatException.message(dir + "/t.tsv", 2, 3,
                "expected a number, found '" + "z".repeat(10_000_000) + "'"));
    }

    @Test
    void aLongLineOfShortWordsIsCutAt1000Characters() {
        String words = "ab ".repeat(1_000_000);
        BadDataException e = new BadDataException("found " + words);
        assertEquals(("found " + words).substring(0, 1000) + "…(3000006 characters)", e.getMessage());
    }

    @Test
    void eachLineOfAMessageOfSeveralLinesIsCutOnItsOwn() {
        assertEquals("first\n" + HEAD + "…(81 characters)\nlast",
                MessageFields.shortenLongRuns("first\n" + "x".repeat(81) + "\nlast"));
    }
}
