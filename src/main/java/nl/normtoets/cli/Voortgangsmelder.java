package nl.normtoets.cli;

import nl.normtoets.audit.Voortgang;

/** What a command holds during a run: the audit's progress listener, which it can clear from the screen and closes. */
interface Voortgangsmelder extends Voortgang, AutoCloseable {

    /** Clears the progress display so the command can print; a later report draws it again. */
    default void onderbreek() {
    }

    @Override
    default void close() {
    }

    /** Shows nothing: stderr is not a terminal. */
    Voortgangsmelder STIL = new Voortgangsmelder() {
    };
}
