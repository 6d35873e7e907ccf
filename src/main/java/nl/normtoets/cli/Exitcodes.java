package nl.normtoets.cli;

import nl.normtoets.ingest.OnbruikbareInvoer;
import nl.normtoets.norm.CatalogusFout;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Every failure as one line on stderr and its own exit code, never a stack trace, so a script can tell what went
 * wrong without reading the text. The codes are listed (in Dutch) in the help of every command
 * ({@code Hulpteksten.properties}) and in docs/contract.md. An internal fault is named by its kind only (its message
 * may quote input); its stack trace is printed only with {@code -Dnormtoets.spoor=true}.
 */
final class Exitcodes implements IExecutionExceptionHandler {
    static final int GELUKT = 0;
    static final int INTERNE_FOUT = 1;
    /** The input cannot be used: missing, not an audit set or export, no peildatum, a broken mapping. */
    static final int ONBRUIKBARE_INVOER = 2;
    /** Out of memory or another {@link Error}: the run is stopped, never left hanging. */
    static final int AFGEBROKEN = 3;
    static final String GEHEUGEN_OP = "normtoets: onvoldoende geheugen; de toets is afgebroken. Geef Java meer "
            + "geheugen, bijvoorbeeld java -Xmx2g -jar normtoets.jar ...";
    /** A command-line mistake (unknown option, missing or bad argument); picocli prints the usage. */
    static final int GEBRUIKSFOUT = 4;
    /** The norm catalog cannot be used (see docs/catalogus.md). */
    static final int CATALOGUSFOUT = 5;
    /** Output could not be written completely (disk full, no rights, a closed pipe). */
    static final int UITVOER_NIET_GESCHREVEN = 6;
    /** The audit ran, but judged no dossier at all (none in the set, or every one rejected). */
    static final int NIETS_GETOETST = 7;

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
        if (e instanceof OnbruikbareInvoer) {
            cmd.getErr().println("normtoets: " + e.getMessage());
            return ONBRUIKBARE_INVOER;
        }
        if (e instanceof CatalogusFout) {
            cmd.getErr().println("normtoets: " + e.getMessage());
            return CATALOGUSFOUT;
        }
        if (e instanceof Schrijffout) {
            cmd.getErr().println("normtoets: " + e.getMessage());
            return Schrijffout.EXITCODE;
        }
        cmd.getErr().println("normtoets: interne fout (" + e.getClass().getSimpleName() + "); meld dit met de "
                + "gebruikte opdracht, zonder de invoer");
        if (Boolean.getBoolean("normtoets.spoor")) {
            e.printStackTrace(cmd.getErr());
        }
        return INTERNE_FOUT;
    }

    /** A usage error gets its own code in every command, also in subcommands added after the annotations. */
    static CommandLine gebruiksfoutOveral(CommandLine cli) {
        cli.getCommandSpec().exitCodeOnInvalidInput(GEBRUIKSFOUT);
        cli.getSubcommands().values().forEach(Exitcodes::gebruiksfoutOveral);
        return cli;
    }
}
