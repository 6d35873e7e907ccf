package nl.normtoets.monitor;

import java.util.Objects;

/** A registration that cannot be right; listed apart from the risks so it is fixed, not mistaken for one. */
public record Registratiefout(String dossier, Toedeling toedeling, Soort soort, String toelichting) {

    /** Each kind names the signal kinds that rest on the faulty registration (item 4 of issue 16). */
    public enum Soort {
        CONTACT_VOOR_START(Signaalsoort.EERSTE_CONTACT, Signaalsoort.EEN_OP_EEN_CONTACT, Signaalsoort.CONTACT_JEUGDIGE,
                Signaalsoort.CONTACT_EN_EEN_OP_EEN),
        PLAN_ZONDER_SOORT(Signaalsoort.EERSTE_PLAN, Signaalsoort.PLAN_VEROUDERD),
        OVERLAPPENDE_TOEWIJZINGEN(Signaalsoort.GEEN_TOEWIJZING, Signaalsoort.GEEN_VASTE_WERKER),
        HULP_GESTART_VOOR_AANVRAAG(Signaalsoort.EERSTE_HULP),
        ONBEKEND_INSTRUMENT(Signaalsoort.EERSTE_TAXATIE, Signaalsoort.RISICOTAXATIE_VEROUDERD),
        OPGEVOLGD_VOOR_SIGNAAL(Signaalsoort.SIGNAAL_ONBEANTWOORD),
        VASTE_TOEWIJZING_ZONDER_MEDEWERKER(Signaalsoort.GEEN_TOEWIJZING, Signaalsoort.GEEN_VASTE_WERKER);

        private final java.util.Set<Signaalsoort> raakt;

        Soort(Signaalsoort... raakt) {
            this.raakt = java.util.Set.of(raakt);
        }

        /** Whether a signal of this kind rests on the registration this error is about. */
        public boolean raakt(Signaalsoort soort) {
            return raakt.contains(soort);
        }
    }

    public Registratiefout {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(toelichting, "toelichting");
    }
}
