package nl.normtoets.monitor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Plan;
import nl.normtoets.dossier.Toewijzing;
import nl.normtoets.norm.CatalogusFout;
import nl.normtoets.norm.Indicator;
import nl.normtoets.norm.Niveau;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.norm.Termijn;

/**
 * The monitor-only deadlines, called from {@code rules/monitor.drl}. Every term is read from the catalog parameters
 * (3.3-C {@code termijnPerPlansoort}, 3.4-B {@code zonderVasteWerker}, 3.5-A {@code bekendeInstrumenten}).
 */
public final class Monitorregels {

    private Monitorregels() {
    }

    /** Last day the current plan is valid by its kind; null when the dossier is closed or has no plan yet. */
    public static Termijnfeit planVerouderd(Indicator i, Dossier d, LocalDate peildatum) {
        Plan plan = d.huidigPlan(peildatum).orElse(null);
        if (plan == null || d.afgeslotenOp(peildatum)) {
            return null; // no plan at all is the first-plan signal (1b.3-A) and the audit's 3.3-C
        }
        Termijn t = planTermijn(i, plan);
        LocalDate uiterlijk = t.einde(plan.datum());
        String soort = plan.soort() == null ? "zonder soort" : plan.soort().name();
        return new Termijnfeit(d.id(), Signaalsoort.PLAN_VEROUDERD, uiterlijk,
                "Geldend plan (" + soort + ") van " + plan.datum() + " is " + t + " geldig, tot en met " + uiterlijk + ".");
    }

    /** A plan without kind (or a kind the catalog gives no term) falls back to the indicator's own term (the audit's). */
    static Termijn planTermijn(Indicator i, Plan plan) {
        return plan.soort() == null ? i.vereisteTermijn()
                : i.termijnPerSoort("termijnPerPlansoort", plan.soort().name()).orElseGet(i::vereisteTermijn);
    }

    /**
     * Last day a running dossier may be without a vaste worker: the term counts from the day after the last VAST
     * assignment ended, or from the start when it never had one. Null when a vaste worker is active or it is closed.
     */
    public static Termijnfeit zonderVasteWerker(Indicator i, Dossier d, LocalDate peildatum) {
        if (d.afgeslotenOp(peildatum) || d.toewijzingen().stream().anyMatch(t -> t.isVast() && t.actiefOp(peildatum))) {
            return null;
        }
        Termijn t = i.termijn("zonderVasteWerker");
        Optional<LocalDate> laatsteVastTot = d.toewijzingen().stream().filter(Toewijzing::isVast)
                .map(Toewijzing::tot).filter(tot -> tot != null && tot.isBefore(peildatum))
                .max(LocalDate::compareTo);
        LocalDate sinds = laatsteVastTot.map(x -> x.plusDays(1)).filter(x -> x.isAfter(d.startdatum()))
                .orElse(d.startdatum());
        LocalDate uiterlijk = t.einde(sinds);
        return new Termijnfeit(d.id(), Signaalsoort.GEEN_VASTE_WERKER, uiterlijk,
                "Geen vaste jeugdbeschermer sinds " + sinds + (laatsteVastTot.isPresent() ? "" : " (de start)")
                        + "; toegestaan is " + t + ", tot en met " + uiterlijk + ".");
    }

    /**
     * Last day the active assignment covers, when it has an end date and no other assignment takes over the next
     * day: after it the dossier is unassigned (3.4-B). Null otherwise.
     */
    public static Termijnfeit toewijzingLooptAf(Dossier d, LocalDate peildatum) {
        if (d.afgeslotenOp(peildatum)) {
            return null;
        }
        LocalDate tot = null;
        for (Toewijzing t : d.toewijzingen()) {
            if (t.actiefOp(peildatum)) {
                if (t.tot() == null) {
                    return null;
                }
                tot = tot == null || t.tot().isAfter(tot) ? t.tot() : tot;
            }
        }
        if (tot == null) {
            return null; // nobody assigned now: the audit's 3.4-B already says TEKORT
        }
        LocalDate volgende = tot.plusDays(1);
        boolean overgenomen = d.toewijzingen().stream().anyMatch(t -> t.actiefOp(volgende));
        if (overgenomen || (d.einddatum() != null && !d.einddatum().isAfter(tot))) {
            return null;
        }
        return new Termijnfeit(d.id(), Signaalsoort.GEEN_TOEWIJZING, tot, "De huidige toewijzing loopt tot en met "
                + tot + " en niemand neemt het dossier daarna over.");
    }

    /**
     * Instruments a taxatie may name: the catalog parameter {@code bekendeInstrumenten}, found on whichever dossier
     * indicator carries it (3.5-A today), so the monitor follows the catalog rather than an id.
     */
    public static Set<String> bekendeInstrumenten(Normcatalogus catalogus) {
        Indicator i = catalogus.indicatoren(Niveau.DOSSIER).stream()
                .filter(x -> x.parameters().containsKey("bekendeInstrumenten")).findFirst()
                .orElseThrow(() -> new CatalogusFout("geen indicator in de normcatalogus heeft parameter "
                        + "'bekendeInstrumenten'"));
        if (!(i.parameters().get("bekendeInstrumenten") instanceof List<?> lijst)) {
            throw new CatalogusFout("parameter 'bekendeInstrumenten' van indicator " + i.id() + " is geen lijst");
        }
        return lijst.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
