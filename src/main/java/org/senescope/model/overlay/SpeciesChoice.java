package org.senescope.model.overlay;

/** Which species the user says the data are from, or {@link #AUTO} to detect it per identifier column. */
public enum SpeciesChoice {
    AUTO,
    HUMAN,
    MOUSE
}
