package nl.normtoets.monitor;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import nl.normtoets.engine.RegelBasis;
import nl.normtoets.engine.Regeldekking;

/**
 * What the testmonitor warns about. Most kinds follow an audit indicator, so the monitor and the audit use the same
 * rule and term: the indicator's rule names the kind in its metadata ({@code @signaal("EERSTE_CONTACT")} beside
 * {@code @indicator("1a.3-A")}), so the link moves with the rule. The two kinds without an indicator (plan per kind,
 * no vaste worker) come from the rules under {@code rules/monitor/}.
 */
public enum Signaalsoort {
    SIGNAAL_ONBEANTWOORD(Categorie.ACUUT, false, true, "signaal van onveiligheid niet opgevolgd"),
    GEEN_TOEWIJZING(Categorie.ACUUT, false, false, "dossier aan niemand toegewezen"),
    EERSTE_CONTACT(Categorie.VEILIGHEID, false, true, "eerste face-to-face contact"),
    EERSTE_TAXATIE(Categorie.VEILIGHEID, false, true, "eerste veiligheidstaxatie"),
    RISICOTAXATIE_VEROUDERD(Categorie.VEILIGHEID, true, false, "risicotaxatie verouderd"),
    EERSTE_PLAN(Categorie.OVERIG, false, true, "eerste plan van aanpak"),
    EERSTE_HULP(Categorie.OVERIG, false, true, "eerste hulp gestart"),
    EEN_OP_EEN_CONTACT(Categorie.OVERIG, true, false, "een-op-een contact met de jeugdige"),
    CONTACT_JEUGDIGE(Categorie.OVERIG, true, false, "langer dan drie maanden geen contact met de jeugdige"),
    PLAN_VEROUDERD(Categorie.OVERIG, true, false, "plan van aanpak verouderd"),
    EVALUATIE_VERLOPEN(Categorie.OVERIG, true, false, "evaluatie verlopen"),
    GEEN_VASTE_WERKER(Categorie.OVERIG, false, false, "te lang zonder vaste jeugdbeschermer"),
    /**
     * 3.1-A and 3.4-A about the same missing visit: one face-to-face visit alone with the child meets both, so the
     * morning list names both terms in one signal instead of two rows for one chore.
     */
    CONTACT_EN_EEN_OP_EEN(Categorie.OVERIG, true, false, "geen (een-op-een) contact met de jeugdige");

    /** Urgency class of a kind; see {@link Signaalafleiding#prioriteit}. */
    public enum Categorie { ACUUT, VEILIGHEID, OVERIG }

    /** The rule metadata that names the signal kind an indicator's findings feed. */
    public static final String METADATA = "signaal";

    private final Categorie categorie;
    private final boolean recent;
    private final boolean eenmalig;
    private final String omschrijving;

    Signaalsoort(Categorie categorie, boolean recent, boolean eenmalig, String omschrijving) {
        this.categorie = categorie;
        this.recent = recent;
        this.eenmalig = eenmalig;
        this.omschrijving = omschrijving;
    }

    /** The audit indicator this signal follows (from the rules' metadata); empty for monitor-only signals. */
    public Optional<String> indicator() {
        return Koppeling.INDICATOR.entrySet().stream().filter(e -> e.getValue() == this)
                .map(Map.Entry::getKey).findFirst();
    }

    /**
     * One-off terms (first contact, first plan, ...): a TEKORT whose evidence holds the awaited event's date means
     * the action was done, only too late.
     */
    public boolean eenmalig() {
        return eenmalig;
    }

    /** Whether a signal of this kind stands for a shortfall of {@code andere} (the merged contact kind covers two). */
    public boolean dekt(Signaalsoort andere) {
        return this == andere || (this == CONTACT_EN_EEN_OP_EEN
                && (andere == CONTACT_JEUGDIGE || andere == EEN_OP_EEN_CONTACT));
    }

    public Categorie categorie() {
        return categorie;
    }

    /** "Within the last N days" kinds: a met indicator can still fall due soon (next due = last event + term). */
    public boolean recent() {
        return recent;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public static Optional<Signaalsoort> voorIndicator(String indicatorId) {
        return Optional.ofNullable(Koppeling.INDICATOR.get(indicatorId));
    }

    /** Indicator id to signal kind, read from the rules' {@code @indicator} and {@code @signaal} metadata. */
    static Map<String, Signaalsoort> koppeling(KieBase kieBase) {
        Map<String, Signaalsoort> uit = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                Object soort = r.getMetaData().get(METADATA);
                Optional<String> indicator = Regeldekking.indicator(r);
                if (soort != null && indicator.isPresent()) {
                    uit.put(indicator.get(), valueOf(String.valueOf(soort).replace("\"", "").trim()));
                }
            }
        }
        return uit;
    }

    /** Built on first use (holder idiom) from the shared rule base, the rules every monitor and audit run. */
    private static final class Koppeling {
        static final Map<String, Signaalsoort> INDICATOR = Map.copyOf(koppeling(RegelBasis.gedeeld()));
    }
}
