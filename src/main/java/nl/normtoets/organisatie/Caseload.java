package nl.normtoets.organisatie;

/**
 * The caseload of one worker on the peildatum: active dossiers assigned to them (or, without assignments in the set,
 * the caseload the GI registered) over their FTE. {@code perFte} is null when the FTE is unknown or zero.
 */
public record Caseload(String medewerker, int dossiers, Double fte, Double perFte, Bron bron) {

    /** Where the number of dossiers comes from. */
    public enum Bron { DOSSIERS, OPGEGEVEN }
}
