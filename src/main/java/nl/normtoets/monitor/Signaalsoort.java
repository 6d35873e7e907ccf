package nl.normtoets.monitor;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the testmonitor warns about. Most kinds follow an audit indicator, so the monitor and the audit use the same
 * rule and term; the two without an indicator (plan per kind, no vaste worker) come from {@code rules/monitor.drl}.
 */
public enum Signaalsoort {
    SIGNAAL_ONBEANTWOORD("3.6-A", "opgevolgd", Categorie.ACUUT, false, "signaal van onveiligheid niet opgevolgd"),
    GEEN_TOEWIJZING("3.4-B", null, Categorie.ACUUT, false, "dossier aan niemand toegewezen"),
    EERSTE_CONTACT("1a.3-A", "eersteFaceToFaceContact", Categorie.VEILIGHEID, false, "eerste face-to-face contact"),
    EERSTE_TAXATIE("1a.3-B", "eersteTaxatie", Categorie.VEILIGHEID, false, "eerste veiligheidstaxatie"),
    RISICOTAXATIE_VEROUDERD("3.5-A", null, Categorie.VEILIGHEID, true, "risicotaxatie verouderd"),
    EERSTE_PLAN("1b.3-A", "eerstePlan", Categorie.OVERIG, false, "eerste plan van aanpak"),
    EERSTE_HULP("2.2-A", "eersteHulpGestart", Categorie.OVERIG, false, "eerste hulp gestart"),
    EEN_OP_EEN_CONTACT("3.1-A", null, Categorie.OVERIG, true, "een-op-een contact met de jeugdige"),
    CONTACT_JEUGDIGE("3.4-A", null, Categorie.OVERIG, true, "langer dan drie maanden geen contact met de jeugdige"),
    PLAN_VEROUDERD("3.3-C", null, Categorie.OVERIG, true, "plan van aanpak verouderd"),
    EVALUATIE_VERLOPEN("3.3-A", null, Categorie.OVERIG, true, "evaluatie verlopen"),
    GEEN_VASTE_WERKER(null, null, Categorie.OVERIG, false, "te lang zonder vaste jeugdbeschermer");

    /** Urgency class of a kind; see {@link Signaalafleiding#prioriteit}. */
    public enum Categorie { ACUUT, VEILIGHEID, OVERIG }

    private final String indicator;
    private final String gebeurtenis;
    private final Categorie categorie;
    private final boolean recent;
    private final String omschrijving;

    Signaalsoort(String indicator, String gebeurtenis, Categorie categorie, boolean recent, String omschrijving) {
        this.indicator = indicator;
        this.gebeurtenis = gebeurtenis;
        this.categorie = categorie;
        this.recent = recent;
        this.omschrijving = omschrijving;
    }

    /** The audit indicator this signal follows; empty for monitor-only signals. */
    public Optional<String> indicator() {
        return Optional.ofNullable(indicator);
    }

    /**
     * For one-off terms: the evidence key of the awaited event in the audit finding. When it holds a date on a
     * TEKORT, the action was done, only too late.
     */
    public Optional<String> gebeurtenis() {
        return Optional.ofNullable(gebeurtenis);
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
        return Arrays.stream(values()).filter(s -> indicatorId.equals(s.indicator)).findFirst();
    }
}
