package nl.normtoets.monitor;

/** Where a signal stands on the peildatum. */
public enum Signaalstatus {
    /** The last allowed day has passed (the audit calls this TEKORT). */
    VERLOPEN,
    /** Not yet overdue, but the last allowed day falls within the horizon. */
    BINNENKORT
}
