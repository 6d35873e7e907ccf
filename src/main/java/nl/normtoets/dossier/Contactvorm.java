package nl.normtoets.dossier;

/** JSON field {@code vorm}: only FYSIEK counts as face-to-face contact. */
public enum Contactvorm {
    FYSIEK, TELEFONISCH, VIDEO, SCHRIFTELIJK
}
