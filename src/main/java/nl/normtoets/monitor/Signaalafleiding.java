package nl.normtoets.monitor;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Bewijsstuk;
import nl.normtoets.engine.Uitkomst;

/**
 * Turns the audit's findings (and the monitor rules' deadlines) for one dossier into signals, so the monitor never
 * applies a term of its own:
 * <ul>
 * <li>TEKORT: VERLOPEN, due on the finding's {@code uiterlijk};</li>
 * <li>NOG_NIET_TOETSBAAR with {@code uiterlijk} within the horizon: BINNENKORT;</li>
 * <li>VOLDOET of a "within the last N days" indicator whose next {@code uiterlijk} is within the horizon:
 * BINNENKORT;</li>
 * <li>a {@link Termijnfeit}: VERLOPEN after its day, BINNENKORT within the horizon.</li>
 * </ul>
 * Two sources for one kind (3.3-C and the per-kind plan term) keep the earliest due date.
 */
public final class Signaalafleiding {

    private final LocalDate peildatum;
    private final int horizon;

    public Signaalafleiding(LocalDate peildatum, int horizonDagen) {
        if (horizonDagen < 0) {
            throw new IllegalArgumentException("de horizon is niet negatief");
        }
        this.peildatum = peildatum;
        this.horizon = horizonDagen;
    }

    public List<Monitorsignaal> signalen(Dossier d, List<Bevinding> bevindingen, List<Termijnfeit> termijnen) {
        Toedeling toedeling = Toedeling.van(d, peildatum);
        Map<Signaalsoort, Monitorsignaal> perSoort = new EnumMap<>(Signaalsoort.class);
        for (Bevinding b : bevindingen) {
            Signaalsoort.voorIndicator(b.indicator())
                    .flatMap(soort -> uitBevinding(soort, b))
                    .map(s -> maak(d, toedeling, s))
                    .ifPresent(s -> perSoort.merge(s.soort(), s, Signaalafleiding::vroegste));
        }
        for (Termijnfeit f : termijnen) {
            Optional.ofNullable(status(f.vervaldatum()))
                    .map(st -> maak(d, toedeling, new Ruw(f.soort(), st, f.vervaldatum(), f.toelichting(), false)))
                    .ifPresent(s -> perSoort.merge(s.soort(), s, Signaalafleiding::vroegste));
        }
        List<Monitorsignaal> uit = new ArrayList<>(perSoort.values());
        uit.sort(VOLGORDE);
        return List.copyOf(uit);
    }

    /** Most urgent first: priority, open before done-too-late, then longest overdue (no due date counts as most overdue), then dossier. */
    public static final Comparator<Monitorsignaal> VOLGORDE = Comparator.comparingInt(Monitorsignaal::prioriteit)
            .thenComparing(Monitorsignaal::teLaatGedaan)
            .thenComparing(s -> s.dagenOverTijd() == null ? Long.MAX_VALUE : s.dagenOverTijd(), Comparator.reverseOrder())
            .thenComparing(Monitorsignaal::dossier)
            .thenComparing(Monitorsignaal::soort);

    /**
     * Priority, modelled on the CRT's prio 1-4: 1 unsafety signals and unassigned dossiers (whatever their status),
     * 2 overdue safety items (first contact, first taxatie, risk assessment), 3 other overdue items, 4 due soon.
     */
    public static int prioriteit(Signaalsoort soort, Signaalstatus status) {
        if (soort.categorie() == Signaalsoort.Categorie.ACUUT) {
            return 1;
        }
        if (status == Signaalstatus.BINNENKORT) {
            return 4;
        }
        return soort.categorie() == Signaalsoort.Categorie.VEILIGHEID ? 2 : 3;
    }

    private Optional<Ruw> uitBevinding(Signaalsoort soort, Bevinding b) {
        // 3.4-B is also TEKORT for a dossier held by the CCP or the CRT pool; "aan niemand toegewezen" stays for
        // dossiers nobody holds (a temporary holder is the monitor's own deadline, zonderVasteWerker)
        if (soort == Signaalsoort.GEEN_TOEWIJZING && Boolean.TRUE.equals(b.bewijs().get("toegewezen"))) {
            return Optional.empty();
        }
        Bewijsstuk bewijs = b.bewijs() instanceof Bewijsstuk stuk ? stuk : null;
        LocalDate uiterlijk = bewijs == null ? null : bewijs.uiterlijk().orElse(null);
        Signaalstatus st = switch (b.uitkomst()) {
            case TEKORT -> Signaalstatus.VERLOPEN;
            case NOG_NIET_TOETSBAAR -> binnenHorizon(uiterlijk) ? Signaalstatus.BINNENKORT : null;
            case VOLDOET -> soort.recent() && binnenHorizon(uiterlijk) ? Signaalstatus.BINNENKORT : null;
            case NIET_VAN_TOEPASSING -> null;
        };
        if (st == null) {
            return Optional.empty();
        }
        String toelichting = b.uitkomst() == Uitkomst.VOLDOET
                ? b.toelichting() + " Volgende uiterlijk " + uiterlijk + "." : b.toelichting();
        boolean teLaat = b.uitkomst() == Uitkomst.TEKORT
                && soort.eenmalig() && bewijs != null && bewijs.gebeurd().isPresent();
        return Optional.of(new Ruw(soort, st, uiterlijk, toelichting, teLaat));
    }

    private Signaalstatus status(LocalDate uiterlijk) {
        if (uiterlijk.isBefore(peildatum)) {
            return Signaalstatus.VERLOPEN;
        }
        return binnenHorizon(uiterlijk) ? Signaalstatus.BINNENKORT : null;
    }

    private boolean binnenHorizon(LocalDate uiterlijk) {
        return uiterlijk != null && !uiterlijk.isBefore(peildatum) && !uiterlijk.isAfter(peildatum.plusDays(horizon));
    }

    private Monitorsignaal maak(Dossier d, Toedeling toedeling, Ruw r) {
        Long over = r.vervaldatum == null ? null : ChronoUnit.DAYS.between(r.vervaldatum, peildatum);
        return new Monitorsignaal(d.id(), toedeling, r.soort, r.status, r.vervaldatum, over,
                prioriteit(r.soort, r.status), r.toelichting, r.teLaatGedaan);
    }

    private static Monitorsignaal vroegste(Monitorsignaal a, Monitorsignaal b) {
        if (a.vervaldatum() == null || b.vervaldatum() == null) {
            return a.vervaldatum() == null ? a : b;
        }
        return b.vervaldatum().isBefore(a.vervaldatum()) ? b : a;
    }

    private record Ruw(Signaalsoort soort, Signaalstatus status, LocalDate vervaldatum, String toelichting,
                       boolean teLaatGedaan) {
    }
}
