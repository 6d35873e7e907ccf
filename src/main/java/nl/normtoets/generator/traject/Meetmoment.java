package nl.normtoets.generator.traject;

import java.time.LocalDate;
import java.util.List;

/**
 * One measurement date of the seed tables, with what JBN reported on it. The timeliness shares concern the steps
 * that fell due since the previous measurement ({@link #vorige}): a first face-to-face contact falls due 5 days
 * after the start, a first plan 42 days after it. The open counts are the running measures still waiting for that
 * step on the date. Null: the table has no figure for that date (the extra snapshot dates of seeds 000 and 002).
 *
 * @param datum     the measurement date
 * @param kolom     the column heading in the seed table ("7-jan", "sep", …)
 * @param bron      where the column stands: seed file and table
 * @param f2fOpTijd share of first face-to-face contacts on time
 * @param planOpTijd share of first plans on time
 * @param openF2f   measures waiting for their first face-to-face contact
 * @param openPlan  measures waiting for their first plan
 * @param openTaxatie measures waiting for their first risk assessment
 * @param datumGeschat true when the seed gives only the month and the day is our estimate
 */
public record Meetmoment(LocalDate datum, String kolom, String bron, Double f2fOpTijd, Double planOpTijd,
                         Integer openF2f, Integer openPlan, Integer openTaxatie, boolean datumGeschat) {

    public boolean heeftTijdigheid() {
        return f2fOpTijd != null;
    }

    /** The measurement before this one that reports timeliness; the first looks back one month. */
    public static LocalDate vorige(List<Meetmoment> reeks, Meetmoment m) {
        LocalDate vorige = m.datum().minusMonths(1);
        for (Meetmoment x : reeks) {
            if (x.heeftTijdigheid() && x.datum().isBefore(m.datum())) {
                vorige = x.datum();
            }
        }
        return vorige;
    }
}
