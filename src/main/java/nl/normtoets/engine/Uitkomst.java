package nl.normtoets.engine;

/** The outcome of one indicator for one dossier (or for the organisation). */
public enum Uitkomst {
    /** The indicator is met. */
    VOLDOET,
    /** The indicator is not met: a deadline passed, or a requirement is missing. */
    TEKORT,
    /** The deadline has not passed on the peildatum and the requirement is not yet met. */
    NOG_NIET_TOETSBAAR,
    /** The indicator does not apply (other measure, nothing to check, or the dossier ended before the deadline). */
    NIET_VAN_TOEPASSING;

    /** Only VOLDOET and TEKORT count towards a norm's percentage. */
    public boolean toepasbaar() {
        return this == VOLDOET || this == TEKORT;
    }
}
