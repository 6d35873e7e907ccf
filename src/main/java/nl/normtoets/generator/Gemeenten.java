package nl.normtoets.generator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The municipalities of Drenthe and Groningen, weighted by the number of measures per municipality in seed 000
 * (peildatum 28-8-2025). Only public place names; nothing that identifies a family.
 */
final class Gemeenten {

    private record Gewogen(String naam, int gewicht) {
    }

    private static final List<Gewogen> DRENTHE = List.of(
            new Gewogen("Aa en Hunze", 16), new Gewogen("Assen", 59), new Gewogen("Borger-Odoorn", 28),
            new Gewogen("Coevorden", 26), new Gewogen("De Wolden", 6), new Gewogen("Emmen", 115),
            new Gewogen("Hoogeveen", 18), new Gewogen("Meppel", 29), new Gewogen("Midden-Drenthe", 25),
            new Gewogen("Noordenveld", 26), new Gewogen("Tynaarlo", 9), new Gewogen("Westerveld", 7));

    private static final List<Gewogen> GRONINGEN = List.of(
            new Gewogen("Eemsdelta", 55), new Gewogen("Groningen", 224), new Gewogen("Het Hogeland", 27),
            new Gewogen("Midden-Groningen", 56), new Gewogen("Oldambt", 47), new Gewogen("Pekela", 18),
            new Gewogen("Stadskanaal", 22), new Gewogen("Veendam", 37), new Gewogen("Westerkwartier", 39),
            new Gewogen("Westerwolde", 14));

    private static final int TOTAAL_DRENTHE = DRENTHE.stream().mapToInt(Gewogen::gewicht).sum();
    private static final int TOTAAL_GRONINGEN = GRONINGEN.stream().mapToInt(Gewogen::gewicht).sum();

    static final String REGIO_DRENTHE = "Drenthe";
    static final String REGIO_GRONINGEN = "Groningen";

    private Gemeenten() {
    }

    static String kies(String regio, SplittableRandom r) {
        boolean drenthe = REGIO_DRENTHE.equals(regio);
        List<Gewogen> lijst = drenthe ? DRENTHE : GRONINGEN;
        int worp = r.nextInt(drenthe ? TOTAAL_DRENTHE : TOTAAL_GRONINGEN);
        for (Gewogen g : lijst) {
            worp -= g.gewicht();
            if (worp < 0) {
                return g.naam();
            }
        }
        return lijst.get(lijst.size() - 1).naam();
    }
}
