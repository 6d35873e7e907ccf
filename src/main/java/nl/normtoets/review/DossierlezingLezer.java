package nl.normtoets.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.normtoets.engine.Uitkomst;
import nl.normtoets.norm.Bron;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Indicator;
import nl.normtoets.norm.Norm;
import nl.normtoets.norm.Normcatalogus;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the dossierlezing checklist ({@code rules/dossierlezing.yaml}, beside the norm catalog) and checks it
 * against a catalog: every norm id must be a dossier norm of the catalog and every mirrored indicator an indicator
 * of that same norm. Errors name the file, the line and the field path (e.g. {@code normen[2].vragen[0].spiegelt}),
 * never the value found there.
 */
public final class DossierlezingLezer {

    /** The checklist bundled with the product. */
    public static final String STANDAARD = "rules/dossierlezing.yaml";

    /** The themes whose norms are judged per dossier, and so can be read in a dossier. */
    static final Set<String> DOSSIERTHEMAS = Set.of("1a", "1b", "2", "3");

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private DossierlezingLezer() {
    }

    /** The bundled checklist, checked against the bundled catalog. */
    public static Dossierlezing standaard() {
        return standaard(CatalogusLezer.standaard());
    }

    /** The bundled checklist, checked against {@code catalogus}. */
    public static Dossierlezing standaard(Normcatalogus catalogus) {
        try (InputStream in = DossierlezingLezer.class.getClassLoader().getResourceAsStream(STANDAARD)) {
            if (in == null) {
                throw new DossierlezingFout("de dossierlezing " + STANDAARD + " ontbreekt op het classpath");
            }
            return lees(in, STANDAARD, catalogus);
        } catch (IOException e) {
            throw new DossierlezingFout("kan " + STANDAARD + " niet lezen", e);
        }
    }

    /** A checklist file, checked against the bundled catalog. */
    public static Dossierlezing lees(Path bestand) {
        return lees(bestand, CatalogusLezer.standaard());
    }

    public static Dossierlezing lees(Path bestand, Normcatalogus catalogus) {
        try (InputStream in = Files.newInputStream(bestand)) {
            return lees(in, bestand.toString(), catalogus);
        } catch (IOException e) {
            throw new DossierlezingFout("kan dossierlezing " + bestand + " niet lezen", e);
        }
    }

    /** Reads {@code in} (named {@code naam} in errors) and checks it against {@code catalogus}. */
    public static Dossierlezing lees(InputStream in, String naam, Normcatalogus catalogus) {
        byte[] tekst;
        try {
            tekst = in.readAllBytes();
        } catch (IOException e) {
            throw new DossierlezingFout("kan dossierlezing " + naam + " niet lezen", e);
        }
        Map<String, Integer> regels = regels(tekst, naam);
        JsonNode boom;
        try {
            boom = MAPPER.readTree(tekst);
        } catch (JacksonException e) {
            throw new DossierlezingFout(naam + regel(e) + ": geen geldige YAML", e);
        }
        Bestand ruw;
        try {
            ruw = MAPPER.treeToValue(boom, Bestand.class);
        } catch (JacksonException e) {
            String pad = pad(e.getPath());
            Throwable oorzaak = e.getCause() instanceof IllegalArgumentException ia ? ia : null;
            throw new DossierlezingFout(plaats(naam, regels, pad) + ": "
                    + (oorzaak != null ? oorzaak.getMessage() : onbekendOfOngeldig(e)), e);
        }
        return new Controle(naam, regels, catalogus).maak(ruw);
    }

    /**
     * Checks a checklist made in code (or read elsewhere) against a catalog; errors name the field path without
     * a line.
     */
    public static Dossierlezing controleer(Dossierlezing lijst, Normcatalogus catalogus, String naam) {
        List<Ruwnorm> normen = new ArrayList<>();
        for (Lezingnorm n : lijst.normen()) {
            List<Ruwvraag> vragen = new ArrayList<>();
            for (Lezingvraag v : n.vragen()) {
                vragen.add(new Ruwvraag(v.id(), v.tekst(), v.spiegelt(), v.deels().name(), v.bron()));
            }
            normen.add(new Ruwnorm(n.norm(), n.combinatie().naam(), n.toelichting(), n.bron(), vragen));
        }
        return new Controle(naam, Map.of(), catalogus).maak(new Bestand(lijst.versie(), normen));
    }

    // ---- the file's shape ----

    record Bestand(String versie, List<Ruwnorm> normen) {
    }

    record Ruwnorm(String norm, String combinatie, String toelichting, Bron bron, List<Ruwvraag> vragen) {
    }

    record Ruwvraag(String id, String tekst, String spiegelt, String deels, Bron bron) {
    }

    /** The semantic checks, each naming file, line and field. */
    private static final class Controle {
        private final String naam;
        private final Map<String, Integer> regels;
        private final Normcatalogus catalogus;

        Controle(String naam, Map<String, Integer> regels, Normcatalogus catalogus) {
            this.naam = naam;
            this.regels = regels;
            this.catalogus = catalogus;
        }

        Dossierlezing maak(Bestand b) {
            if (b == null) {
                throw fout("", "het bestand is leeg");
            }
            if (leeg(b.versie())) {
                throw fout("versie", "versie ontbreekt");
            }
            if (b.normen() == null || b.normen().isEmpty()) {
                throw fout("normen", "normen ontbreekt of is leeg");
            }
            Set<String> normIds = new HashSet<>();
            Set<String> vraagIds = new HashSet<>();
            List<Lezingnorm> normen = new ArrayList<>();
            for (int i = 0; i < b.normen().size(); i++) {
                String p = "normen[" + i + "]";
                Ruwnorm n = b.normen().get(i);
                if (n == null) {
                    throw fout(p, "lege norm");
                }
                if (leeg(n.norm())) {
                    throw fout(p + ".norm", "norm ontbreekt");
                }
                Norm norm = catalogus.norm(n.norm()).orElseThrow(() -> fout(p + ".norm",
                        "deze norm staat niet in de normcatalogus"));
                if (!DOSSIERTHEMAS.contains(norm.thema())) {
                    throw fout(p + ".norm", "norm " + n.norm() + " wordt niet per dossier getoetst (thema "
                            + norm.thema() + ")");
                }
                if (!normIds.add(n.norm())) {
                    throw fout(p + ".norm", "norm " + n.norm() + " staat er twee keer in");
                }
                Combinatieregel regel;
                try {
                    regel = n.combinatie() == null ? Combinatieregel.LAAGSTE : Combinatieregel.uit(n.combinatie());
                } catch (IllegalArgumentException e) {
                    throw fout(p + ".combinatie", e.getMessage());
                }
                if (regel == Combinatieregel.ALLEEN_LEZING && leeg(n.toelichting())) {
                    throw fout(p + ".toelichting", "bij combinatie alleenLezing zegt toelichting waarom");
                }
                if (n.bron() == null) {
                    throw fout(p + ".bron", "bron ontbreekt");
                }
                if (n.vragen() == null || n.vragen().isEmpty()) {
                    throw fout(p + ".vragen", "een norm heeft minstens een vraag");
                }
                List<Lezingvraag> vragen = new ArrayList<>();
                for (int j = 0; j < n.vragen().size(); j++) {
                    vragen.add(vraag(p + ".vragen[" + j + "]", n.vragen().get(j), norm, vraagIds));
                }
                normen.add(new Lezingnorm(n.norm(), regel, leeg(n.toelichting()) ? null : n.toelichting().strip(),
                        n.bron(), vragen));
            }
            return new Dossierlezing(b.versie(), normen);
        }

        private Lezingvraag vraag(String p, Ruwvraag v, Norm norm, Set<String> vraagIds) {
            if (v == null) {
                throw fout(p, "lege vraag");
            }
            if (leeg(v.id())) {
                throw fout(p + ".id", "id ontbreekt");
            }
            if (!vraagIds.add(v.id())) {
                throw fout(p + ".id", "vraag " + v.id() + " staat er twee keer in");
            }
            if (catalogus.indicator(v.id()).isPresent()) {
                throw fout(p + ".id", "vraag " + v.id() + " heeft de id van een indicator; kies een eigen id");
            }
            if (leeg(v.tekst())) {
                throw fout(p + ".tekst", "tekst ontbreekt");
            }
            if (v.bron() == null) {
                throw fout(p + ".bron", "bron ontbreekt");
            }
            Uitkomst deels;
            if (v.deels() == null) {
                deels = Uitkomst.TEKORT;
            } else if (v.deels().equalsIgnoreCase("VOLDOET")) {
                deels = Uitkomst.VOLDOET;
            } else if (v.deels().equalsIgnoreCase("TEKORT")) {
                deels = Uitkomst.TEKORT;
            } else {
                throw fout(p + ".deels", "deels telt als VOLDOET of TEKORT");
            }
            String spiegelt = leeg(v.spiegelt()) ? null : v.spiegelt().strip();
            if (spiegelt != null) {
                Indicator ind = catalogus.indicator(spiegelt).orElseThrow(() -> fout(p + ".spiegelt",
                        "deze indicator staat niet in de normcatalogus"));
                if (!norm.id().equals(ind.norm())) {
                    throw fout(p + ".spiegelt", "indicator " + spiegelt + " hoort niet bij norm " + norm.id());
                }
            }
            return new Lezingvraag(v.id().strip(), v.tekst().strip(), spiegelt, deels, v.bron());
        }

        private DossierlezingFout fout(String pad, String reden) {
            return new DossierlezingFout(plaats(naam, regels, pad) + ": " + reden);
        }
    }

    // ---- where things are in the file ----

    /** The line of every field and list element, keyed by its path as the errors write it. */
    private static Map<String, Integer> regels(byte[] tekst, String naam) {
        Map<String, Integer> m = new HashMap<>();
        try (JsonParser p = MAPPER.createParser(tekst)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.PROPERTY_NAME || t.isScalarValue() || t.isStructStart()) {
                    String pad = pad(p);
                    m.putIfAbsent(pad, p.currentTokenLocation().getLineNr());
                }
            }
        } catch (JacksonException e) {
            throw new DossierlezingFout(naam + regel(e) + ": geen geldige YAML", e);
        }
        return m;
    }

    /** The parser's position as "normen[2].vragen[0].spiegelt". */
    private static String pad(JsonParser p) {
        List<String> delen = new ArrayList<>();
        for (var c = p.streamReadContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                delen.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.currentName() != null) {
                delen.add(0, "." + c.currentName());
            }
        }
        return strip(String.join("", delen));
    }

    private static String pad(List<JacksonException.Reference> pad) {
        StringBuilder b = new StringBuilder();
        if (pad != null) {
            for (JacksonException.Reference r : pad) {
                if (r.getPropertyName() != null) {
                    b.append('.').append(r.getPropertyName());
                } else if (r.getIndex() >= 0) {
                    b.append('[').append(r.getIndex()).append(']');
                }
            }
        }
        return strip(b.toString());
    }

    private static String strip(String pad) {
        return pad.startsWith(".") ? pad.substring(1) : pad;
    }

    private static String plaats(String naam, Map<String, Integer> regels, String pad) {
        Integer regel = null;
        for (String p = pad; regel == null && !p.isEmpty(); p = ouder(p)) {
            regel = regels.get(p);
        }
        return naam + (regel == null ? "" : ", regel " + regel) + (pad.isEmpty() ? "" : ", veld " + pad);
    }

    private static String ouder(String pad) {
        int i = Math.max(pad.lastIndexOf('.'), pad.lastIndexOf('['));
        return i <= 0 ? "" : pad.substring(0, i);
    }

    private static String regel(JacksonException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                : ", regel " + e.getLocation().getLineNr();
    }

    private static String onbekendOfOngeldig(JacksonException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        return m.startsWith("Unrecognized property") || m.contains("not marked as ignorable")
                ? "onbekend veld" : "ongeldige waarde";
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }
}
