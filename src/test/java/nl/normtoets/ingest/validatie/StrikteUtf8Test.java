package nl.normtoets.ingest.validatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.ingest.OnbruikbareInvoer;

/** The byte check in front of the parser accepts exactly what the JDK's strict UTF-8 decoder accepts. */
class StrikteUtf8Test {

    private static boolean jdk(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean eigen(byte[] b, int blok) {
        try (InputStream in = new StrikteUtf8(new ByteArrayInputStream(b))) {
            byte[] buf = new byte[blok];
            while (in.read(buf, 0, buf.length) >= 0) {
                // sequences cut across reads must be judged as a whole
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void zelfdeOordeelAlsDeStrikteDecoderOpWillekeurigeBytes() {
        Random r = new Random(20);
        String tekst = "{\"gemeente\":\"Súdwest-Fryslân\",\"x\":\"€ 😀 ĳ\"}";
        byte[] basis = tekst.getBytes(StandardCharsets.UTF_8);
        int geweigerd = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] b = ("    " + tekst).getBytes(StandardCharsets.UTF_8); // NUL in the first four bytes is ours alone
            for (int k = 0, n = r.nextInt(3); k < n; k++) {
                b[4 + r.nextInt(b.length - 4)] = (byte) r.nextInt(256);
            }
            if (r.nextInt(4) == 0) {
                b = java.util.Arrays.copyOf(b, 4 + r.nextInt(b.length - 4));
            }
            boolean verwacht = jdk(b);
            assertThat(eigen(b, 1 + r.nextInt(7))).as("bytes %s", java.util.HexFormat.of().formatHex(b))
                    .isEqualTo(verwacht);
            geweigerd += verwacht ? 0 : 1;
        }
        assertThat(geweigerd).isBetween(2_000, 18_000);
        assertThat(eigen(basis, 3)).isTrue();
    }

    @Test
    void overlangSurrogaatEnTeGroot() {
        for (String hex : new String[] {"c0af", "e08080", "eda080", "f4908080", "f5808080", "80", "e282"}) {
            byte[] voor = "    [\"x".getBytes(StandardCharsets.US_ASCII);
            byte[] bytes = java.util.HexFormat.of().parseHex(hex);
            byte[] json = new byte[voor.length + bytes.length + 2];
            System.arraycopy(voor, 0, json, 0, voor.length);
            System.arraycopy(bytes, 0, json, voor.length, bytes.length);
            json[json.length - 2] = '"';
            json[json.length - 1] = ']';
            assertThat(eigen(json, 64)).as(hex).isFalse();
            assertThat(jdk(json)).as(hex).isFalse();
        }
    }

    @Test
    void utf16WordtNietHerkendEnGelezen() {
        byte[] utf16 = "{\"peildatum\":\"2025-03-10\",\"dossiers\":[]}".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> new AuditsetLezer().lees(new ByteArrayInputStream(utf16), "set.json", null))
                .isInstanceOf(OnbruikbareInvoer.class).hasMessageContaining("geen geldige UTF-8");
    }

    @Test
    void eenBomVoorafWordtOvergeslagen() {
        byte[] tekst = "\uFEFF{\"peildatum\":\"2025-03-10\",\"dossiers\":[]}".getBytes(StandardCharsets.UTF_8);
        assertThat(new AuditsetLezer().lees(new ByteArrayInputStream(tekst), "set.json", null).peildatum())
                .hasToString("2025-03-10");
    }

    @Test
    void dubbeleSleutelsBovenaanEnDiepInEenDossier() {
        assertThatThrownBy(() -> new AuditsetLezer().lees(new ByteArrayInputStream(
                "{\"peildatum\":\"2025-03-10\",\"dossiers\":[],\"dossiers\":[]}".getBytes(StandardCharsets.UTF_8)),
                "set.json", null)).isInstanceOf(OnbruikbareInvoer.class)
                .hasMessageContaining("veld dossiers: veld komt twee keer voor");
        assertThatThrownBy(() -> new AuditsetLezer().lees(new ByteArrayInputStream(
                ("{\"peildatum\":\"2025-03-10\",\"dossiers\":[{\"id\":\"D-1\",\"contacten\":[{\"datum\":\"2025-01-01\","
                        + "\"datum\":\"2025-01-02\"}]}]}").getBytes(StandardCharsets.UTF_8)), "set.json", null))
                .isInstanceOf(OnbruikbareInvoer.class).hasMessageContaining("veld komt twee keer voor")
                .hasMessageContaining("dossiers[0]");
    }
}
