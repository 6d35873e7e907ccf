package nl.normtoets.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.report.Auditrapport.Aantallen;
import nl.normtoets.report.Auditrapport.Bereik;
import nl.normtoets.report.Auditrapport.NormRij;
import nl.normtoets.scoring.Oordeel;

/**
 * Scoring the reading beside the registration on hand-computed cases. Thresholds are the catalog's 95 / 75 / 40%;
 * intervals are 95% Wilson, worked out by hand (z = 1.96): 2 of 20 gives 2,8–30,1%, 10 of 20 gives 29,9–70,1%.
 */
class LezingscoreTest {

    static final Normcatalogus CATALOGUS = CatalogusLezer.standaard();
    static final Dossierlezing LIJST = DossierlezingLezer.standaard(CATALOGUS);

    /** Twenty sampled dossiers D-01 .. D-20. */
    static final Steekproef STEEKPROEF = steekproef(20);

    static Steekproef steekproef(int n) {
        List<Steekproefdossier> ds = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            ds.add(new Steekproefdossier(id(i), i, "T1", "OTS", LocalDate.of(2025, 1, 6), List.of("M-" + i),
                    List.of(new Trekreden(Criterium.WILLEKEURIG, null))));
        }
        return new Steekproef("S-1", "A-1", n, 1, Instant.parse("2025-03-11T09:00:00Z"), "kwaliteit", ds);
    }

    static String id(int i) {
        return String.format("D-%02d", i);
    }

    static NormRij rij(String norm, Oordeel score, int toepasbaar, int voldoet) {
        Double pct = toepasbaar == 0 ? null : Math.round(1000.0 * voldoet / toepasbaar) / 10.0;
        return new NormRij(norm, norm.substring(0, norm.indexOf('.')), "titel", score, toepasbaar, voldoet, pct,
                toepasbaar - voldoet, 0, 0, null, List.of());
    }

    static Auditrapport rapport(List<NormRij> normen, List<Bevinding> bevindingen) {
        return new Auditrapport(LocalDate.of(2025, 3, 10), "ORG", "v", new Aantallen(975, 975, 0, bevindingen.size()),
                normen, List.of(), bevindingen, List.of());
    }

    /** Answers per dossier index 1..20: question id to answer, built per dossier. */
    static List<Dossierantwoorden> antwoorden(java.util.function.IntFunction<List<Vraagantwoord>> perDossier) {
        List<Dossierantwoorden> uit = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            uit.add(new Dossierantwoorden("S-1", id(i), "lezer", Instant.parse("2025-03-12T10:00:00Z"),
                    perDossier.apply(i)));
        }
        return uit;
    }

    static Vraagantwoord a(String vraag, Antwoord antwoord) {
        return new Vraagantwoord(vraag, antwoord, "");
    }

    @Test
    void hetGeval1a3RegistratieZestigProcentLezingTweeVanTwintig() {
        // registration: 585 of 975 first contacts on time (60%); on the 20 sampled dossiers it says 12 on time
        List<Bevinding> bev = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            bev.add(new Bevinding("1a.3", "1a.3-A", id(i), null, i <= 12 ? Uitkomst.VOLDOET : Uitkomst.TEKORT, "",
                    Map.of()));
        }
        Auditrapport r = rapport(List.of(rij("1a.3", Oordeel.VOLDOET_GROTENDEELS_NIET, 975, 585)), bev);
        // reading: really on time in D-01 and D-02; D-03 "deels" (counts TEKORT); the rest not; L2 n.v.t. for D-01
        List<Dossierantwoorden> ant = antwoorden(i -> {
            List<Vraagantwoord> l = new ArrayList<>();
            l.add(a("1a.3-L1", i <= 2 ? Antwoord.JA : i == 3 ? Antwoord.DEELS : Antwoord.NEE));
            if (i == 1) {
                l.add(a("1a.3-L2", Antwoord.NVT));
            }
            return l;
        });
        Lezingverslag v = Lezingscore.bereken(r, STEEKPROEF, ant, LIJST, CATALOGUS);

        Normlezing n = v.norm("1a.3").orElseThrow();
        assertThat(n.registratie()).isEqualTo(Oordeel.VOLDOET_GROTENDEELS_NIET);
        assertThat(n.registratiePercentage()).isEqualTo(60.0);
        assertThat(n.registratieAantal()).isEqualTo(975);
        assertThat(n.lezingVoldoet()).isEqualTo(2);
        assertThat(n.lezingToepasbaar()).isEqualTo(20);
        assertThat(n.lezingPercentage()).isEqualTo(10.0);
        assertThat(n.lezing()).isEqualTo(Oordeel.VOLDOET_NIET); // 10% < 40%
        assertThat(n.lezingInterval()).isEqualTo(new Bereik(2.8, 30.1));
        assertThat(n.oordeel()).isEqualTo(Oordeel.VOLDOET_NIET); // the lower of the two
        assertThat(n.alleenLezing()).isFalse();
        assertThat(n.tekst()).isEqualTo("registratie 60,0% (975) \u2014 dossierlezing 2 van 20");
        assertThat(n.vragen().get(0)).isEqualTo(new Vraagtelling("1a.3-L1", LIJST.vraag("1a.3-L1").orElseThrow().tekst(),
                "1a.3-A", 2, 18, 0, 0));
        assertThat(n.vragen().get(1).nietVanToepassing()).isEqualTo(1);
        assertThat(n.vragen().get(1).onbeantwoord()).isEqualTo(19);

        // the registration said on time for 12 of them; the reader disagrees on 10 of those 12
        Overeenstemming o = v.overeenstemming("1a.3-A").orElseThrow();
        assertThat(o.vergeleken()).isEqualTo(20);
        assertThat(o.beideVoldoet()).isEqualTo(2);
        assertThat(o.alleenRegistratie()).isEqualTo(10);
        assertThat(o.beideTekort()).isEqualTo(8);
        assertThat(o.alleenLezing()).isZero();
        assertThat(o.registratieVoldoet()).isEqualTo(12);
        assertThat(o.eens()).isEqualTo(0.5);
        assertThat(o.tekst()).startsWith("registratie zegt voldoet, lezing zegt niet: 10 van 12");
        // no answers to 1a.3-L2 other than n.v.t.: nothing compared on 1a.3-B
        assertThat(v.overeenstemming("1a.3-B").orElseThrow().vergeleken()).isZero();

        assertThat(v.gelezen()).isEqualTo(20);
        assertThat(v.bevindingen()).hasSize(21).allMatch(b -> b.bron().equals("DOSSIERREVIEW"));
        Leesbevinding deels = v.bevindingen().stream().filter(b -> b.dossier().equals("D-03")).findFirst().orElseThrow();
        assertThat(deels.uitkomst()).isEqualTo(Uitkomst.TEKORT);
        assertThat(deels.antwoord()).isEqualTo("deels");
        assertThat(deels.alsBevinding().bewijs()).containsEntry("bron", "DOSSIERREVIEW");
    }

    @Test
    void eenNormOpDossierlezingAlleen() {
        // 1a.1 (respect, a shared view): the registration says 100%, but the checklist judges it on the reading
        Auditrapport r = rapport(List.of(rij("1a.1", Oordeel.VOLDOET, 975, 975),
                rij("3.1", Oordeel.NIET_BEOORDEELD, 0, 0)), List.of());
        List<Dossierantwoorden> ant = antwoorden(i -> List.of(a("1a.1-L1", i <= 10 ? Antwoord.JA : Antwoord.NEE),
                a("1a.1-L2", Antwoord.JA),
                // 3.1-L3 counts "deels" as VOLDOET: 19 of 20
                a("3.1-L3", i == 20 ? Antwoord.NEE : Antwoord.DEELS)));
        Lezingverslag v = Lezingscore.bereken(r, STEEKPROEF, ant, LIJST, CATALOGUS);

        Normlezing n = v.norm("1a.1").orElseThrow();
        assertThat(n.combinatie()).isEqualTo(Combinatieregel.ALLEEN_LEZING);
        assertThat(n.registratie()).isEqualTo(Oordeel.VOLDOET);
        assertThat(n.lezingVoldoet()).isEqualTo(10);
        assertThat(n.lezing()).isEqualTo(Oordeel.VOLDOET_GROTENDEELS_NIET); // 50%
        assertThat(n.oordeel()).isEqualTo(Oordeel.VOLDOET_GROTENDEELS_NIET);
        assertThat(n.alleenLezing()).isTrue();
        assertThat(n.lezingInterval()).isEqualTo(new Bereik(29.9, 70.1));
        assertThat(n.tekst()).isEqualTo(
                "registratie 100,0% (975) \u2014 dossierlezing 10 van 20 (oordeel op dossierlezing alleen)");

        // 3.1: nothing registered, so under "laagste" the reading decides and the norm is marked as such
        Normlezing drie = v.norm("3.1").orElseThrow();
        assertThat(drie.lezingVoldoet()).isEqualTo(19);
        assertThat(drie.lezing()).isEqualTo(Oordeel.VOLDOET); // 95%
        assertThat(drie.oordeel()).isEqualTo(Oordeel.VOLDOET);
        assertThat(drie.alleenLezing()).isTrue();
        assertThat(drie.tekst()).startsWith("registratie niet beoordeeld \u2014 dossierlezing 19 van 20");

        // a norm nobody answered: not judged on the reading, the registration stands
        Normlezing leeg = v.norm("1b.3").orElseThrow();
        assertThat(leeg.lezing()).isEqualTo(Oordeel.NIET_BEOORDEELD);
        assertThat(leeg.lezingToepasbaar()).isZero();
        assertThat(leeg.lezingInterval()).isNull();
    }

    @Test
    void eenGoedeLezingTiltEenSlechteRegistratieNietOp() {
        Auditrapport r = rapport(List.of(rij("1b.3", Oordeel.VOLDOET_NIET, 975, 295)), List.of());
        List<Dossierantwoorden> ant = antwoorden(i -> List.of(a("1b.3-L1", i == 1 ? Antwoord.NEE : Antwoord.JA)));
        Normlezing n = Lezingscore.bereken(r, STEEKPROEF, ant, LIJST, CATALOGUS).norm("1b.3").orElseThrow();
        assertThat(n.lezing()).isEqualTo(Oordeel.VOLDOET); // 19 of 20 = 95%
        assertThat(n.oordeel()).isEqualTo(Oordeel.VOLDOET_NIET);
        assertThat(n.tekst()).isEqualTo("registratie 30,3% (975) \u2014 dossierlezing 19 van 20");
    }

    @Test
    void antwoordenBuitenDeSteekproefTellenNiet() {
        Steekproef tien = steekproef(10);
        List<Dossierantwoorden> ant = antwoorden(i -> List.of(a("1b.3-L1", Antwoord.NEE)));
        Lezingverslag v = Lezingscore.bereken(rapport(List.of(), List.of()), tien, ant, LIJST, CATALOGUS);
        assertThat(v.gelezen()).isEqualTo(10);
        assertThat(v.steekproefAantal()).isEqualTo(10);
        assertThat(v.norm("1b.3").orElseThrow().lezingToepasbaar()).isEqualTo(10);
        assertThat(v.bevindingen()).hasSize(10);
    }

    @Test
    void combineren() {
        assertThat(Lezingscore.combineer(Combinatieregel.LAAGSTE, Oordeel.VOLDOET_GROTENDEELS, Oordeel.VOLDOET))
                .isEqualTo(Oordeel.VOLDOET_GROTENDEELS);
        assertThat(Lezingscore.combineer(Combinatieregel.LAAGSTE, Oordeel.VOLDOET, Oordeel.NIET_BEOORDEELD))
                .isEqualTo(Oordeel.VOLDOET);
        assertThat(Lezingscore.combineer(Combinatieregel.ALLEEN_LEZING, Oordeel.VOLDOET, Oordeel.NIET_BEOORDEELD))
                .isEqualTo(Oordeel.NIET_BEOORDEELD);
        assertThat(Lezingscore.combineer(Combinatieregel.ALLEEN_REGISTRATIE, Oordeel.VOLDOET, Oordeel.VOLDOET_NIET))
                .isEqualTo(Oordeel.VOLDOET);
        assertThat(Antwoord.uit(" N.v.t. ")).isEqualTo(Antwoord.NVT);
        assertThat(Antwoord.uit("Ja")).isEqualTo(Antwoord.JA);
    }
}
