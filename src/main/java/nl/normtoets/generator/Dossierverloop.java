package nl.normtoets.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import nl.normtoets.dossier.Contact;
import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Maatregel;
import nl.normtoets.dossier.Plan;
import nl.normtoets.dossier.Taxatie;
import nl.normtoets.dossier.Toewijzing;

/**
 * The facts of one dossier over its whole life, for a caller that has already decided when it starts and ends,
 * where it belongs and who carries it (the trajectory's month-by-month simulation). The same pieces as
 * {@link DossierGenerator} write the contacts, assessments, plans, help and accounts, steered by a
 * {@link Kalibratie} that may differ per dossier.
 *
 * <p>Facts are drawn up to {@code horizon} (or the earlier end); the caller cuts them at each snapshot's date. The
 * draws depend only on the stream number and the arguments, so the same dossier gets the same facts whatever
 * snapshot is asked for.
 */
public final class Dossierverloop {

    private Dossierverloop() {
    }

    /** The start data the caller decided; {@code einde} is null when the measure still runs at the horizon. */
    public record Opzet(long stroom, String id, Maatregel maatregel, LocalDate start, LocalDate einde,
                        String regio, String team, List<Toewijzing> toewijzingen) {
    }

    public static Dossier maak(Opzet o, LocalDate horizon, Kalibratie k) {
        SplittableRandom r = new SplittableRandom(o.stroom());
        LocalDate eind = o.einde() != null && o.einde().isBefore(horizon) ? o.einde() : horizon;
        Worp w = new Worp(r, o.start(), eind);
        Maatregel m = o.maatregel();
        int leeftijdBijStart = m.isJeugdreclassering() ? w.tussen(12, 17) : w.tussen(0, 17);
        int geboortejaar = o.start().getYear() - leeftijdBijStart;
        // the age the plans and contacts are made for: as at the last day of the facts
        int leeftijd = eind.getYear() - geboortejaar;
        boolean hulpNodig = w.kans(m.isJeugdreclassering() ? 0.6 : 0.85);
        String gemeente = Gemeenten.kies(o.regio(), r);

        List<Contact> contacten = Contactmomenten.maak(w, k, m, leeftijd, o.toewijzingen());
        List<Taxatie> taxaties = Beeldvorming.taxaties(w, k, m);
        List<Plan> plannen = Plannen.maak(w, k, m, leeftijd, taxaties);
        Hulpverlening.Resultaat hulp = hulpNodig ? Hulpverlening.maak(w, k, m, plannen)
                : new Hulpverlening.Resultaat(List.of(), List.of());
        Verantwoording.Veiligheid veiligheid = Verantwoording.veiligheid(w, taxaties);
        return new Dossier(o.id(), m, o.start(), o.einde(), o.regio(), gemeente, o.team(), geboortejaar, hulpNodig,
                o.toewijzingen(), Bezetting.informatiebrief(w, k, o.toewijzingen()), contacten, taxaties,
                Beeldvorming.analyses(w, k), plannen, hulp.hulp(), Verantwoording.evaluaties(w, k, plannen),
                Verantwoording.kernbesluiten(w, leeftijd, plannen), hulp.samenwerkingsafspraken(),
                Verantwoording.contactafspraak(w, k, plannen), veiligheid.afspraken(), veiligheid.signalen());
    }

    /** A well-mixed stream number for dossier {@code n} of a seed (the same mixer the one-day generator uses). */
    public static long stroom(long seed, long n) {
        return DossierGenerator.meng(seed, n);
    }
}
