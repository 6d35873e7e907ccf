package nl.normtoets.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.normtoets.dossier.Betrokkene;
import nl.normtoets.dossier.Contact;
import nl.normtoets.dossier.Contactvorm;
import nl.normtoets.dossier.Maatregel;
import nl.normtoets.dossier.Toewijzing;
import nl.normtoets.dossier.Uitvoerder;
import nl.normtoets.dossier.Werkwijze;

/**
 * The contact log: a first face-to-face visit on time or late (the profile's share), a few early contacts, then a
 * rhythm that depends on who carries the dossier (a pool team sees the family less often, seed 001), and for a
 * tail of dossiers a silence of months before the peildatum.
 */
final class Contactmomenten {

    private Contactmomenten() {
    }

    static List<Contact> maak(Worp w, Kalibratie p, Maatregel m, int leeftijd, List<Toewijzing> toewijzingen) {
        List<Contact> uit = new ArrayList<>();
        Betrokkene verzorgers = m == Maatregel.VOOGDIJ || m == Maatregel.VOORLOPIGE_VOOGDIJ
                ? Betrokkene.PLEEGOUDERS : Betrokkene.OUDERS;
        if (w.kans(0.5)) {
            // a phone call to announce the first visit; not face-to-face, so it does not meet 1a.3
            uit.add(contact(w.alsGebeurd(w.dag(w.tussen(0, 2))), Contactvorm.TELEFONISCH, List.of(Betrokkene.OUDERS),
                    false));
        }
        LocalDate eerste = w.dag(w.kans(p.contactOpTijd()) ? w.tussen(0, 5) : laat(w));
        if (!w.gebeurd(eerste)) {
            return zonderLeeg(uit);
        }
        uit.add(contact(eerste, Contactvorm.FYSIEK, List.of(Betrokkene.JEUGDIGE, Betrokkene.OUDERS), false));
        if (w.kans(p.contactOpTijd())) {
            // the intensive start the toetsingskader asks for (1a.1-B): more contacts within six weeks
            for (int i = 0; i < 2; i++) {
                LocalDate d = eerste.plusDays(w.tussen(3, 30));
                uit.add(contact(w.alsGebeurd(d), w.kans(0.5) ? Contactvorm.FYSIEK : Contactvorm.TELEFONISCH,
                        List.of(Betrokkene.OUDERS), false));
            }
        }
        LocalDate stilVanaf = w.kans(p.zonderContactStaart() * (isPool(toewijzingen) ? 1.8 : 0.8))
                ? w.eind.minusDays(w.tussen(92, 240)) : w.eind;
        LocalDate d = eerste;
        while (true) {
            d = d.plusDays(interval(w, toewijzingen, d));
            if (d.isAfter(stilVanaf)) {
                break;
            }
            uit.add(vervolg(w, d, leeftijd, verzorgers));
        }
        return zonderLeeg(uit);
    }

    /** Late first visits: most within a few weeks, some much later. */
    private static int laat(Worp w) {
        return w.kans(0.8) ? w.tussen(6, 30) : w.tussen(31, 90);
    }

    private static boolean isPool(List<Toewijzing> toewijzingen) {
        return !toewijzingen.isEmpty() && toewijzingen.get(toewijzingen.size() - 1).werkwijze() != Werkwijze.VAST;
    }

    private static int interval(Worp w, List<Toewijzing> toewijzingen, LocalDate d) {
        Werkwijze wie = toewijzingen.stream().filter(t -> t.actiefOp(d)).map(Toewijzing::werkwijze)
                .reduce((a, b) -> b).orElse(Werkwijze.VAST);
        return wie == Werkwijze.CRT ? w.tussen(30, 100) : w.tussen(14, 45);
    }

    private static Contact vervolg(Worp w, LocalDate d, int leeftijd, Betrokkene verzorgers) {
        if (w.kans(0.08)) {
            // a help provider's visit: registered, but it is not contact by the GI
            return new Contact(d, Contactvorm.FYSIEK, List.of(Betrokkene.JEUGDIGE), false, Uitvoerder.HULPVERLENER);
        }
        double v = w.r.nextDouble();
        Contactvorm vorm = v < 0.6 ? Contactvorm.FYSIEK : v < 0.85 ? Contactvorm.TELEFONISCH
                : v < 0.95 ? Contactvorm.VIDEO : Contactvorm.SCHRIFTELIJK;
        if (vorm == Contactvorm.FYSIEK && leeftijd >= 4 && w.kans(0.3)) {
            return contact(d, vorm, List.of(Betrokkene.JEUGDIGE), true);
        }
        double met = w.r.nextDouble();
        List<Betrokkene> wie = met < 0.5 ? List.of(Betrokkene.JEUGDIGE, verzorgers)
                : met < 0.8 ? List.of(verzorgers)
                : met < 0.9 ? List.of(Betrokkene.JEUGDIGE, Betrokkene.NETWERK)
                : List.of(verzorgers, Betrokkene.HULPVERLENER);
        return contact(d, vorm, wie, false);
    }

    private static Contact contact(LocalDate d, Contactvorm vorm, List<Betrokkene> met, boolean alleen) {
        return d == null ? null : new Contact(d, vorm, met, alleen, Uitvoerder.GI);
    }

    private static List<Contact> zonderLeeg(List<Contact> uit) {
        uit.removeIf(java.util.Objects::isNull);
        return uit;
    }
}
