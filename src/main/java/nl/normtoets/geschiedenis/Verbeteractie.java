package nl.normtoets.geschiedenis;

import java.time.LocalDate;

/**
 * One action of the verbeterplan: about a norm or indicator ({@code onderwerp}, e.g. 1a.3-A), owned by a role (e.g.
 * "manager bedrijfsvoering", never a person's name), with a target share in percent to reach by the deadline.
 * {@code afgerond} and {@code geevalueerd} (V6) are the days it was done and evaluated, null until then; norm 5.2
 * reads them when the plan stands in for the audit set's own {@code verbeteracties}.
 */
public record Verbeteractie(String id, String organisatie, String onderwerp, String omschrijving, String eigenaar,
                            double doel, LocalDate deadline, Status status, LocalDate afgerond,
                            LocalDate geevalueerd) {

    public enum Status { OPEN, BEZIG, AFGEROND }

    /** An action as stored before V6: not done, not evaluated. */
    public Verbeteractie(String id, String organisatie, String onderwerp, String omschrijving, String eigenaar,
                         double doel, LocalDate deadline, Status status) {
        this(id, organisatie, onderwerp, omschrijving, eigenaar, doel, deadline, status, null, null);
    }

    /** The same action as norm 5.2's rules read it (organisation facts carry no target or subject). */
    public nl.normtoets.organisatie.Verbeteractie alsOrganisatiefeit() {
        return new nl.normtoets.organisatie.Verbeteractie(id, eigenaar, deadline, afgerond, geevalueerd);
    }
}
