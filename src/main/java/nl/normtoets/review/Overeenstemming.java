package nl.normtoets.review;

/**
 * How far the registration can be trusted on one indicator: on the sampled dossiers where both the registration
 * outcome and the reading of the mirroring question apply, how often they agree.
 *
 * @param indicator          the registration indicator (e.g. 1a.3-A)
 * @param vraag              the question that mirrors it
 * @param vergeleken         dossiers with an applicable outcome on both sides
 * @param beideVoldoet       registration VOLDOET, reading VOLDOET
 * @param beideTekort        registration TEKORT, reading TEKORT
 * @param alleenRegistratie  registration VOLDOET, reading TEKORT ("registratie zegt op tijd, lezing zegt niet")
 * @param alleenLezing       registration TEKORT, reading VOLDOET
 * @param tekst              for people: "registratie zegt voldoet, lezing zegt niet: 9 van 18"
 */
public record Overeenstemming(String indicator, String vraag, int vergeleken, int beideVoldoet, int beideTekort,
                              int alleenRegistratie, int alleenLezing, String tekst) {

    /** Dossiers the registration called VOLDOET (and the reading applied): the "18" of "9 van 18". */
    public int registratieVoldoet() {
        return beideVoldoet + alleenRegistratie;
    }

    /** Share of compared dossiers where both sides agree, 0..1; null when none compared. */
    public Double eens() {
        return vergeleken == 0 ? null : (double) (beideVoldoet + beideTekort) / vergeleken;
    }
}
