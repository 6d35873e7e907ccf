package nl.normtoets.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code normtoets.jar}: one subcommand per job. */
@Command(name = "normtoets", mixinStandardHelpOptions = true, version = "normtoets 0.1.0",
        resourceBundle = "nl.normtoets.cli.Hulpteksten", synopsisSubcommandLabel = "[OPDRACHT]",
        description = "Toetst de dossiers en de organisatie van een gecertificeerde instelling aan het "
                + "toetsingskader van de inspecties (IGJ en IJenV).",
        subcommands = {AuditCommand.class, GenerateCommand.class, BenchCommand.class, ImportCommand.class, ServeCommand.class, MonitorCommand.class, GeschiedenisCommand.class, VergelijkCommand.class, TrendCommand.class, OpruimenCommand.class, VerbeterplanCommand.class, VoortgangCommand.class, SteekproefCommand.class, LezingCommand.class, CommandLine.HelpCommand.class})
// the exit codes are listed in Hulpteksten.properties, which every command's help shares (Exitcodes)
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // A thread outside the audit engine that dies of an Error would otherwise leave main waiting for it; in a
        // process of its own, stop at once with one clear line (halt: shutdown hooks may need memory that is gone).
        Thread.setDefaultUncaughtExceptionHandler((draad, fout) -> {
            if (fout instanceof VirtualMachineError) {
                System.err.println(fout instanceof OutOfMemoryError ? Exitcodes.GEHEUGEN_OP
                        : "normtoets: interne fout in de Java-machine; de toets is afgebroken");
                Runtime.getRuntime().halt(Exitcodes.AFGEBROKEN);
            }
        });
        System.exit(run(args));
    }

    public static int run(String... args) {
        try {
            return voerUit(args);
        } catch (OutOfMemoryError e) {
            // the stack that held the audit is gone now, so printing has room again; no stack trace, one clear line
            System.err.println(Exitcodes.GEHEUGEN_OP);
            return Exitcodes.AFGEBROKEN;
        } catch (Error e) {
            System.err.println("normtoets: interne fout (" + e.getClass().getSimpleName() + "); de toets is afgebroken");
            return Exitcodes.AFGEBROKEN;
        }
    }

    private static int voerUit(String... args) {
        CommandLine cli = new CommandLine(new Main());
        // the English names of before issue 11, kept for scripts; hidden, so the help lists only the Dutch ones
        cli.addSubcommand("generate", verborgen(new GenerateCommand()));
        cli.addSubcommand("serve", verborgen(new ServeCommand()));
        return Exitcodes.gebruiksfoutOveral(cli)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new Exitcodes())
                .execute(args);
    }

    private static CommandLine verborgen(Object opdracht) {
        CommandLine c = new CommandLine(opdracht);
        c.getCommandSpec().usageMessage().hidden(true);
        return c;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
