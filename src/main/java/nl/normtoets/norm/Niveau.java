package nl.normtoets.norm;

/** Whether an indicator is evaluated per dossier (themes 1-3) or once for the organisation (theme 5). */
public enum Niveau {
    DOSSIER, ORGANISATIE
}
