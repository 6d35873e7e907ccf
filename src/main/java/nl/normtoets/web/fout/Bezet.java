package nl.normtoets.web.fout;

/** All places for audits are taken ({@code normtoets.max-gelijktijdig}): 503 with Retry-After. */
public class Bezet extends RuntimeException {
    private final int opnieuwNaSeconden;

    public Bezet(int max, int opnieuwNaSeconden) {
        super("De dienst voert al " + max + " audits tegelijk uit (normtoets.max-gelijktijdig); probeer het over "
                + opnieuwNaSeconden + " seconden opnieuw.");
        this.opnieuwNaSeconden = opnieuwNaSeconden;
    }

    public int opnieuwNaSeconden() {
        return opnieuwNaSeconden;
    }
}
