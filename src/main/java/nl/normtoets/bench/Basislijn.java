package nl.normtoets.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.normtoets.dossier.Contact;
import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Plan;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.scoring.Telling;

/**
 * The yardstick for the rules engine: indicators 1a.3-A, 1b.3-A and 3.4-A written as plain loops over the records,
 * with the brief's semantics (terms of 5, 42 and 91 days, NOG_NIET_TOETSBAAR / NIET_VAN_TOEPASSING), and no
 * finding objects, only counts. It is what a hand-written audit would cost.
 */
public final class Basislijn {

    static final int EERSTE_CONTACT_DAGEN = 5;
    static final int EERSTE_PLAN_DAGEN = 42;
    static final int RECENT_CONTACT_DAGEN = 91;

    private Basislijn() {
    }

    public record Resultaat(Telling eersteContact, Telling eerstePlan, Telling recentContact) {
    }

    public static Resultaat evalueer(List<Dossier> dossiers, LocalDate peildatum) {
        Telling a = Telling.LEEG;
        Telling b = Telling.LEEG;
        Telling c = Telling.LEEG;
        LocalDate venster = peildatum.minusDays(RECENT_CONTACT_DAGEN);
        for (Dossier d : dossiers) {
            LocalDate eersteFysiek = null;
            LocalDate laatsteMetJeugdige = null;
            for (Contact k : d.contacten()) {
                if (!k.doorGi() || !k.fysiek() || k.datum().isBefore(d.startdatum()) || k.datum().isAfter(peildatum)) {
                    continue;
                }
                if (eersteFysiek == null && k.metJeugdigeOfOuders()) {
                    eersteFysiek = k.datum();
                }
                if (k.metJeugdige()) {
                    laatsteMetJeugdige = k.datum();
                }
            }
            a = a.plus(termijn(d, peildatum, eersteFysiek, EERSTE_CONTACT_DAGEN));
            List<Plan> plannen = d.plannen();
            b = b.plus(termijn(d, peildatum, plannen.isEmpty() ? null : plannen.get(0).datum(), EERSTE_PLAN_DAGEN));
            c = c.plus(recent(d, peildatum, venster, Optional.ofNullable(laatsteMetJeugdige)));
        }
        return new Resultaat(a, b, c);
    }

    private static Uitkomst termijn(Dossier d, LocalDate peildatum, LocalDate gebeurd, int dagen) {
        LocalDate uiterlijk = d.startdatum().plusDays(dagen);
        if (gebeurd != null) {
            return gebeurd.isAfter(uiterlijk) ? Uitkomst.TEKORT : Uitkomst.VOLDOET;
        }
        if (d.afgeslotenOp(peildatum) && d.einddatum().isBefore(uiterlijk)) {
            return Uitkomst.NIET_VAN_TOEPASSING;
        }
        return peildatum.isAfter(uiterlijk) ? Uitkomst.TEKORT : Uitkomst.NOG_NIET_TOETSBAAR;
    }

    private static Uitkomst recent(Dossier d, LocalDate peildatum, LocalDate venster, Optional<LocalDate> laatste) {
        if (d.afgeslotenOp(peildatum)) {
            return Uitkomst.NIET_VAN_TOEPASSING;
        }
        if (laatste.isPresent() && !laatste.get().isBefore(venster)) {
            return Uitkomst.VOLDOET;
        }
        return d.startdatum().isBefore(venster) ? Uitkomst.TEKORT : Uitkomst.NOG_NIET_TOETSBAAR;
    }
}
