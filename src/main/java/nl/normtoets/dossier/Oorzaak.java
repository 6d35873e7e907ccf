package nl.normtoets.dossier;

/**
 * The closed list of causes for a first contact that came too late. Drawn from what the inspecties heard (seed 002,
 * norm 1a.3: parents do not answer, appointments cancelled, contact data missing; theme 1a and 3.4: no worker free)
 * and what the Handelingsperspectief asks to analyse (seed 004: why the five-day term was missed and how to solve it).
 */
public enum Oorzaak {
    /** No (correct) address or telephone number of the family. */
    GEEN_CONTACTGEGEVENS,
    /** The family does not respond to calls or messages. */
    GEZIN_NIET_BEREIKBAAR,
    /** The family declined or cancelled the appointment. */
    GEZIN_WEIGERT_OF_ZEGT_AF,
    /** No worker was free to take the case in time. */
    GEEN_CAPACITEIT,
    /** The decision or the Raad's report reached the GI late. */
    LATE_OVERDRACHT,
    /** The child could not be reached where it stays (e.g. placed elsewhere, abroad). */
    JEUGDIGE_ONVINDBAAR,
    /** Anything else; the analysis itself says what. */
    ANDERS
}
