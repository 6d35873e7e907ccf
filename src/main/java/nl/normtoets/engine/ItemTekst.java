package nl.normtoets.engine;

/** The words of "judge each item, worst counts": the worst item's words and how many items were judged. */
final class ItemTekst extends Toelichting {
    private final Toelichting ergste;
    private final int aantal;
    private final long tekort;

    ItemTekst(Toelichting ergste, int aantal, long tekort) {
        this.ergste = ergste;
        this.aantal = aantal;
        this.tekort = tekort;
    }

    @Override
    public String tekst() {
        return ergste.tekst() + " (" + aantal + " getoetst, " + tekort + " te laat of ontbrekend)";
    }
}
