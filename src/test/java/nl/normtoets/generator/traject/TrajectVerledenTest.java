package nl.normtoets.generator.traject;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Hulp;
import nl.normtoets.dossier.Signaal;
import nl.normtoets.dossier.Toewijzing;
import tools.jackson.databind.JsonNode;

/**
 * A later snapshot never changes what an earlier one registered: every fact dated on or before the earlier day is
 * the same in both, and a field that was still open (end of an assignment, start of help, follow-up of a signal)
 * is either the same or filled in with a later date. Checked on every pair of successive measurement dates, and
 * on the first against the last, for the dossiers and for the organisation facts.
 */
class TrajectVerledenTest {

    @Test
    void eenLatereMomentopnameVerandertGeenEerderGedateerdFeit() {
        List<LocalDate> data = TrajectGenerator.meetdata(Seedcijfers.EERSTE, Seedcijfers.LAATSTE);
        List<LocalDate[]> paren = new ArrayList<>();
        for (int i = 1; i < data.size(); i++) {
            paren.add(new LocalDate[] {data.get(i - 1), data.get(i)});
        }
        paren.add(new LocalDate[] {data.get(0), data.get(data.size() - 1)});
        SoftAssertions soft = new SoftAssertions();
        int vergeleken = 0;
        for (LocalDate[] p : paren) {
            TrajectGenerator.Momentopname eerder = Trajectaudits.TRAJECT.momentopname(p[0]);
            TrajectGenerator.Momentopname later = Trajectaudits.TRAJECT.momentopname(p[1]);
            Map<String, Dossier> laterPerId = later.dossiers().stream()
                    .collect(Collectors.toMap(Dossier::id, Function.identity()));
            for (Dossier a : eerder.dossiers()) {
                Dossier b = laterPerId.get(a.id());
                if (b == null) {
                    // only a measure that has ended may leave the set
                    soft.assertThat(a.startdatum()).as(a.id()).isBeforeOrEqualTo(p[0]);
                    continue;
                }
                vergeleken++;
                List<String> verschil = verschillen(a, b, p[0]);
                soft.assertThat(verschil).as("%s tussen %s en %s", a.id(), p[0], p[1]).isEmpty();
            }
            for (Dossier b : later.dossiers()) {
                if (!b.startdatum().isAfter(p[0]) && (b.einddatum() == null || b.einddatum().isAfter(p[0]))) {
                    soft.assertThat(eerder.dossiers().stream().anyMatch(a -> a.id().equals(b.id())))
                            .as("%s liep al op %s", b.id(), p[0]).isTrue();
                }
            }
            soft.assertThat(organisatieVerschillen(eerder.organisatieFeiten(), later.organisatieFeiten(), p[0], p[1]))
                    .as("organisatieFeiten tussen %s en %s", p[0], p[1]).isEmpty();
        }
        soft.assertAll();
        assertThat(vergeleken).as("dossiers vergeleken").isGreaterThan(10_000);
    }

    /** What differs in facts dated on or before {@code dag}; an open field may only be filled with a later date. */
    static List<String> verschillen(Dossier a, Dossier b, LocalDate dag) {
        List<String> uit = new ArrayList<>();
        vergelijk(uit, "vast", List.of(a.maatregel(), a.startdatum(), String.valueOf(a.regio()),
                String.valueOf(a.gemeente()), String.valueOf(a.team()), String.valueOf(a.geboortejaar()),
                String.valueOf(a.hulpNodig())), List.of(b.maatregel(), b.startdatum(), String.valueOf(b.regio()),
                String.valueOf(b.gemeente()), String.valueOf(b.team()), String.valueOf(b.geboortejaar()),
                String.valueOf(b.hulpNodig())));
        open(uit, "einddatum", a.einddatum(), b.einddatum(), dag);
        open(uit, "informatiebrief", a.informatiebrief(), b.informatiebrief(), dag);
        vergelijk(uit, "contacten", a.contacten(), voor(b.contacten(), c -> c.datum(), dag));
        vergelijk(uit, "taxaties", a.taxaties(), voor(b.taxaties(), t -> t.datum(), dag));
        vergelijk(uit, "analyses", a.analyses(), voor(b.analyses(), x -> x.datum(), dag));
        vergelijk(uit, "plannen", a.plannen(), voor(b.plannen(), x -> x.datum(), dag));
        vergelijk(uit, "evaluaties", a.evaluaties(), voor(b.evaluaties(), x -> x.datum(), dag));
        vergelijk(uit, "kernbesluiten", a.kernbesluiten(), voor(b.kernbesluiten(), x -> x.datum(), dag));
        vergelijk(uit, "samenwerkingsafspraken", a.samenwerkingsafspraken(),
                voor(b.samenwerkingsafspraken(), x -> x.datum(), dag));
        vergelijk(uit, "veiligheidsafspraken", a.veiligheidsafspraken(),
                voor(b.veiligheidsafspraken(), x -> x.datum(), dag));
        if (a.contactafspraak() != null) {
            vergelijk(uit, "contactafspraak", List.of(a.contactafspraak()), List.of(b.contactafspraak()));
        }
        List<Toewijzing> tb = voor(b.toewijzingen(), Toewijzing::vanaf, dag);
        vergelijk(uit, "toewijzingen (aantal)", List.of(a.toewijzingen().size()), List.of(tb.size()));
        for (int i = 0; i < Math.min(a.toewijzingen().size(), tb.size()); i++) {
            Toewijzing x = a.toewijzingen().get(i);
            Toewijzing y = tb.get(i);
            vergelijk(uit, "toewijzing " + i, List.of(x.vanaf(), x.werkwijze(), String.valueOf(x.medewerker())),
                    List.of(y.vanaf(), y.werkwijze(), String.valueOf(y.medewerker())));
            open(uit, "toewijzing " + i + ".tot", x.tot(), y.tot(), dag);
        }
        List<Signaal> sb = voor(b.signalen(), Signaal::datum, dag);
        vergelijk(uit, "signalen (aantal)", List.of(a.signalen().size()), List.of(sb.size()));
        for (int i = 0; i < Math.min(a.signalen().size(), sb.size()); i++) {
            vergelijk(uit, "signaal " + i, List.of(a.signalen().get(i).datum()), List.of(sb.get(i).datum()));
            open(uit, "signaal " + i + ".opgevolgd", a.signalen().get(i).opgevolgd(), sb.get(i).opgevolgd(), dag);
        }
        Map<String, Hulp> hb = b.hulp().stream().collect(Collectors.toMap(Hulp::id, Function.identity()));
        for (Hulp x : a.hulp()) {
            Hulp y = hb.get(x.id());
            if (y == null) {
                uit.add("hulp " + x.id() + " verdwenen");
                continue;
            }
            vergelijk(uit, "hulp " + x.id(), List.of(String.valueOf(x.doel()), String.valueOf(x.aangevraagd())),
                    List.of(String.valueOf(y.doel()), String.valueOf(y.aangevraagd())));
            open(uit, "hulp " + x.id() + ".gestart", x.gestart(), y.gestart(), dag);
            open(uit, "hulp " + x.id() + ".gemeenteAfgestemd", x.gemeenteAfgestemd(), y.gemeenteAfgestemd(), dag);
            open(uit, "hulp " + x.id() + ".opgeschaald", x.opgeschaald(), y.opgeschaald(), dag);
            open(uit, "hulp " + x.id() + ".beoordeeld", x.beoordeeld(), y.beoordeeld(), dag);
            if (x.beoordeeld() != null && !Objects.equals(x.effectief(), y.effectief())) {
                uit.add("hulp " + x.id() + ".effectief");
            }
        }
        return uit;
    }

    private static <T> List<T> voor(List<T> lijst, Function<T, LocalDate> datum, LocalDate dag) {
        return lijst.stream().filter(x -> !datum.apply(x).isAfter(dag)).toList();
    }

    private static void vergelijk(List<String> uit, String veld, List<?> a, List<?> b) {
        if (!a.equals(b)) {
            uit.add(veld);
        }
    }

    /** A dated field: equal, or empty before and filled with a date after {@code dag}. */
    private static void open(List<String> uit, String veld, LocalDate a, LocalDate b, LocalDate dag) {
        boolean goed = Objects.equals(a, b) || a == null && b != null && b.isAfter(dag);
        if (!goed) {
            uit.add(veld);
        }
    }

    private static LocalDate datum(JsonNode n, String veld) {
        return n.has(veld) ? LocalDate.parse(n.get(veld).asString()) : null;
    }

    static List<String> organisatieVerschillen(JsonNode a, JsonNode b, LocalDate dag, LocalDate laterDag) {
        List<String> uit = new ArrayList<>();
        Map<String, JsonNode> laterPerId = new TreeMap<>();
        b.get("medewerkers").forEach(m -> laterPerId.put(m.get("id").asString(), m));
        for (JsonNode m : a.get("medewerkers")) {
            String id = m.get("id").asString();
            JsonNode n = laterPerId.get(id);
            if (n == null) {
                // only someone who left more than a year before the later day drops out of the list
                if (!m.has("uitDienst") && !dag.isBefore(laterDag.minusYears(1))) {
                    uit.add(id + " verdwenen");
                }
                continue;
            }
            for (String veld : List.of("functie", "fte", "inDienst", "extern", "skjGeldigTot", "vogDatum", "diploma",
                    "team")) {
                if (!Objects.equals(m.get(veld), n.get(veld))) {
                    uit.add(id + "." + veld);
                }
            }
            open(uit, id + ".uitDienst", datum(m, "uitDienst"), datum(n, "uitDienst"), dag);
            // the latest jaargesprek: the same, or a newer one held after the earlier day
            LocalDate x = datum(m, "laatsteJaargesprek");
            LocalDate y = datum(n, "laatsteJaargesprek");
            if (!Objects.equals(x, y) && (y == null || !y.isAfter(dag))) {
                uit.add(id + ".laatsteJaargesprek");
            }
        }
        // staffing rows of months that ended before the earlier day do not change
        Map<String, JsonNode> rijen = new TreeMap<>();
        b.get("personeelscijfers").forEach(r -> rijen.put(r.get("maand").asString(), r));
        String peilmaand = java.time.YearMonth.from(dag).toString();
        for (JsonNode r : a.get("personeelscijfers")) {
            String maand = r.get("maand").asString();
            if (maand.compareTo(peilmaand) < 0 && !r.equals(rijen.get(maand))) {
                uit.add("personeelscijfers " + maand);
            }
        }
        for (String lijst : List.of("orVergaderingen", "rvtVergaderingen", "clientervaringsonderzoeken")) {
            List<String> x = new ArrayList<>();
            a.get(lijst).forEach(v -> x.add(v.asString()));
            List<String> y = new ArrayList<>();
            b.get(lijst).forEach(v -> {
                if (!LocalDate.parse(v.asString()).isAfter(dag)) {
                    y.add(v.asString());
                }
            });
            if (!x.equals(y)) {
                uit.add(lijst);
            }
        }
        return uit;
    }
}
