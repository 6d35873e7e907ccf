package nl.normtoets.cli;

import nl.normtoets.ingest.OnbruikbareInvoer;
import nl.normtoets.norm.CatalogusFout;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Unusable input or catalog: one clear line on stderr and exit code 2, no stack trace. */
final class Exitcodes implements IExecutionExceptionHandler {
    static final int ONBRUIKBARE_INVOER = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) throws Exception {
        if (e instanceof OnbruikbareInvoer || e instanceof CatalogusFout) {
            cmd.getErr().println("normtoets: " + e.getMessage());
            return ONBRUIKBARE_INVOER;
        }
        throw e;
    }
}
