package nl.normtoets.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code normtoets.jar}: one subcommand per job. */
@Command(name = "normtoets", mixinStandardHelpOptions = true, version = "normtoets 0.1.0",
        description = "Toetst de dossiers en de organisatie van een gecertificeerde instelling aan het "
                + "toetsingskader van de inspecties (IGJ en IJenV).",
        subcommands = {AuditCommand.class, GenerateCommand.class, BenchCommand.class, ImportCommand.class, ServeCommand.class, MonitorCommand.class, GeschiedenisCommand.class, VergelijkCommand.class, TrendCommand.class, OpruimenCommand.class, VerbeterplanCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExitcodes:%n",
        exitCodeList = {"0:gelukt (ook als er dossiers zijn afgewezen)", "2:onbruikbare invoer of normcatalogus"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new Foutafhandeling())
                .execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
