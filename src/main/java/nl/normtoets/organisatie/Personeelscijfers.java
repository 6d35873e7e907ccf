package nl.normtoets.organisatie;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One month of the staffing table the GI reports (seeds 000/001): jeugdbeschermer FTE (incl. PNIL), of which sick,
 * of which external, and the FTE of jeugdbeschermers who left in that month.
 */
public record Personeelscijfers(YearMonth maand, double fte, double fteZiek, double fteExtern, double uitstroom) {

    public Personeelscijfers {
        Objects.requireNonNull(maand, "maand");
    }

    /** Share of the FTE that is sick; 0 when the month has no FTE. */
    public double verzuim() {
        return fte <= 0 ? 0 : fteZiek / fte;
    }
}
