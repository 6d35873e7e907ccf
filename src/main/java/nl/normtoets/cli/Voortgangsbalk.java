package nl.normtoets.cli;

import java.io.PrintStream;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;


/**
 * The CLI's progress bar on stderr (issue 18): dossiers read, judged and written, drawn by the progressbar library
 * only when stderr is a terminal; in a pipe, a file or CI nothing at all is written. One bar covers the run: its
 * value is read + judged + written, out of three times the number of dossiers once that is known (before that it
 * counts up without a total); the counts of each stage stand beside it.
 *
 * <p>The bar redraws its line from a thread of its own, so a command clears it ({@link #onderbreek()}) before it
 * prints anything else to the console; the next report draws it again.
 */
final class Voortgangsbalk implements Voortgangsmelder {

    /** {@code NORMTOETS_VOORTGANG=uit} silences the bar on a terminal too (e.g. a screen recording). */
    static final String UIT = "NORMTOETS_VOORTGANG";

    private static final NumberFormat GETAL = NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-NL"));

    private final PrintStream uit;
    private final AtomicLong verwacht = new AtomicLong(-1);
    private final AtomicLong gelezen = new AtomicLong();
    private final AtomicLong beoordeeld = new AtomicLong();
    private final AtomicLong geschreven = new AtomicLong();
    private ProgressBar balk;
    private boolean gesloten;

    private Voortgangsbalk(PrintStream uit) {
        this.uit = uit;
    }

    /** A bar on {@code stderr} when it is a terminal (and not switched off), else a listener that does nothing. */
    static Voortgangsmelder open(PrintStream stderr) {
        return toon(stderrIsTerminal(), System.getenv()) ? new Voortgangsbalk(stderr).start() : Voortgangsmelder.STIL;
    }

    /**
     * Whether to draw: only on a terminal, and not on one that cannot move the cursor ({@code TERM=dumb}, e.g. an
     * editor's console) or when switched off. Kept apart from the detection so the rule can be tested without one.
     */
    static boolean toon(boolean stderrIsTerminal, Map<String, String> omgeving) {
        return stderrIsTerminal && !"dumb".equals(omgeving.get("TERM"))
                && !"uit".equalsIgnoreCase(omgeving.getOrDefault(UIT, ""));
    }

    /** JLine's own check (it asks the system whether file descriptor 2 is a terminal); false if it cannot tell. */
    static boolean stderrIsTerminal() {
        try {
            return TerminalProvider.load("exec").isSystemStream(SystemStream.Error);
        } catch (Exception | LinkageError e) {
            return false; // no way to tell: stay silent, as in a pipe
        }
    }

    private Voortgangsbalk start() {
        return this; // drawn at the first report: a command that prints first (an import report) is not overdrawn
    }

    @Override
    public void gelezen(long n) {
        gelezen.accumulateAndGet(n, Math::max);
        teken();
    }

    @Override
    public void beoordeeld(long n) {
        beoordeeld.accumulateAndGet(n, Math::max);
        teken();
    }

    @Override
    public void geschreven(long n) {
        geschreven.accumulateAndGet(n, Math::max);
        teken();
    }

    @Override
    public void verwacht(long n) {
        verwacht.set(n);
        teken();
    }

    /** Clears the bar from the screen, so the caller can print; the next report draws it again. */
    @Override
    public synchronized void onderbreek() {
        if (balk != null) {
            balk.close();
            balk = null;
        }
    }

    @Override
    public synchronized void close() {
        onderbreek();
        gesloten = true;
    }

    private synchronized void teken() {
        if (gesloten) {
            return;
        }
        long totaal = verwacht.get();
        long stand = gelezen.get() + beoordeeld.get() + geschreven.get();
        if (balk == null) {
            balk = new ProgressBarBuilder().setTaskName("normtoets").setInitialMax(totaal < 0 ? -1 : 3 * totaal)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).clearDisplayOnFinish()
                    .setConsumer(new ConsoleProgressBarConsumer(uit)).startsFrom(stand, java.time.Duration.ZERO)
                    .build();
        } else if (totaal >= 0 && balk.getMax() != 3 * totaal) {
            balk.maxHint(3 * totaal);
        }
        balk.stepTo(stand);
        balk.setExtraMessage(tekst(gelezen.get(), beoordeeld.get(), geschreven.get()));
    }

    /** "gelezen 1.200 · getoetst 1.000 · geschreven 0": the stage counts, Dutch thousands separators. */
    static String tekst(long gelezen, long beoordeeld, long geschreven) {
        synchronized (GETAL) {
            return "gelezen " + GETAL.format(gelezen) + " · getoetst " + GETAL.format(beoordeeld) + " · geschreven "
                    + GETAL.format(geschreven);
        }
    }
}
