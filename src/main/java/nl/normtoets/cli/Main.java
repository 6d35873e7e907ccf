package nl.normtoets.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.normtoets.engine.RegelBasis;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code normtoets.jar}: one subcommand per job. */
@Command(name = "normtoets", mixinStandardHelpOptions = true, version = "normtoets 0.1.0",
        resourceBundle = "nl.normtoets.cli.Hulpteksten", synopsisSubcommandLabel = "[OPDRACHT]",
        description = "Toetst de dossiers en de organisatie van een gecertificeerde instelling aan het "
                + "toetsingskader van de inspecties (IGJ en IJenV).")
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

    /**
     * The subcommands in the order the help lists them. Added on demand: reading a command's annotations costs about
     * as much as the rest of picocli's start, so a run of one command (the usual case) reads only that one.
     */
    private static final List<Class<?>> OPDRACHTEN = List.of(AuditCommand.class, GenerateCommand.class,
            BenchCommand.class, ImportCommand.class, ServeCommand.class, MonitorCommand.class, GeschiedenisCommand.class,
            VergelijkCommand.class, TrendCommand.class, OpruimenCommand.class, VerbeterplanCommand.class,
            VoortgangCommand.class, SteekproefCommand.class, LezingCommand.class);

    /** The English names of before issue 11, kept for scripts; hidden, so the help lists only the Dutch ones. */
    private static final Map<String, Class<?>> OUDE_NAMEN = Map.of("generate", GenerateCommand.class,
            "serve", ServeCommand.class);

    /** The commands that judge dossiers, and so need the rule base. */
    private static final Set<String> MET_REGELS = Set.of("audit", "monitor", "bench");

    private static int voerUit(String... args) {
        String eerste = args.length > 0 ? args[0] : "";
        if (MET_REGELS.contains(eerste)) {
            // the rule base takes about a second to build: start it now, on the second core, while picocli and the
            // catalog are read on this one
            RegelBasis.bouwVooruit();
        }
        CommandLine cli = new CommandLine(new Main());
        boolean een = OUDE_NAMEN.containsKey(eerste) || OPDRACHTEN.stream().anyMatch(c -> heet(c, eerste));
        // help, a mistyped name or no command at all: every command, for the list and picocli's suggestions
        for (Class<?> c : OPDRACHTEN) {
            if (!een || heet(c, eerste)) {
                cli.addSubcommand(maak(c));
            }
        }
        if (!een) {
            cli.addSubcommand(new CommandLine.HelpCommand());
        }
        OUDE_NAMEN.forEach((naam, c) -> {
            if (!een || naam.equals(eerste)) {
                cli.addSubcommand(naam, verborgen(maak(c)));
            }
        });
        return Exitcodes.gebruiksfoutOveral(cli)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new Exitcodes())
                .execute(args);
    }

    private static boolean heet(Class<?> opdracht, String naam) {
        Command c = opdracht.getAnnotation(Command.class);
        return c.name().equals(naam) || List.of(c.aliases()).contains(naam);
    }

    private static Object maak(Class<?> opdracht) {
        try {
            return CommandLine.defaultFactory().create(opdracht);
        } catch (Exception e) {
            throw new IllegalStateException("opdracht " + opdracht.getSimpleName() + " kan niet worden gemaakt", e);
        }
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
