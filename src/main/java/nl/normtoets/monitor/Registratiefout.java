package nl.normtoets.monitor;

import java.util.Objects;

/** A registration that cannot be right; listed apart from the risks so it is fixed, not mistaken for one. */
public record Registratiefout(String dossier, Toedeling toedeling, Soort soort, String toelichting) {

    public enum Soort {
        CONTACT_VOOR_START,
        PLAN_ZONDER_SOORT,
        OVERLAPPENDE_TOEWIJZINGEN,
        HULP_GESTART_VOOR_AANVRAAG,
        ONBEKEND_INSTRUMENT,
        OPGEVOLGD_VOOR_SIGNAAL,
        VASTE_TOEWIJZING_ZONDER_MEDEWERKER
    }

    public Registratiefout {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(toelichting, "toelichting");
    }
}
