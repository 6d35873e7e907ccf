package nl.normtoets.dossier;

public enum TaxatieSoort {
    VEILIGHEID, RISICO, RECIDIVE
}
