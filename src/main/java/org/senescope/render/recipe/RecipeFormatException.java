package org.senescope.render.recipe;

import org.senescope.failure.BadDataException;

/** A recipe file that cannot be used, with the file and the field or place at fault in its message. */
public final class RecipeFormatException extends BadDataException {

    private static final long serialVersionUID = 1L;

    public RecipeFormatException(String message) {
        super(message);
    }
}
