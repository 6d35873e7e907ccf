package nl.normtoets.geschiedenis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import com.zaxxer.hikari.HikariDataSource;

import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.report.RapportSchrijver;
import nl.normtoets.review.Antwoord;
import nl.normtoets.review.Dossierantwoorden;
import nl.normtoets.review.Dossierlezing;
import nl.normtoets.review.DossierlezingLezer;
import nl.normtoets.review.Lezingverslag;
import nl.normtoets.review.Normlezing;
import nl.normtoets.review.Steekproef;
import nl.normtoets.review.Steekproefdossier;
import nl.normtoets.review.Vraagantwoord;
import nl.normtoets.review.VieroogenFout;

/** Samples and answers kept with their audit, on H2 and on PostgreSQL, as the audit store's own tests. */
@ParameterizedClass(name = "{0}")
@MethodSource("nl.normtoets.geschiedenis.Testdatabanken#soorten")
class ReviewarchiefTest {

    static final Dossierlezing LIJST = DossierlezingLezer.standaard(Testaudits.CATALOGUS);

    @Parameter
    String soort;

    @TempDir
    Path tmp;

    HikariDataSource ds;
    Auditarchief archief;
    Reviewarchief reviews;
    String organisatie = "ORG-" + UUID.randomUUID();

    @BeforeEach
    void open() {
        ds = Testdatabanken.databank(soort, tmp).open();
        archief = new Auditarchief(ds);
        reviews = new Reviewarchief(ds, archief);
    }

    @AfterEach
    void sluit() {
        if (ds != null) {
            ds.close();
        }
    }

    private String bewaardeAudit() {
        Auditset s = Testaudits.lees("fixtures/demo.json", null);
        Auditset set = new Auditset(s.bron(), s.peildatum(), organisatie, s.dossiers(), s.afgewezen(),
                s.organisatieFeiten(), s.organisatieFouten());
        Auditrapport r = Testaudits.audit(set);
        return archief.bewaar(r, new Herkomst(null, null, null, "c".repeat(64), "i".repeat(64),
                Instant.parse("2026-01-05T10:15:30Z"), "kwaliteit"), set, null).id();
    }

    @Test
    void eenSteekproefKomtTerugZoalsHijGetrokkenIsEnIsHerhaalbaar() {
        String audit = bewaardeAudit();
        Steekproef s = reviews.trekEnBewaar(audit, 12, 99, "kwaliteit");
        assertThat(s.id()).isNotNull();
        assertThat(s.dossiers()).hasSize(12);
        assertThat(reviews.steekproef(s.id())).contains(s);
        assertThat(reviews.huidige(audit)).contains(s);

        Steekproef nog = reviews.trekEnBewaar(audit, 12, 99, "kwaliteit");
        assertThat(nog.dossiers()).isEqualTo(s.dossiers());
        assertThat(reviews.steekproeven(audit)).extracting(Steekproef::id).containsExactlyInAnyOrder(s.id(), nog.id());

        // no rejected dossier is drawn
        Auditrapport r = archief.rapport(audit).orElseThrow();
        List<String> afgewezen = r.afgewezen().stream().map(a -> a.dossier()).toList();
        assertThat(reviews.trekEnBewaar(audit, 1000, 1, "k").dossiers()).hasSize(r.aantallen().dossiersGetoetst())
                .noneMatch(d -> afgewezen.contains(d.dossier()));

        assertThatThrownBy(() -> reviews.trekEnBewaar("bestaat-niet", 20, 1, "k"))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void antwoordenWordenBewaardVervangenEnVierOgenGeweigerd() {
        String audit = bewaardeAudit();
        Steekproef s = reviews.trekEnBewaar(audit, 20, 5, "kwaliteit");
        Steekproefdossier d = s.dossiers().stream().filter(x -> !x.medewerkers().isEmpty()).findFirst().orElseThrow();

        Dossierantwoorden eerst = reviews.bewaarAntwoorden(new Dossierantwoorden(s.id(), d.dossier(), "lezer-a",
                Instant.parse("2026-01-06T09:00:00.123456Z"), List.of(new Vraagantwoord("1a.3-L1", Antwoord.NEE,
                        "Eerste gesprek pas na twee weken."), new Vraagantwoord("1a.1-L1", Antwoord.DEELS, null))),
                LIJST);
        assertThat(eerst.moment()).isEqualTo(Instant.parse("2026-01-06T09:00:00.123Z"));
        assertThat(reviews.antwoorden(s.id(), d.dossier())).contains(eerst);

        Dossierantwoorden daarna = reviews.bewaarAntwoorden(new Dossierantwoorden(s.id(), d.dossier(), "lezer-b",
                Instant.parse("2026-01-07T09:00:00Z"), List.of(new Vraagantwoord("1a.3-L1", Antwoord.JA, ""))), LIJST);
        assertThat(reviews.antwoorden(s.id(), d.dossier())).contains(daarna);
        assertThat(reviews.antwoorden(s.id())).containsExactly(daarna);

        // four eyes: a worker on the dossier may not read it; the refusal names the dossier, not the person
        String werker = d.medewerkers().get(0);
        assertThat(reviews.magLezen(s.id(), d.dossier(), werker)).isFalse();
        assertThat(reviews.magLezen(s.id(), d.dossier(), "lezer-a")).isTrue();
        assertThatThrownBy(() -> reviews.bewaarAntwoorden(new Dossierantwoorden(s.id(), d.dossier(), werker, null,
                List.of(new Vraagantwoord("1a.3-L1", Antwoord.JA, ""))), LIJST))
                .isInstanceOf(VieroogenFout.class).hasMessageContaining(d.dossier()).hasMessageNotContaining(werker);
        assertThat(reviews.antwoorden(s.id(), d.dossier())).contains(daarna);

        assertThatThrownBy(() -> reviews.bewaarAntwoorden(new Dossierantwoorden(s.id(), "D-NIET", "lezer-a", null,
                List.of()), LIJST)).isInstanceOf(VieroogenFout.class);
        assertThatThrownBy(() -> reviews.bewaarAntwoorden(new Dossierantwoorden(s.id(), d.dossier(), "lezer-a", null,
                List.of(new Vraagantwoord("9.9-L1", Antwoord.JA, ""))), LIJST))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hetRapportToontDeLezingNaastDeRegistratie() {
        String audit = bewaardeAudit();
        Auditrapport zonder = reviews.rapport(audit, Testaudits.CATALOGUS, LIJST).orElseThrow();
        assertThat(zonder.dossierlezing()).isNull();
        assertThat(RapportSchrijver.alsTekst(zonder)).doesNotContain("dossierlezing");
        assertThat(reviews.verslag(audit, Testaudits.CATALOGUS, LIJST)).isEmpty();

        Steekproef s = reviews.trekEnBewaar(audit, 10, 3, "kwaliteit");
        Auditrapport r = archief.rapport(audit).orElseThrow();
        // the reader says "not on time" wherever the registration says on time
        int registratieOpTijd = 0;
        for (Steekproefdossier d : s.dossiers()) {
            Uitkomst reg = r.bevindingen().stream().filter(b -> b.indicator().equals("1a.3-A")
                    && d.dossier().equals(b.dossier())).map(Bevinding::uitkomst).findFirst().orElse(null);
            if (reg == Uitkomst.VOLDOET) {
                registratieOpTijd++;
            }
            List<Vraagantwoord> a = new ArrayList<>();
            a.add(new Vraagantwoord("1a.3-L1", Antwoord.NEE, ""));
            reviews.bewaarAntwoorden(new Dossierantwoorden(s.id(), d.dossier(), "lezer", null, a), LIJST);
        }

        Auditrapport met = reviews.rapport(audit, Testaudits.CATALOGUS, LIJST).orElseThrow();
        Lezingverslag v = met.dossierlezing();
        assertThat(v.steekproef()).isEqualTo(s.id());
        assertThat(v.gelezen()).isEqualTo(10);
        Normlezing n = v.norm("1a.3").orElseThrow();
        assertThat(n.lezingVoldoet()).isZero();
        assertThat(n.lezingToepasbaar()).isEqualTo(10);
        assertThat(v.overeenstemming("1a.3-A").orElseThrow().alleenRegistratie()).isEqualTo(registratieOpTijd);
        assertThat(RapportSchrijver.alsTekst(met)).contains("\"dossierlezing\"").contains("DOSSIERREVIEW");
        // the light path (summary and the sampled dossiers' findings only) gives the same scores
        assertThat(reviews.verslag(audit, Testaudits.CATALOGUS, LIJST)).contains(v);
    }
}
