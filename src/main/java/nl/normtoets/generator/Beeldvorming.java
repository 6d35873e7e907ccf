package nl.normtoets.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.normtoets.dossier.Analyse;
import nl.normtoets.dossier.Leefgebied;
import nl.normtoets.dossier.Maatregel;
import nl.normtoets.dossier.Taxatie;
import nl.normtoets.dossier.TaxatieSoort;

/**
 * Risk assessments and the broad analysis. Child protection uses the ARIJ safety list at the start and a yearly
 * ARIJ risk assessment; youth probation the LIJ recidivism assessment every half year. Part of the dossiers get
 * them late or never: the backlog of risk assessments in seeds 000 and 001.
 */
final class Beeldvorming {

    static final List<String> RISICOS_JB = List.of("HUISELIJK_GEWELD", "VERWAARLOZING", "MISHANDELING",
            "PSYCHIATRIE_OUDER", "VERSLAVING_OUDER", "VECHTSCHEIDING", "SCHOOLVERZUIM", "PARENTIFICATIE",
            "ONVEILIGE_WOONSITUATIE");
    static final List<String> RISICOS_JR = List.of("RECIDIVE", "MIDDELENGEBRUIK", "SCHOOLVERZUIM",
            "CRIMINEEL_NETWERK", "AGRESSIE");

    private static final List<Leefgebied> OVERIGE_LEEFGEBIEDEN = List.of(Leefgebied.GEZONDHEID,
            Leefgebied.ONTWIKKELING, Leefgebied.OPVOEDING, Leefgebied.SCHOOL, Leefgebied.NETWERK,
            Leefgebied.FINANCIEN, Leefgebied.HUISVESTING, Leefgebied.VRIJE_TIJD, Leefgebied.JUSTITIE);

    private Beeldvorming() {
    }

    static List<Taxatie> taxaties(Worp w, Kalibratie p, Maatregel m) {
        List<Taxatie> uit = new ArrayList<>();
        if (w.kans(p.taxatieOntbreekt())) {
            return uit;
        }
        boolean jr = m.isJeugdreclassering();
        double u = w.r.nextDouble();
        int eersteDag = u < p.taxatieBinnenVijfDagen() ? w.tussen(0, 5)
                : u < p.taxatieBinnenZesWeken() ? w.tussen(6, 42) : w.tussen(43, 150);
        LocalDate eerste = w.dag(eersteDag);
        if (!w.gebeurd(eerste)) {
            return uit;
        }
        uit.add(jr ? recidive(w, eerste) : new Taxatie(eerste, TaxatieSoort.VEILIGHEID, "ARIJ_VEILIGHEIDSLIJST",
                risicos(w, RISICOS_JB)));
        // periodic reassessment; overdue in dossiers that are not kept current
        boolean bijgehouden = w.kans(p.dossierBijgehouden());
        LocalDate d = eerste;
        while (true) {
            int stap = jr ? (bijgehouden ? w.tussen(120, 182) : w.tussen(150, 300))
                    : (uit.size() == 1 ? w.tussen(7, 60) : bijgehouden ? w.tussen(240, 365) : w.tussen(300, 540));
            d = d.plusDays(stap);
            if (!w.gebeurd(d)) {
                return uit;
            }
            uit.add(jr ? recidive(w, d) : new Taxatie(d, TaxatieSoort.RISICO, "ARIJ_RISICOTAXATIE",
                    risicos(w, RISICOS_JB)));
        }
    }

    private static Taxatie recidive(Worp w, LocalDate d) {
        return new Taxatie(d, TaxatieSoort.RECIDIVE, "LIJ", risicos(w, RISICOS_JR));
    }

    private static List<String> risicos(Worp w, List<String> uit) {
        return w.kiesVerschillend(uit, w.tussen(1, 3));
    }

    static List<Analyse> analyses(Worp w, Kalibratie p) {
        int dag = w.kans(p.analyseOpTijd()) ? w.tussen(10, 42) : w.kans(0.7) ? w.tussen(43, 120) : -1;
        if (dag < 0 || !w.gebeurd(w.dag(dag))) {
            return List.of();
        }
        List<Leefgebied> gebieden = new ArrayList<>();
        if (w.kans(0.92)) {
            gebieden.add(Leefgebied.VEILIGHEID);
        }
        gebieden.addAll(w.kiesVerschillend(OVERIGE_LEEFGEBIEDEN, w.tussen(2, 7)));
        return List.of(new Analyse(w.dag(dag), w.kans(0.75), gebieden));
    }
}
