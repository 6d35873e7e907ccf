package nl.normtoets.organisatie;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One employee or hired professional, pseudonymous (M-xxx, never a name). {@code extern} marks PNIL (hired, not
 * employed): they have no jaargesprek with the GI. {@code caseload} is optional and only used when the dossiers do
 * not name their workers. {@code inOpleiding}: a worker still in training, who carries a lower caseload norm
 * (seed 000: 9 of JBN's jeugdbeschermers); optional, used by the testmonitor's workload view.
 */
public record Medewerker(String id, Functie functie, Double fte, LocalDate inDienst, LocalDate uitDienst,
                         Boolean extern, LocalDate skjGeldigTot, LocalDate vogDatum, Boolean diploma,
                         LocalDate laatsteJaargesprek, String team, Integer caseload,
                         Boolean inOpleiding) {

    public Medewerker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(functie, "functie");
    }

    /** Working for the GI on the given day: hired on or before it and not yet left. */
    public boolean inDienstOp(LocalDate dag) {
        return (inDienst == null || !inDienst.isAfter(dag)) && (uitDienst == null || uitDienst.isAfter(dag));
    }

    public boolean isExtern() {
        return Boolean.TRUE.equals(extern);
    }

    public boolean isInOpleiding() {
        return Boolean.TRUE.equals(inOpleiding);
    }

    public boolean heeftDiploma() {
        return Boolean.TRUE.equals(diploma);
    }
}
