package nl.normtoets.review;

/**
 * The answers to one question over the sampled dossiers: {@code voldoet} (ja, or deels where it counts so),
 * {@code tekort}, {@code nietVanToepassing} (n.v.t.) and {@code onbeantwoord} (sampled dossiers read without an
 * answer to this question). {@code spiegelt}: the mirrored indicator, or null.
 */
public record Vraagtelling(String vraag, String tekst, String spiegelt, int voldoet, int tekort,
                           int nietVanToepassing, int onbeantwoord) {

    public int toepasbaar() {
        return voldoet + tekort;
    }
}
