package nl.normtoets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.zaxxer.hikari.HikariDataSource;

import nl.normtoets.geschiedenis.Databank;
import nl.normtoets.geschiedenis.Reviewarchief;
import nl.normtoets.review.Antwoord;
import nl.normtoets.review.Dossierantwoorden;
import nl.normtoets.review.DossierlezingLezer;
import nl.normtoets.review.Steekproef;
import nl.normtoets.review.Steekproefdossier;
import nl.normtoets.review.Vraagantwoord;

/** steekproef draws, stores and prints; vergelijk adds the dossierlezing per norm when both audits were read. */
class SteekproefCommandTest extends MetConsole {

    static final Pattern BEWAARD = Pattern.compile("Audit bewaard als ([0-9a-f-]{36})");
    static final Pattern STEEKPROEF = Pattern.compile("Steekproef ([0-9a-f-]{36})");

    @TempDir
    Path tmp;

    private String run(int verwacht, String... args) {
        out.reset();
        err.reset();
        int code = Main.run(args);
        String tekst = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(tekst).isEqualTo(verwacht);
        return tekst;
    }

    private String audit() {
        Matcher m = BEWAARD.matcher(run(0, "audit", "fixtures/demo.json", "--bewaar", "--data", tmp.toString(),
                "--uitvoer", tmp.resolve("r.json").toString()));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static List<String> rijen(String tekst) {
        return tekst.lines().filter(l -> l.matches(" *\\d+  .*")).map(l -> l.replaceAll("\\s+", " ").strip()).toList();
    }

    @Test
    void trektBewaartEnToontDeSteekproefHerhaalbaar() {
        String audit = audit();
        String eerst = run(0, "steekproef", "--audit", audit, "--aantal", "10", "--startwaarde", "5", "--data",
                tmp.toString());
        assertThat(eerst).contains("Uit audit " + audit).contains("10 dossiers, startwaarde 5")
                .contains("Waarom getrokken").contains("maatregel ").contains("team ");
        assertThat(rijen(eerst)).hasSize(10);
        assertThat(eerst).doesNotContain("VOORLOPIGE_");
        String nog = run(0, "steekproef", "--audit", audit, "--aantal", "10", "--startwaarde", "5", "--data",
                tmp.toString());
        assertThat(rijen(nog)).isEqualTo(rijen(eerst));
        Matcher a = STEEKPROEF.matcher(eerst);
        Matcher b = STEEKPROEF.matcher(nog);
        assertThat(a.find() && b.find()).isTrue();
        assertThat(a.group(1)).isNotEqualTo(b.group(1));

        // without a start value one is chosen and shown, so the draw can be repeated
        assertThat(run(0, "steekproef", "--audit", audit, "--data", tmp.toString())).containsPattern("startwaarde \\d+");
        assertThat(run(2, "steekproef", "--audit", "bestaat-niet", "--data", tmp.toString()))
                .contains("audit bestaat-niet is niet bewaard");
    }

    @Test
    void vergelijkToontDeDossierlezingAlsBeideAuditsGelezenZijn() {
        String a = audit();
        String b = audit();
        assertThat(run(0, "vergelijk", a, b, "--data", tmp.toString())).doesNotContain("Dossierlezing");

        try (HikariDataSource ds = Databank.uit(tmp, null).open()) {
            Reviewarchief reviews = new Reviewarchief(ds);
            var lijst = DossierlezingLezer.standaard();
            lees(reviews, reviews.trekEnBewaar(a, 10, 1, "k"), 2, lijst);
            lees(reviews, reviews.trekEnBewaar(b, 10, 1, "k"), 6, lijst);
        }
        String v = run(0, "vergelijk", a, b, "--data", tmp.toString());
        assertThat(v).contains("Dossierlezing (steekproef) per norm:");
        String rij = v.lines().filter(l -> l.startsWith("1a.3 ") && l.contains(" van ")).findFirst().orElseThrow();
        assertThat(rij.replaceAll("\\s+", " ")).contains("2 van 10 Voldoet niet 6 van 10 Voldoet grotendeels niet +40,0 pp");
    }

    /** The first {@code opTijd} dossiers had their first contact on time, the rest not. */
    private static void lees(Reviewarchief reviews, Steekproef s, int opTijd, nl.normtoets.review.Dossierlezing lijst) {
        for (Steekproefdossier d : s.dossiers()) {
            reviews.bewaarAntwoorden(new Dossierantwoorden(s.id(), d.dossier(), "lezer-kwaliteit", null,
                    List.of(new Vraagantwoord("1a.3-L1", d.volgorde() <= opTijd ? Antwoord.JA : Antwoord.NEE, ""))),
                    lijst);
        }
    }
}
