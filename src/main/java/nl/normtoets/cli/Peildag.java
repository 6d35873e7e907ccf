package nl.normtoets.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;

import nl.normtoets.ingest.OnbruikbareInvoer;
import nl.normtoets.ingest.Peilfilter;

/** The CLI side of {@code audit --per}: which peildatum to read with, and the console note of what was left out. */
final class Peildag {

    private Peildag() {
    }

    /**
     * The peildatum to read the input with. With {@code --per} a set is read as of its own peildatum (or
     * {@code --peildatum}) and then cut back to the day; an export carries no peildatum, so without
     * {@code --peildatum} it is read as of today.
     */
    static LocalDate leesdatum(Path invoer, LocalDate peildatum, LocalDate per) {
        if (per == null || peildatum != null) {
            if (per != null && per.isAfter(peildatum)) {
                throw new OnbruikbareInvoer("--per " + per + " ligt na --peildatum " + peildatum);
            }
            return peildatum;
        }
        return ImportCommand.isExport(invoer) ? LocalDate.now() : null;
    }

    static void meld(Peilfilter filter, PrintStream console) {
        if (filter != null) {
            console.printf("Per %s: %d feit(en) van na die dag weggelaten, %d dossier(s) die later begonnen niet "
                    + "meegeteld (zie 'aantallen' in het rapport).%n", Weergave.datum(filter.dag()),
                    filter.weggelatenFeiten(), filter.weggelatenDossiers());
        }
    }
}
