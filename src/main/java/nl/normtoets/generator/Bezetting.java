package nl.normtoets.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.normtoets.dossier.Maatregel;
import nl.normtoets.dossier.Toewijzing;
import nl.normtoets.dossier.Werkwijze;

/**
 * Who carries a dossier over time. The state on the peildatum (vaste worker, CCP or CRT) is drawn first with the
 * profile's shares, then a history that ends in that state: JBN's way of working (seed 000 §3) is that the CCP
 * takes every new measure until the plan is made, after which a vaste worker or the CRT pool takes over.
 */
final class Bezetting {

    /** Pseudonymous worker ids: vaste workers per team, and the two interim teams' pools. */
    private static final int VAST_PER_TEAM = 14;
    private static final int CCP_POOL_VAN = 201;
    private static final int CRT_POOL_VAN = 231;

    private Bezetting() {
    }

    static List<Toewijzing> maak(Worp w, Profiel p, Maatregel m, int teamNummer, boolean lopend) {
        double u = w.r.nextDouble();
        Werkwijze eindstand = u < p.aandeelCcp(m) ? Werkwijze.CCP
                : u < p.aandeelCcp(m) + p.aandeelCrt(m) ? Werkwijze.CRT : Werkwijze.VAST;
        LocalDate einde = lopend ? null : w.eind;
        List<Toewijzing> lijst = new ArrayList<>();
        // The hand-over from the start phase follows the plan: around week 4-10, never after the last day.
        int looptijd = w.looptijd();
        int overdracht = Math.min(w.tussen(28, 70), looptijd);
        boolean viaCcp = w.kans(p.startBijCcp);
        switch (eindstand) {
            case CCP -> lijst.add(new Toewijzing(w.start, einde, Werkwijze.CCP, ccp(w)));
            case CRT -> {
                if (viaCcp) {
                    lijst.add(new Toewijzing(w.start, w.dag(overdracht), Werkwijze.CCP, ccp(w)));
                } else if (overdracht > 0) {
                    // a vaste worker left (seed 000: high turnover in 2024) and the pool took over
                    lijst.add(new Toewijzing(w.start, w.dag(overdracht), Werkwijze.VAST, vast(w, teamNummer)));
                }
                lijst.add(new Toewijzing(w.dag(overdracht), einde, Werkwijze.CRT, crt(w)));
            }
            case VAST -> {
                LocalDate vanaf = w.start;
                if (viaCcp) {
                    lijst.add(new Toewijzing(w.start, w.dag(overdracht), Werkwijze.CCP, ccp(w)));
                    vanaf = w.dag(overdracht);
                }
                int rest = looptijd - (int) java.time.temporal.ChronoUnit.DAYS.between(w.start, vanaf);
                if (rest > 60 && w.kans(0.25)) {
                    // one change of worker, sometimes with a spell in the pool in between
                    LocalDate wissel = vanaf.plusDays(w.tussen(30, rest - 1));
                    lijst.add(new Toewijzing(vanaf, wissel, Werkwijze.VAST, vast(w, teamNummer)));
                    vanaf = wissel;
                    if (w.kans(0.3) && !wissel.plusDays(20).isAfter(w.eind)) {
                        LocalDate terug = wissel.plusDays(w.tussen(7, 20));
                        lijst.add(new Toewijzing(vanaf, terug, Werkwijze.CRT, crt(w)));
                        vanaf = terug;
                    }
                }
                lijst.add(new Toewijzing(vanaf, einde, Werkwijze.VAST, vast(w, teamNummer)));
            }
        }
        return lijst;
    }

    private static String vast(Worp w, int teamNummer) {
        return medewerker(teamNummer * VAST_PER_TEAM + w.tussen(1, VAST_PER_TEAM));
    }

    private static String ccp(Worp w) {
        return medewerker(CCP_POOL_VAN + w.r.nextInt(20));
    }

    private static String crt(Worp w) {
        return medewerker(CRT_POOL_VAN + w.r.nextInt(30));
    }

    private static String medewerker(int nummer) {
        return String.format("M-%03d", nummer);
    }

    /** The letter to the family when an interim team takes the dossier; on time, late or never. */
    static LocalDate informatiebrief(Worp w, Kalibratie p, List<Toewijzing> toewijzingen) {
        LocalDate begin = toewijzingen.stream().filter(t -> !t.isVast()).map(Toewijzing::vanaf).findFirst()
                .orElse(null);
        if (begin == null) {
            return null;
        }
        if (w.kans(p.informatiebriefOpTijd())) {
            return w.alsGebeurd(begin.plusDays(w.tussen(0, 10)));
        }
        return w.kans(0.6) ? w.alsGebeurd(begin.plusDays(w.tussen(11, 60))) : null;
    }
}
