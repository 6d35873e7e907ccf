package nl.normtoets.organisatie;

import java.time.LocalDate;
import java.util.Objects;

/** An improvement action of the PDCA cycle; {@code afgerond} and {@code geevalueerd} are dates, null while open. */
public record Verbeteractie(String id, String eigenaar, LocalDate deadline, LocalDate afgerond, LocalDate geevalueerd) {

    public Verbeteractie {
        Objects.requireNonNull(id, "id");
    }

    public boolean heeftEigenaarEnDeadline() {
        return eigenaar != null && !eigenaar.isBlank() && deadline != null;
    }

    public boolean afgerondOp(LocalDate dag) {
        return afgerond != null && !afgerond.isAfter(dag);
    }

    /** Past its deadline on the given day and not done by then. */
    public boolean verlopenOp(LocalDate dag) {
        return deadline != null && deadline.isBefore(dag) && !afgerondOp(dag);
    }
}
