package nl.normtoets.review.blad;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.normtoets.review.Dossierantwoorden;
import nl.normtoets.review.Dossierlezing;
import nl.normtoets.review.Lezingnorm;
import nl.normtoets.review.Lezingvraag;
import nl.normtoets.review.Steekproef;
import nl.normtoets.review.Steekproefdossier;
import nl.normtoets.review.Vraagantwoord;

/**
 * Between the sheet and the store: writes a sample's questions as sheet rows (with answers saved so far) and turns
 * an imported sheet into answers per dossier, after checking every row against the sample, the checklist and four
 * eyes. A row's error names the sheet, row and column; nothing is stored while any row is wrong.
 */
public final class Lezingimport {

    private Lezingimport() {
    }

    /**
     * The rows of a sample's sheet: every sampled dossier the reader may read (in draw order) times every question
     * of the checklist, with the answers saved so far. {@code lezers}: the reader's identities (user name, worker
     * code) for four eyes; empty for a quality officer who only hands the sheet out.
     */
    public static List<Bladrij> rijen(Steekproef steekproef, Dossierlezing lijst, List<Dossierantwoorden> opgeslagen,
                                      Collection<String> lezers) {
        Map<String, Dossierantwoorden> perDossier = new LinkedHashMap<>();
        opgeslagen.forEach(a -> perDossier.put(a.dossier(), a));
        List<Bladrij> rijen = new ArrayList<>();
        for (Steekproefdossier d : steekproef.dossiers()) {
            if (!magLezen(d, lezers)) {
                continue;
            }
            Dossierantwoorden eerder = perDossier.get(d.dossier());
            for (Lezingnorm n : lijst.normen()) {
                for (Lezingvraag v : n.vragen()) {
                    var a = eerder == null ? null : eerder.antwoord(v.id()).orElse(null);
                    rijen.add(new Bladrij(d.dossier(), n.norm(), v.id(), v.tekst(), a == null ? null : a.antwoord(),
                            a == null ? "" : a.toelichting()));
                }
            }
        }
        return rijen;
    }

    /** Four eyes on every identity of the reader (user name and, when configured, worker code). */
    public static boolean magLezen(Steekproefdossier d, Collection<String> lezers) {
        return lezers.stream().filter(Objects::nonNull).allMatch(d::magLezen);
    }

    /**
     * The answers per dossier of an imported sheet, stamped with {@code lezer} (the user name stored with them) and
     * {@code moment}. Only dossiers with at least one answer are returned: an untouched dossier's saved answers
     * stay as they are, while a touched dossier's answers are replaced by what the sheet holds for it.
     */
    public static List<Dossierantwoorden> antwoorden(Bladinhoud blad, Steekproef steekproef, Dossierlezing lijst,
                                                     String lezer, Collection<String> lezers, Instant moment) {
        List<Bladfout> fouten = new ArrayList<>();
        Map<String, List<Vraagantwoord>> perDossier = new LinkedHashMap<>();
        for (Bladinhoud.Regel r : blad.regels()) {
            Bladrij rij = r.rij();
            var d = steekproef.dossier(rij.dossier());
            if (d.isEmpty()) {
                fouten.add(new Bladfout(blad.blad(), r.nummer(), Lezingblad.DOSSIER,
                        "dit dossier zit niet in de steekproef van deze audit"));
                continue;
            }
            if (!magLezen(d.get(), lezers)) {
                fouten.add(new Bladfout(blad.blad(), r.nummer(), Lezingblad.DOSSIER,
                        "u bent medewerker op dit dossier; vier ogen: een ander leest het"));
                continue;
            }
            if (lijst.vraag(rij.vraagId()).isEmpty()) {
                fouten.add(new Bladfout(blad.blad(), r.nummer(), Lezingblad.VRAAG_ID,
                        "deze vraag staat niet in de checklist"));
                continue;
            }
            if (rij.antwoord() != null) {
                perDossier.computeIfAbsent(rij.dossier(), k -> new ArrayList<>())
                        .add(new Vraagantwoord(rij.vraagId(), rij.antwoord(), rij.toelichting()));
            }
            if (fouten.size() >= Bladlezer.MAX_FOUTEN) {
                break;
            }
        }
        if (!fouten.isEmpty()) {
            throw new OnleesbaarBlad(fouten);
        }
        return perDossier.entrySet().stream()
                .map(e -> new Dossierantwoorden(steekproef.id(), e.getKey(), lezer, moment, e.getValue()))
                .toList();
    }
}
