package nl.normtoets.generator;

/**
 * The shares that steer the facts of one dossier (timeliness of the first steps, how well the dossier is kept). A
 * {@link Profiel} is one fixed set for a whole audit set; the trajectory ({@code generator.traject}) gives each
 * dossier the shares of the month its steps fell due, so the pieces that write the facts take this interface.
 */
public interface Kalibratie {

    /** Share of first face-to-face contacts within the term (1a.3-A). */
    double contactOpTijd();

    /** Share of first plans within the term (1b.3-A). */
    double planOpTijd();

    double taxatieBinnenVijfDagen();

    double taxatieBinnenZesWeken();

    double taxatieOntbreekt();

    /** Share with a silence of months before the last day (monitor: no contact for over 3 months). */
    double zonderContactStaart();

    double hulpBinnenDrieMaanden();

    double informatiebriefOpTijd();

    double analyseOpTijd();

    double dossierBijgehouden();
}
