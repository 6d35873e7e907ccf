package nl.normtoets.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import nl.normtoets.dossier.Contact;
import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Hulp;
import nl.normtoets.dossier.Oorzaak;
import nl.normtoets.dossier.Oorzaakanalyse;
import nl.normtoets.dossier.Taxatie;
import nl.normtoets.dossier.Toewijzing;
import nl.normtoets.dossier.Werkwijze;

/**
 * Fills in the contract extensions of issue 12 on a generated dossier (figures: {@link Profiel#uitbreiding()}).
 * It draws from a stream of its own (seed, number), so the dossier's other facts and the profile's calibrated
 * figures stay exactly what they were without these fields.
 */
final class Uitbreidingen {

    /** Keeps this stream apart from the dossier's own. */
    private static final long STROOM = 0x1212_1212_1212L;
    private static final List<Werkwijze> TIJDELIJK = List.of(Werkwijze.CCP, Werkwijze.CRT);

    private Uitbreidingen() {
    }

    static Dossier vul(Dossier d, Profiel profiel, long seed, int volgnummer, LocalDate peildatum) {
        Profiel.Uitbreiding u = profiel.uitbreiding();
        SplittableRandom r = new SplittableRandom(DossierGenerator.meng(seed ^ STROOM, volgnummer));
        LocalDate laatste = d.afgeslotenOp(peildatum) ? d.einddatum() : peildatum;

        List<Toewijzing> teMelden = d.teInformeren(TIJDELIJK);
        Toewijzing eersteTijdelijk = d.eersteToewijzingMet(TIJDELIJK).orElse(null);
        List<Toewijzing> toewijzingen = new ArrayList<>();
        for (Toewijzing t : d.toewijzingen()) {
            LocalDate gemeld = null;
            // the first temporary assignment keeps the old informatiebrief route; later changes get their own date
            if (teMelden.contains(t) && t != eersteTijdelijk) {
                double x = r.nextDouble();
                LocalDate dag = x < u.gezinGeinformeerdOpTijd() ? t.vanaf().plusDays(r.nextInt(11))
                        : x < u.gezinGeinformeerdOpTijd() + 0.25 ? t.vanaf().plusDays(11 + r.nextInt(30)) : null;
                gemeld = dag == null || dag.isAfter(laatste) ? null : dag;
            }
            toewijzingen.add(new Toewijzing(t.vanaf(), t.tot(), t.werkwijze(), t.medewerker(), gemeld));
        }
        List<Contact> contacten = d.contacten().stream().map(c -> c.doorGi() && c.fysiek() && c.metJeugdige()
                ? new Contact(c.datum(), c.vorm(), c.met(), c.alleenJeugdige(), c.door(),
                        r.nextDouble() < u.veiligheidBesproken())
                : c).toList();
        List<Taxatie> taxaties = d.taxaties().stream().map(t -> new Taxatie(t.datum(), t.soort(), t.instrument(),
                t.risicos(), r.nextDouble() < u.taxatieMetGezin())).toList();
        List<Hulp> hulp = d.hulp().stream().map(h -> new Hulp(h.id(), h.doel(), h.aangevraagd(), h.gestart(),
                h.gemeenteAfgestemd(), h.opgeschaald(), h.effectief(), h.beoordeeld(),
                d.maatregel().isJeugdreclassering() ? (Boolean) (r.nextDouble() < u.strafrechtelijkeHulp()) : null))
                .toList();
        return new Dossier(d.id(), d.maatregel(), d.startdatum(), d.einddatum(), d.regio(), d.gemeente(), d.team(),
                d.geboortejaar(), d.hulpNodig(), toewijzingen, d.informatiebrief(), contacten, taxaties, d.analyses(),
                d.plannen(), hulp, d.evaluaties(), d.kernbesluiten(), d.samenwerkingsafspraken(), d.contactafspraak(),
                d.veiligheidsafspraken(), d.signalen(), gezin(u, seed, volgnummer),
                oorzaakanalyse(d, u, r, laatste));
    }

    /**
     * Dossiers 2k-1 and 2k are one family when their pair draws so (the draw depends on the pair only, so both
     * members agree); every other dossier is a family of its own.
     */
    private static String gezin(Profiel.Uitbreiding u, long seed, int volgnummer) {
        int paar = (volgnummer + 1) / 2;
        boolean samen = new SplittableRandom(DossierGenerator.meng(seed ^ (STROOM << 1), paar)).nextDouble()
                < u.broersZussen();
        return samen ? String.format("G-%06d", paar) : String.format("G-%06d", 500_000 + volgnummer);
    }

    /** After a first face-to-face contact later than five days (or none), sometimes a recorded cause. */
    private static Oorzaakanalyse oorzaakanalyse(Dossier d, Profiel.Uitbreiding u, SplittableRandom r,
                                                 LocalDate laatste) {
        LocalDate uiterlijk = d.startdatum().plusDays(5);
        boolean teLaat = d.eersteFysiekContactMetJeugdigeOfOuders().map(c -> c.isAfter(uiterlijk))
                .orElse(laatste.isAfter(uiterlijk));
        if (!teLaat || r.nextDouble() >= u.oorzaakanalyse()) {
            return null;
        }
        LocalDate datum = uiterlijk.plusDays(1 + r.nextInt(15));
        if (datum.isAfter(laatste)) {
            return null;
        }
        double x = r.nextDouble();
        // seed 002 (norm 1a.3, 3.4): no worker free is the usual cause, then parents not answering or cancelling
        Oorzaak oorzaak = x < 0.5 ? Oorzaak.GEEN_CAPACITEIT : x < 0.7 ? Oorzaak.GEZIN_NIET_BEREIKBAAR
                : x < 0.85 ? Oorzaak.GEZIN_WEIGERT_OF_ZEGT_AF : x < 0.95 ? Oorzaak.GEEN_CONTACTGEGEVENS : Oorzaak.ANDERS;
        return new Oorzaakanalyse(datum, oorzaak);
    }
}
