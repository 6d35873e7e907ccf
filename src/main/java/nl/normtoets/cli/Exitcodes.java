package nl.normtoets.cli;

import nl.normtoets.ingest.OnbruikbareInvoer;
import nl.normtoets.norm.CatalogusFout;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Every failure as one line on stderr and a documented exit code, never a stack trace: 2 unusable input or catalog, or
 * output not fully written, 1 an internal fault (named by its kind only: its message may quote input). The stack
 * trace of an internal fault is printed only with {@code -Dnormtoets.spoor=true}.
 */
final class Exitcodes implements IExecutionExceptionHandler {
    static final int INTERNE_FOUT = 1;
    static final int ONBRUIKBARE_INVOER = 2;
    /** Out of memory or another {@link Error}: the run is stopped, never left hanging. */
    static final int AFGEBROKEN = 3;
    static final String GEHEUGEN_OP = "normtoets: onvoldoende geheugen; de toets is afgebroken. Geef Java meer "
            + "geheugen, bijvoorbeeld java -Xmx2g -jar normtoets.jar ...";

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
        if (e instanceof OnbruikbareInvoer || e instanceof CatalogusFout) {
            cmd.getErr().println("normtoets: " + e.getMessage());
            return ONBRUIKBARE_INVOER;
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
}
