package nl.normtoets.generator;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import nl.normtoets.dossier.Contact;
import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Maatregel;
import nl.normtoets.dossier.Plan;
import nl.normtoets.dossier.Taxatie;
import nl.normtoets.dossier.Toewijzing;
import nl.normtoets.ingest.AuditsetSchrijver;

/**
 * Generates synthetic dossiers for one GI, calibrated on a {@link Profiel}. Dossier {@code n} depends only on the
 * seed, the profile, the peildatum and {@code n}: the same arguments give the same set on every machine, and
 * dossiers can be produced one at a time (streaming) or in any order. Nothing in it refers to a real person: ids
 * are pseudonyms (D-000123, M-042), places are municipalities.
 */
public final class DossierGenerator {

    /** Start dates spread over the two years before the peildatum. */
    static final int MAX_LOOPTIJD_DAGEN = 730;
    /** Provisional measures last about three months, so they are recent. */
    static final int MAX_LOOPTIJD_VOORLOPIG = 80;
    /** Share of dossiers in the set that ended before the peildatum (schatting). */
    static final double AANDEEL_AFGESLOTEN = 0.04;

    private final Profiel profiel;
    private final long seed;
    private final LocalDate peildatum;

    public DossierGenerator(Profiel profiel, long seed, LocalDate peildatum) {
        this.profiel = profiel;
        this.seed = seed;
        this.peildatum = peildatum;
    }

    public Stream<Dossier> dossiers(int aantal) {
        return IntStream.rangeClosed(1, aantal).mapToObj(this::dossier);
    }

    /**
     * Writes a whole audit set: {@code aantal} dossiers one at a time, then the organisation facts
     * ({@link OrganisatiefeitenMaker}) that fit the workers, teams and gemeenten they named. Only those small aggregates are kept, never the dossiers.
     */
    public void schrijfAuditset(OutputStream out, int aantal, String organisatie, boolean leesbaar) {
        OrganisatiefeitenMaker feiten = new OrganisatiefeitenMaker(profiel, seed, peildatum);
        AuditsetSchrijver.schrijf(out, peildatum, organisatie, dossiers(aantal).map(feiten::tel).iterator(),
                feiten::maak, leesbaar);
    }

    public Dossier dossier(int volgnummer) {
        SplittableRandom r = new SplittableRandom(meng(seed, volgnummer));
        Maatregel m = maatregel(r);
        boolean voorlopig = m == Maatregel.VOORLOPIGE_OTS || m == Maatregel.VOORLOPIGE_VOOGDIJ;
        LocalDate start = peildatum.minusDays(r.nextInt((voorlopig ? MAX_LOOPTIJD_VOORLOPIG : MAX_LOOPTIJD_DAGEN) + 1));
        int looptijd = (int) ChronoUnit.DAYS.between(start, peildatum);
        LocalDate einddatum;
        boolean lopend = !(looptijd > 120 && r.nextDouble() < AANDEEL_AFGESLOTEN);
        if (lopend) {
            einddatum = geplandEinde(m, start);
        } else {
            einddatum = start.plusDays(60 + r.nextInt(looptijd - 60));
        }
        Worp w = new Worp(r, start, lopend ? peildatum : einddatum);

        boolean drenthe = w.kans(profiel.aandeelDrenthe(m));
        String regio = drenthe ? Gemeenten.REGIO_DRENTHE : Gemeenten.REGIO_GRONINGEN;
        int teamNummer = drenthe ? w.tussen(0, 4) : w.tussen(5, 11);
        String team = (drenthe ? "D" : "G") + (drenthe ? teamNummer + 1 : teamNummer - 4);
        int leeftijdBijStart = m.isJeugdreclassering() ? w.tussen(12, 17) : w.tussen(0, 17);
        int geboortejaar = start.getYear() - leeftijdBijStart;
        int leeftijd = peildatum.getYear() - geboortejaar;
        boolean hulpNodig = w.kans(m.isJeugdreclassering() ? 0.6 : 0.85);

        List<Toewijzing> toewijzingen = Bezetting.maak(w, profiel, m, teamNummer, lopend);
        List<Contact> contacten = Contactmomenten.maak(w, profiel, m, leeftijd, toewijzingen);
        List<Taxatie> taxaties = Beeldvorming.taxaties(w, profiel, m);
        List<Plan> plannen = Plannen.maak(w, profiel, m, leeftijd, taxaties);
        Hulpverlening.Resultaat hulp = hulpNodig ? Hulpverlening.maak(w, profiel, m, plannen)
                : new Hulpverlening.Resultaat(List.of(), List.of());
        Verantwoording.Veiligheid veiligheid = Verantwoording.veiligheid(w, taxaties);

        Dossier dossier = new Dossier(String.format("D-%06d", volgnummer), m, start, einddatum, regio,
                Gemeenten.kies(regio, r), team, geboortejaar, hulpNodig, toewijzingen,
                Bezetting.informatiebrief(w, profiel, toewijzingen), contacten, taxaties,
                Beeldvorming.analyses(w, profiel), plannen, hulp.hulp(), Verantwoording.evaluaties(w, profiel, plannen),
                Verantwoording.kernbesluiten(w, leeftijd, plannen), hulp.samenwerkingsafspraken(),
                Verantwoording.contactafspraak(w, profiel, plannen), veiligheid.afspraken(), veiligheid.signalen());
        return Uitbreidingen.vul(dossier, profiel, seed, volgnummer, peildatum); // issue 12 fields, own stream
    }

    private Maatregel maatregel(SplittableRandom r) {
        PerMaatregel a = profiel.aantallen();
        int worp = r.nextInt(a.totaal());
        if (worp < a.jr()) {
            return Maatregel.JR;
        }
        if (worp < a.jr() + a.ots()) {
            return r.nextDouble() < 0.05 ? Maatregel.VOORLOPIGE_OTS : Maatregel.OTS;
        }
        return r.nextDouble() < 0.03 ? Maatregel.VOORLOPIGE_VOOGDIJ : Maatregel.VOOGDIJ;
    }

    /** The end the judge set: OTS a year, JR half a year, each extended until past the peildatum; voogdij open. */
    private LocalDate geplandEinde(Maatregel m, LocalDate start) {
        int maanden = switch (m) {
            case VOOGDIJ -> 0;
            case VOORLOPIGE_OTS, VOORLOPIGE_VOOGDIJ -> 3;
            case JR -> 6;
            case OTS -> 12;
        };
        if (maanden == 0) {
            return null;
        }
        LocalDate einde = start.plusMonths(maanden);
        while (!einde.isAfter(peildatum)) {
            einde = einde.plusMonths(maanden);
        }
        return einde;
    }

    /** SplitMix64 finaliser over seed and number, so neighbouring dossiers get unrelated streams. */
    static long meng(long seed, long n) {
        long z = seed * 0x9E3779B97F4A7C15L + n * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
