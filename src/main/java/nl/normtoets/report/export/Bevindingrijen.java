package nl.normtoets.report.export;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Toewijzing;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Bewijsstuk;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.report.NlOpmaak;

/**
 * Joins the report's findings to the dossier records available when the report is made (the audit set), so that a
 * list of shortcomings can be filtered by team, regio, gemeente, maatregel and worker. The engine's findings are not
 * changed; this is report shaping only.
 */
public final class Bevindingrijen {

    private Bevindingrijen() {
    }

    /** Every finding of the report as a row, in report order. */
    public static List<Bevindingrij> van(Auditrapport rapport, Collection<Dossier> dossiers) {
        return van(rapport, dossiers, false);
    }

    /** @param alleenTekort only the shortcomings (TEKORT) */
    public static List<Bevindingrij> van(Auditrapport rapport, Collection<Dossier> dossiers, boolean alleenTekort) {
        Map<String, Dossier> perId = new HashMap<>();
        for (Dossier d : dossiers) {
            perId.putIfAbsent(d.id(), d);
        }
        List<Bevindingrij> rijen = new ArrayList<>();
        for (Bevinding b : rapport.bevindingen()) {
            if (!alleenTekort || b.uitkomst() == Uitkomst.TEKORT) {
                rijen.add(rij(b, b.dossier() == null ? null : perId.get(b.dossier()), rapport.peildatum()));
            }
        }
        return rijen;
    }

    public static Bevindingrij rij(Bevinding b, Dossier d, LocalDate peildatum) {
        LocalDate uiterlijk = Bewijsstuk.uiterlijkIn(b.bewijs()).orElse(null);
        LocalDate gedaan = Bewijsstuk.gedaanIn(b.bewijs()).orElse(null);
        Long teLaat = null;
        if (b.uitkomst() == Uitkomst.TEKORT && uiterlijk != null && peildatum != null) {
            LocalDate tot = gedaan != null && gedaan.isAfter(uiterlijk) ? gedaan : peildatum;
            long dagen = ChronoUnit.DAYS.between(uiterlijk, tot);
            teLaat = dagen > 0 ? dagen : null;
        }
        // an organisation finding's subject may hold a date ("cliëntenraadadvies 2024-10-31"): shown the Dutch way
        String onderwerp = b.dossier() != null ? b.dossier()
                : b.onderwerp() != null ? NlOpmaak.toelichting(b.onderwerp()) : "organisatie";
        if (d == null) {
            // without the dossier at hand (a report read back, a streamed audit) the finding's own attributes serve
            return new Bevindingrij(b, onderwerp, b.team(), b.regio(), b.gemeente(), b.maatregel(), null, uiterlijk,
                    gedaan, teLaat);
        }
        return new Bevindingrij(b, onderwerp, d.team(), d.regio(), d.gemeente(), d.maatregel(),
                medewerker(d, peildatum), uiterlijk, gedaan, teLaat);
    }

    /** The worker on the peildatum; for an ended dossier (or no assignment that day) the last named worker. */
    public static String medewerker(Dossier d, LocalDate peildatum) {
        String laatste = null;
        for (Toewijzing t : d.toewijzingen()) {
            if (peildatum != null && t.actiefOp(peildatum) && t.medewerker() != null) {
                return t.medewerker();
            }
            if (t.medewerker() != null && (peildatum == null || !t.vanaf().isAfter(peildatum))) {
                laatste = t.medewerker();
            }
        }
        return laatste;
    }
}
