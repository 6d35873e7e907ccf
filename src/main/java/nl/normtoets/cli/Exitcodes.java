package nl.normtoets.cli;

import nl.normtoets.ingest.OnbruikbareInvoer;
import nl.normtoets.norm.CatalogusFout;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Unusable input or catalog: one clear line on stderr and exit code 2, no stack trace. */
final class Exitcodes implements IExecutionExceptionHandler {
    static final int ONBRUIKBARE_INVOER = 2;
    /** Out of memory or another {@link Error}: the run is stopped, never left hanging. */
    static final int AFGEBROKEN = 3;
    static final String GEHEUGEN_OP = "normtoets: onvoldoende geheugen; de toets is afgebroken. Geef Java meer "
            + "geheugen, bijvoorbeeld java -Xmx2g -jar normtoets.jar ...";

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) throws Exception {
        if (e instanceof OnbruikbareInvoer || e instanceof CatalogusFout) {
            cmd.getErr().println("normtoets: " + e.getMessage());
            return ONBRUIKBARE_INVOER;
        }
        throw e;
    }
}
