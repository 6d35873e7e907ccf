package nl.normtoets.review;

import java.util.List;

import nl.normtoets.report.Auditrapport.Bereik;
import nl.normtoets.scoring.Oordeel;

/**
 * One norm judged on registration and on the dossierlezing side by side.
 *
 * @param registratie            the registration's judgement (as in the report's norm row)
 * @param registratiePercentage  the share (percent) that judgement rests on; null when nothing applied
 * @param registratieAantal      the number of applicable outcomes behind it
 * @param registratieInterval    its 95% Wilson interval in percent
 * @param lezing                 the reading's judgement: a sampled dossier counts VOLDOET for the norm when none
 *                               of its applicable answers is TEKORT
 * @param lezingVoldoet          sampled dossiers VOLDOET on the reading ("y")
 * @param lezingToepasbaar       sampled dossiers with at least one applicable answer ("z")
 * @param lezingPercentage       y / z in percent; null when z = 0
 * @param lezingInterval         the 95% Wilson interval of y / z in percent
 * @param combinatie             the checklist's rule for this norm
 * @param oordeel                the combined judgement
 * @param alleenLezing           the combined judgement rests on the reading alone (rule {@code alleenLezing}, or
 *                               the registration judged nothing)
 * @param tekst                  for people: "registratie 60,0% (975) — dossierlezing 2 van 20"
 * @param vragen                 the counts per question
 */
public record Normlezing(String norm, String titel, Oordeel registratie, Double registratiePercentage,
                        int registratieAantal, Bereik registratieInterval, Oordeel lezing, int lezingVoldoet,
                        int lezingToepasbaar, Double lezingPercentage, Bereik lezingInterval,
                        Combinatieregel combinatie, Oordeel oordeel, boolean alleenLezing, String tekst,
                        List<Vraagtelling> vragen) {

    public Normlezing {
        vragen = vragen == null ? List.of() : List.copyOf(vragen);
    }
}
