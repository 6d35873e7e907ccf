package nl.normtoets.organisatie;

/** A gemeente that has at least one dossier in the audit set, with how many (5.3-B needs a protocol with each). */
public record DossierGemeente(String naam, int dossiers) {
}
