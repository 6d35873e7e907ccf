package nl.normtoets.engine;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import nl.normtoets.dossier.Toewijzing;
import nl.normtoets.dossier.Werkwijze;

/**
 * Evidence of an assignment check on the peildatum (3.4-B): who holds the dossier that day, or that nobody does and
 * how many assignments were recorded at all. {@link #toegewezen()} lets the testmonitor tell "held by a temporary
 * team" from "aan niemand toegewezen" without reading a report key.
 */
public final class ToewijzingBewijs extends Bewijsstuk {
    private final LocalDate peildatum;
    private final boolean toegewezen;
    private final Werkwijze werkwijze;
    private final String medewerker;
    private final LocalDate vanaf;
    private final LocalDate tot;
    private final int aantalToewijzingen;

    private ToewijzingBewijs(LocalDate peildatum, boolean toegewezen, Werkwijze werkwijze, String medewerker,
                             LocalDate vanaf, LocalDate tot, int aantalToewijzingen) {
        this.peildatum = Objects.requireNonNull(peildatum, "peildatum");
        this.toegewezen = toegewezen;
        this.werkwijze = werkwijze;
        this.medewerker = medewerker;
        this.vanaf = vanaf;
        this.tot = tot;
        this.aantalToewijzingen = aantalToewijzingen;
    }

    /** The dossier is held on {@code peildatum} by {@code actief} (whoever that is). */
    public static ToewijzingBewijs actief(LocalDate peildatum, Toewijzing actief) {
        return new ToewijzingBewijs(peildatum, true, actief.werkwijze(), actief.medewerker(), actief.vanaf(),
                actief.tot(), 0);
    }

    /** Nobody holds the dossier on {@code peildatum}; {@code aantalToewijzingen} were recorded in all. */
    public static ToewijzingBewijs niemand(LocalDate peildatum, int aantalToewijzingen) {
        return new ToewijzingBewijs(peildatum, false, null, null, null, null, aantalToewijzingen);
    }

    static ToewijzingBewijs hersteld(LocalDate peildatum, Werkwijze werkwijze, String medewerker, LocalDate vanaf,
                                     LocalDate tot) {
        return new ToewijzingBewijs(peildatum, true, werkwijze, medewerker, vanaf, tot, 0);
    }

    public LocalDate peildatum() {
        return peildatum;
    }

    /** True when someone (a worker or a team) holds the dossier on the peildatum. */
    public boolean toegewezen() {
        return toegewezen;
    }

    /** The holder's werkwijze; empty when nobody holds the dossier. */
    public Optional<Werkwijze> werkwijze() {
        return Optional.ofNullable(werkwijze);
    }

    public Optional<String> medewerker() {
        return Optional.ofNullable(medewerker);
    }

    public int aantalToewijzingen() {
        return aantalToewijzingen;
    }

    @Override
    public Optional<LocalDate> uiterlijk() {
        return Optional.empty();
    }

    @Override
    void schrijf(Bewijs b) {
        b.met("peildatum", peildatum).met("toegewezen", toegewezen);
        if (toegewezen) {
            b.met("werkwijze", werkwijze).met("medewerker", medewerker).met("vanaf", vanaf).met("tot", tot);
        } else {
            b.met("aantalToewijzingen", aantalToewijzingen);
        }
    }
}
