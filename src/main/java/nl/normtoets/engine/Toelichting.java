package nl.normtoets.engine;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The reason of a finding in words. The shared checks ({@link Toets}) keep what the words are made of and write them
 * when they are read (report, export, page), not when the rule fires: in an audit of 100 000 dossiers held in
 * memory the words of its 2.9 million findings were about half of what those findings took, and the collector
 * spent one of two cores tracing them. Two reasons are equal when their words are, however they were made.
 */
public abstract class Toelichting {

    /** The words, made anew on each call from what this reason keeps (nothing is cached, nothing is shared). */
    public abstract String tekst();

    /** A reason whose words are already written (organisation findings, read back from a report or an archive). */
    public static Toelichting van(String tekst) {
        return new Vast(tekst);
    }

    /**
     * A reason whose words a rule writes when they are read, from what it quotes of the dossier (immutable, so the
     * words come out the same each time).
     */
    public static Toelichting later(Supplier<String> tekst) {
        return new Later(tekst);
    }

    @Override
    public final boolean equals(Object o) {
        return o == this || o instanceof Toelichting t && tekst().equals(t.tekst());
    }

    @Override
    public final int hashCode() {
        return tekst().hashCode();
    }

    @Override
    public final String toString() {
        return tekst();
    }

    private static final class Later extends Toelichting {
        private final Supplier<String> tekst;

        Later(Supplier<String> tekst) {
            this.tekst = Objects.requireNonNull(tekst, "toelichting");
        }

        @Override
        public String tekst() {
            return Objects.requireNonNull(tekst.get(), "toelichting");
        }
    }

    private static final class Vast extends Toelichting {
        private final String tekst;

        Vast(String tekst) {
            this.tekst = Objects.requireNonNull(tekst, "toelichting");
        }

        @Override
        public String tekst() {
            return tekst;
        }
    }
}
