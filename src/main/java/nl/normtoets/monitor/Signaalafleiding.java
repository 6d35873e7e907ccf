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

    /**
     * The open signals of one dossier (the morning list) and, apart, the first terms met late (history: the audit
     * keeps its TEKORT, the list does not). A signal whose registration has a data-quality error is marked
     * "controleer registratie".
     */
    public Afleiding afleiden(Dossier d, List<Bevinding> bevindingen, List<Termijnfeit> termijnen,
                              List<Registratiefout> fouten) {
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
        List<Monitorsignaal> open = new ArrayList<>();
        List<Monitorsignaal> teLaat = new ArrayList<>();
        for (Monitorsignaal s : samengevoegd(perSoort).values()) {
            Monitorsignaal m = fouten.stream().anyMatch(f -> f.soort().raakt(s.soort())) ? s.metControleerRegistratie() : s;
            (m.teLaatGedaan() ? teLaat : open).add(m);
        }
        open.sort(VOLGORDE);
        teLaat.sort(VOLGORDE);
        return new Afleiding(List.copyOf(open), List.copyOf(teLaat));
    }

    /** Only the open signals; see {@link #afleiden}. */
    public List<Monitorsignaal> signalen(Dossier d, List<Bevinding> bevindingen, List<Termijnfeit> termijnen) {
        return afleiden(d, bevindingen, termijnen, List.of()).open();
    }

    /** Open signals and first terms met late, of one dossier. */
    public record Afleiding(List<Monitorsignaal> open, List<Monitorsignaal> afgehandeldTeLaat) {
    }

    /**
     * 3.4-A overdue implies 3.1-A overdue (no visit at all is no visit alone with the child either), and one visit
     * alone with the child meets both: one signal, due on the earlier day, worst status, naming both terms.
     */
    private Map<Signaalsoort, Monitorsignaal> samengevoegd(Map<Signaalsoort, Monitorsignaal> perSoort) {
        Monitorsignaal een = perSoort.get(Signaalsoort.EEN_OP_EEN_CONTACT);
        Monitorsignaal alle = perSoort.get(Signaalsoort.CONTACT_JEUGDIGE);
        if (een == null || alle == null) {
            return perSoort;
        }
        Monitorsignaal eerst = vroegste(een, alle);
        Signaalstatus st = een.status() == Signaalstatus.VERLOPEN || alle.status() == Signaalstatus.VERLOPEN
                ? Signaalstatus.VERLOPEN : Signaalstatus.BINNENKORT;
        Monitorsignaal samen = new Monitorsignaal(eerst.dossier(), eerst.toedeling(), Signaalsoort.CONTACT_EN_EEN_OP_EEN,
                st, eerst.vervaldatum(), eerst.dagenOverTijd(), prioriteit(Signaalsoort.CONTACT_EN_EEN_OP_EEN, st),
                "3.4-A: " + alle.toelichting() + " 3.1-A: " + een.toelichting(), false);
        perSoort.remove(Signaalsoort.EEN_OP_EEN_CONTACT);
        perSoort.remove(Signaalsoort.CONTACT_JEUGDIGE);
        perSoort.put(Signaalsoort.CONTACT_EN_EEN_OP_EEN, samen);
        return perSoort;
    }

    /** Most urgent first: priority, then longest overdue (no due date counts as most overdue), then dossier. */
    public static final Comparator<Monitorsignaal> VOLGORDE = Comparator.comparingInt(Monitorsignaal::prioriteit)
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
