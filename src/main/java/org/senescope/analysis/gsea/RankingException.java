package org.senescope.analysis.gsea;

import org.senescope.failure.BadDataException;

/** A ranking that cannot be analysed (a statistic that is not a finite number, no genes). One-line message. */
public final class RankingException extends BadDataException {

    private static final long serialVersionUID = 1L;

    public RankingException(String message) {
        super(message);
    }
}
