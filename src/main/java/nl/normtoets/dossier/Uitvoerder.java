package nl.normtoets.dossier;

/** Who made a contact (JSON field {@code door}); only the GI's own contacts count for the norms. */
public enum Uitvoerder {
    GI, HULPVERLENER
}
