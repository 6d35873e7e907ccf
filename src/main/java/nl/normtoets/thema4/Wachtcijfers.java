package nl.normtoets.thema4;

/**
 * Theme-4 figures for one group of dossiers (all, one regio, one maatregel). Medians and p90s are null when no
 * dossier of the group has the event; {@code nogZonderVaste} counts dossiers that never had a vaste worker up to the
 * peildatum (they are left out of the days-to-vaste figures, which would otherwise look better than they are).
 */
public record Wachtcijfers(int dossiers,
                           int metPeriodeZonderVaste,
                           Double aandeelMetPeriodeZonderVaste,
                           int nogZonderVaste,
                           Double mediaanDagenTotVaste,
                           Integer p90DagenTotVaste,
                           Double gemiddeldAantalWisselingen,
                           int maximumWisselingen,
                           int metHulp,
                           Double mediaanDagenTotHulp,
                           Integer p90DagenTotHulp) {
}
