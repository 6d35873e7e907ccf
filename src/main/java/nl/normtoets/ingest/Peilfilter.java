package nl.normtoets.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import nl.normtoets.dossier.Contactafspraak;
import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Hulp;
import nl.normtoets.dossier.Signaal;
import nl.normtoets.dossier.Toewijzing;

/**
 * An audit set as it stood on an earlier day ({@code audit --per}): every fact dated after that day is left out,
 * so one current export yields the audits of past months. A dossier started after the day did not exist yet and is
 * left out whole; an end, an assignment's end, or a later date on a help (started, agreed, escalated, judged) after
 * the day is cleared, since on that day it had not happened. Nothing left out is a reason to reject a dossier; the
 * filter counts what it left out, for the report's notes. Runs on the bound dossier records, after the reader has
 * checked them, so reading stays the same with or without it. One filter per audit set (it counts).
 */
public final class Peilfilter {

    private final LocalDate dag;
    private int feiten;
    private int dossiers;

    public Peilfilter(LocalDate dag) {
        this.dag = dag;
    }

    public LocalDate dag() {
        return dag;
    }

    /** Facts (records or dates) left out so far. */
    public int weggelatenFeiten() {
        return feiten;
    }

    /** Dossiers left out so far because they started after the day. */
    public int weggelatenDossiers() {
        return dossiers;
    }

    /**
     * The set on the day: its peildatum becomes the day, which must not lie after the set's own peildatum (an
     * export cannot show what happened after it was made).
     */
    public Auditset pas(Auditset set) {
        if (dag.isAfter(set.peildatum())) {
            throw new OnbruikbareInvoer(set.bron() + ": --per " + dag + " ligt na de peildatum " + set.peildatum()
                    + "; een auditset laat niet zien wat daarna gebeurde");
        }
        List<Dossier> op = new ArrayList<>(set.dossiers().size());
        for (Dossier d : set.dossiers()) {
            Dossier f = pas(d);
            if (f != null) {
                op.add(f);
            }
        }
        return new Auditset(set.bron(), dag, set.organisatie(), op, set.afgewezen(), set.organisatieFeiten(),
                set.organisatieFouten());
    }

    /** The dossier as it stood on the day, or null when it started after it. */
    public Dossier pas(Dossier d) {
        if (na(d.startdatum())) {
            dossiers++;
            return null;
        }
        return new Dossier(d.id(), d.maatregel(), d.startdatum(), datum(d.einddatum()), d.regio(), d.gemeente(),
                d.team(), d.geboortejaar(), d.hulpNodig(),
                lijst(d.toewijzingen(), t -> na(t.vanaf()) ? null
                        : na(t.tot()) ? new Toewijzing(t.vanaf(), datum(t.tot()), t.werkwijze(), t.medewerker()) : t),
                datum(d.informatiebrief()),
                lijst(d.contacten(), c -> na(c.datum()) ? null : c),
                lijst(d.taxaties(), t -> na(t.datum()) ? null : t),
                lijst(d.analyses(), a -> na(a.datum()) ? null : a),
                lijst(d.plannen(), p -> na(p.datum()) ? null : p),
                lijst(d.hulp(), this::hulp),
                lijst(d.evaluaties(), e -> na(e.datum()) ? null : e),
                lijst(d.kernbesluiten(), k -> na(k.datum()) ? null : k),
                lijst(d.samenwerkingsafspraken(), s -> na(s.datum()) ? null : s),
                contactafspraak(d.contactafspraak()),
                lijst(d.veiligheidsafspraken(), v -> na(v.datum()) ? null : v),
                lijst(d.signalen(), s -> na(s.datum()) ? null
                        : na(s.opgevolgd()) ? new Signaal(s.datum(), datum(s.opgevolgd())) : s));
    }

    private Hulp hulp(Hulp h) {
        if (na(h.aangevraagd())) {
            return null;
        }
        if (!na(h.gestart()) && !na(h.gemeenteAfgestemd()) && !na(h.opgeschaald()) && !na(h.beoordeeld())) {
            return h;
        }
        boolean oordeelLater = na(h.beoordeeld());
        // a judgement of effect made after the day was not known on the day
        return new Hulp(h.id(), h.doel(), h.aangevraagd(), datum(h.gestart()), datum(h.gemeenteAfgestemd()),
                datum(h.opgeschaald()), oordeelLater ? null : h.effectief(), datum(h.beoordeeld()));
    }

    private Contactafspraak contactafspraak(Contactafspraak c) {
        return c == null || !na(c.datum()) ? c : tel(null);
    }

    private boolean na(LocalDate d) {
        return d != null && d.isAfter(dag);
    }

    /** The date if it lies on or before the day; null (counted) after it. */
    private LocalDate datum(LocalDate d) {
        return na(d) ? tel(null) : d;
    }

    private <T> T tel(T leeg) {
        feiten++;
        return leeg;
    }

    /** Keeps each element as {@code op} maps it; a null from {@code op} leaves the element out and counts it. */
    private <T> List<T> lijst(List<T> elementen, Function<T, T> op) {
        List<T> uit = null;
        for (int i = 0; i < elementen.size(); i++) {
            T e = elementen.get(i);
            T f = op.apply(e);
            if (f == null) {
                feiten++;
            }
            if (f != e && uit == null) {
                uit = new ArrayList<>(elementen.subList(0, i));
            }
            if (uit != null && f != null) {
                uit.add(f);
            }
        }
        return uit == null ? elementen : uit;
    }
}
