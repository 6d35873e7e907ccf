package nl.normtoets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code normtoets lezing}: the sheet out of the store, filled in, back in; a wrong sheet stores nothing (exit 2). */
class LezingCommandTest extends MetConsole {

    static final Pattern BEWAARD = Pattern.compile("Audit bewaard als ([0-9a-f-]{36})");

    @TempDir
    Path tmp;

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args);
    }

    @Test
    void bladUitDeOpslagIngevuldEnWeerIn() throws Exception {
        String data = tmp.resolve("data").toString();
        assertThat(run("audit", "fixtures/demo.json", "--bewaar", "--data", data, "--uitvoer",
                tmp.resolve("r.json").toString())).as(err.toString()).isZero();
        Matcher m = BEWAARD.matcher(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
        assertThat(m.find()).isTrue();
        String audit = m.group(1);
        assertThat(run("steekproef", "--audit", audit, "--aantal", "5", "--startwaarde", "3", "--data", data))
                .isZero();

        Path blad = tmp.resolve("lezing.csv");
        assertThat(run("lezing", "--audit", audit, "--export", blad.toString(), "--data", data)).isZero();
        List<String> regels = new ArrayList<>(Files.readAllLines(blad, StandardCharsets.UTF_8));
        assertThat(regels.get(0)).isEqualTo("\uFEFFdossier;norm;vraag-id;vraag;antwoord;toelichting");
        String dossier = regels.get(1).split(";")[0];
        regels.set(1, regels.get(1).replaceAll(";;$", ";nee;niet in persoon"));
        Files.write(blad, regels, StandardCharsets.UTF_8);
        assertThat(run("lezing", "--audit", audit, "--import", blad.toString(), "--lezer", "lezer-a", "--data", data))
                .as(err.toString()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("de antwoorden van 1 dossier(s)").contains("lezer-a");

        // exported again, the answer is in the sheet
        Path opnieuw = tmp.resolve("opnieuw.xlsx");
        assertThat(run("lezing", "--audit", audit, "--export", opnieuw.toString(), "--data", data)).isZero();
        assertThat(Files.size(opnieuw)).isPositive();

        // an unknown answer: exit 2, sheet, row and column named, nothing stored, value not repeated
        regels.set(2, regels.get(2).replaceAll(";;$", ";GEHEIM;"));
        Files.write(blad, regels, StandardCharsets.UTF_8);
        assertThat(run("lezing", "--audit", audit, "--import", blad.toString(), "--data", data)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("blad 'lezing.csv' rij 3 kolom 'antwoord'")
                .doesNotContain("GEHEIM");
        assertThat(dossier).isNotBlank();
    }
}
