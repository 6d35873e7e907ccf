package nl.normtoets.audit;

/**
 * Progress of one audit run, in dossiers: how many have been read, judged and written so far. The CLI shows it as a
 * progress bar on a terminal; everything else passes {@link #GEEN}.
 *
 * <p>Each call carries the running total of its stage (not an increment), so a listener may simply show the latest
 * value. Calls may come from worker threads and, across threads, slightly out of order: an implementation must be
 * thread-safe and should keep the highest value it has seen. Calls must be cheap; a caller may report once per
 * batch rather than once per dossier. A listener never throws back into the audit.
 */
public interface Voortgang {

    /** {@code n} dossiers have been read (parsed and checked) so far; rejected ones included. */
    default void gelezen(long n) {
    }

    /** {@code n} dossiers have been judged by their rules so far. */
    default void beoordeeld(long n) {
    }

    /** The findings of {@code n} dossiers have been written to the report so far. */
    default void geschreven(long n) {
    }

    /**
     * The total number of dossiers, once it is known (a caller that streams may only know it at the end of reading,
     * or never); a listener may use it to show a share instead of a count.
     */
    default void verwacht(long n) {
    }

    /** Reports nothing: the default for the service, tests and any run without a terminal. */
    Voortgang GEEN = new Voortgang() {
    };
}
