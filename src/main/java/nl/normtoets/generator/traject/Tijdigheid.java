package nl.normtoets.generator.traject;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Decides per dossier whether a first step is on time, so that each measurement window gets the share of the seed
 * table. A window holds the steps that fell due after the previous measurement up to this one; steps due before
 * the first window are grouped per calendar month at the pre-2025 share, steps due after the last at the last
 * share. Within a group exactly round(share × size) dossiers, drawn at random, are on time: at JBN's size a month
 * has 20 to 50 new measures, and coin flips would scatter the monthly share by ten points or more.
 */
final class Tijdigheid {

    private Tijdigheid() {
    }

    /** Which dossiers (by index) are on time, given each dossier's due date. */
    static boolean[] quota(List<LocalDate> vervaldata, Function<Meetmoment, Double> aandeel, double ervoor,
                           SplittableRandom r) {
        List<Meetmoment> kolommen = Seedcijfers.MEETMOMENTEN.stream().filter(Meetmoment::heeftTijdigheid).toList();
        Map<String, List<Integer>> groepen = new TreeMap<>();
        Map<String, Double> kans = new TreeMap<>();
        LocalDate eersteGrens = Meetmoment.vorige(kolommen, kolommen.get(0));
        for (int i = 0; i < vervaldata.size(); i++) {
            LocalDate d = vervaldata.get(i);
            String sleutel;
            double p;
            if (!d.isAfter(eersteGrens)) {
                sleutel = "0-" + YearMonth.from(d);
                p = ervoor;
            } else {
                Meetmoment m = venster(kolommen, d);
                if (m != null) {
                    sleutel = "1-" + m.datum();
                    p = aandeel.apply(m);
                } else {
                    sleutel = "2-" + YearMonth.from(d);
                    p = aandeel.apply(kolommen.get(kolommen.size() - 1));
                }
            }
            groepen.computeIfAbsent(sleutel, k -> new ArrayList<>()).add(i);
            kans.put(sleutel, p);
        }
        boolean[] opTijd = new boolean[vervaldata.size()];
        for (Map.Entry<String, List<Integer>> g : groepen.entrySet()) {
            List<Integer> leden = new ArrayList<>(g.getValue());
            // Fisher-Yates with the seeded stream: which members are on time is random, how many is not
            for (int i = leden.size() - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                Integer t = leden.get(i);
                leden.set(i, leden.get(j));
                leden.set(j, t);
            }
            long aantal = Math.round(kans.get(g.getKey()) * leden.size());
            for (int i = 0; i < aantal; i++) {
                opTijd[leden.get(i)] = true;
            }
        }
        return opTijd;
    }

    /** The measurement whose window (previous date, this date] holds the due date; null after the last one. */
    static Meetmoment venster(List<Meetmoment> kolommen, LocalDate vervaldag) {
        for (Meetmoment m : kolommen) {
            if (!vervaldag.isAfter(m.datum())) {
                return m;
            }
        }
        return null;
    }
}
