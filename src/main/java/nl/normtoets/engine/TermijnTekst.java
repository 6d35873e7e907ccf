package nl.normtoets.engine;

import java.time.LocalDate;

import nl.normtoets.norm.Termijn;

/**
 * The words of a term check ({@link Toets.TermijnToets}), written from its evidence when read: what had to happen,
 * when, from which begin and within which term.
 */
final class TermijnTekst extends Toelichting {
    private final Uitkomst uitkomst;
    private final String wat;
    private final String beginOmschrijving;
    private final Termijn termijn;
    private final TermijnBewijs bewijs;

    TermijnTekst(Uitkomst uitkomst, String wat, String beginOmschrijving, Termijn termijn, TermijnBewijs bewijs) {
        this.uitkomst = uitkomst;
        this.wat = wat;
        this.beginOmschrijving = beginOmschrijving;
        this.termijn = termijn;
        this.bewijs = bewijs;
    }

    @Override
    public String tekst() {
        LocalDate begin = bewijs.begin();
        LocalDate uiterlijk = bewijs.uiterlijk().orElseThrow();
        LocalDate gebeurd = bewijs.gebeurd().orElse(null);
        if (gebeurd != null) {
            String wanneer = ", " + Toets.afstand(begin, gebeurd, beginOmschrijving) + " (" + begin + "); ";
            return uitkomst == Uitkomst.VOLDOET
                    ? Toets.hoofdletter(wat) + " op " + gebeurd + wanneer + "binnen de termijn van " + termijn + "."
                    : Toets.hoofdletter(wat) + " pas op " + gebeurd + wanneer + "de termijn van " + termijn
                            + " liep af op " + uiterlijk + ".";
        }
        return switch (uitkomst) {
            case NIET_VAN_TOEPASSING -> "Dossier beëindigd op " + bewijs.einddatum().orElseThrow()
                    + ", voor het einde van de termijn (" + uiterlijk + "), zonder " + wat + ".";
            case NOG_NIET_TOETSBAAR -> "Nog geen " + wat + "; de termijn van " + termijn + " na " + beginOmschrijving
                    + " (" + begin + ") loopt tot en met " + uiterlijk + ".";
            default -> "Geen " + wat + " geregistreerd; de termijn van " + termijn + " na " + beginOmschrijving
                    + " (" + begin + ") liep af op " + uiterlijk + ".";
        };
    }
}
