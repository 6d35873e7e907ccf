package nl.normtoets.review;

import java.util.List;

import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.report.Auditrapport;

/**
 * Scores a sample's answers beside the registration: answers become {@link Leesbevinding}s, each norm of the
 * checklist gets its reading judgement and the combined one ({@link Normlezing}), and each mirrored indicator its
 * agreement ({@link Overeenstemming}). Pure: no store, no clock.
 */
public final class Lezingscore {

    private Lezingscore() {
    }

    /**
     * @param rapport    the audit's report (its norm rows and its findings on the sampled dossiers)
     * @param steekproef the sample; answers for dossiers outside it are ignored
     * @param antwoorden the saved answers per sampled dossier
     */
    public static Lezingverslag bereken(Auditrapport rapport, Steekproef steekproef, List<Dossierantwoorden> antwoorden,
                                        Dossierlezing lijst, Normcatalogus catalogus) {
        throw new UnsupportedOperationException("volgt");
    }
}
