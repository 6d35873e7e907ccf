package nl.normtoets.generator.traject;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import nl.normtoets.dossier.Contactafspraak;
import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Hulp;
import nl.normtoets.dossier.Signaal;
import nl.normtoets.dossier.Toewijzing;

/**
 * A dossier as it was registered on a day: every fact dated after the day is left out, and a field that only
 * became known later (an end date, the end of an assignment, the start or the judgement of help, the follow-up of a
 * signal) is empty. Because every snapshot is cut from the same whole life, a later snapshot can only add facts;
 * nothing dated on or before an earlier snapshot's day differs between them.
 */
final class Afsnijding {

    private Afsnijding() {
    }

    static Dossier op(Dossier d, LocalDate dag) {
        return new Dossier(d.id(), d.maatregel(), d.startdatum(), tot(d.einddatum(), dag), d.regio(), d.gemeente(),
                d.team(), d.geboortejaar(), d.hulpNodig(),
                d.toewijzingen().stream().filter(t -> !t.vanaf().isAfter(dag))
                        .map(t -> new Toewijzing(t.vanaf(), tot(t.tot(), dag), t.werkwijze(), t.medewerker())).toList(),
                tot(d.informatiebrief(), dag),
                voor(d.contacten(), c -> c.datum(), dag),
                voor(d.taxaties(), t -> t.datum(), dag),
                voor(d.analyses(), a -> a.datum(), dag),
                voor(d.plannen(), p -> p.datum(), dag),
                d.hulp().stream().filter(h -> bekend(h, dag)).map(h -> hulp(h, dag)).toList(),
                voor(d.evaluaties(), e -> e.datum(), dag),
                voor(d.kernbesluiten(), k -> k.datum(), dag),
                voor(d.samenwerkingsafspraken(), s -> s.datum(), dag),
                contactafspraak(d.contactafspraak(), dag),
                voor(d.veiligheidsafspraken(), v -> v.datum(), dag),
                d.signalen().stream().filter(s -> !s.datum().isAfter(dag))
                        .map(s -> new Signaal(s.datum(), tot(s.opgevolgd(), dag))).toList());
    }

    private static LocalDate tot(LocalDate d, LocalDate dag) {
        return d != null && !d.isAfter(dag) ? d : null;
    }

    private static <T> List<T> voor(List<T> lijst, Function<T, LocalDate> datum, LocalDate dag) {
        return lijst.stream().filter(x -> !datum.apply(x).isAfter(dag)).toList();
    }

    private static boolean bekend(Hulp h, LocalDate dag) {
        LocalDate eerste = h.aangevraagd() != null ? h.aangevraagd() : h.gestart();
        return eerste != null && !eerste.isAfter(dag);
    }

    private static Hulp hulp(Hulp h, LocalDate dag) {
        boolean beoordeeld = h.beoordeeld() != null && !h.beoordeeld().isAfter(dag);
        return new Hulp(h.id(), h.doel(), tot(h.aangevraagd(), dag), tot(h.gestart(), dag),
                tot(h.gemeenteAfgestemd(), dag), tot(h.opgeschaald(), dag), beoordeeld ? h.effectief() : null,
                beoordeeld ? h.beoordeeld() : null);
    }

    private static Contactafspraak contactafspraak(Contactafspraak c, LocalDate dag) {
        return c == null || c.datum() == null || c.datum().isAfter(dag) ? null : c;
    }
}
