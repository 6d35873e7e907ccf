package nl.normtoets.norm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads and checks a norm catalog (YAML or JSON); a broken catalog fails fast with the offending id. */
public final class CatalogusLezer {

    /** The catalog bundled with the product, the defaults of the toetsingskader. */
    public static final String STANDAARD = "rules/normcatalogus.yaml";

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private CatalogusLezer() {
    }

    public static Normcatalogus standaard() {
        try (InputStream in = CatalogusLezer.class.getClassLoader().getResourceAsStream(STANDAARD)) {
            if (in == null) {
                throw new CatalogusFout("de standaardcatalogus " + STANDAARD + " ontbreekt op het classpath");
            }
            return lees(in, STANDAARD);
        } catch (IOException e) {
            throw new CatalogusFout("kan " + STANDAARD + " niet lezen: " + e.getMessage(), e);
        }
    }

    public static Normcatalogus lees(Path bestand) {
        try (InputStream in = Files.newInputStream(bestand)) {
            return lees(in, bestand.toString());
        } catch (IOException e) {
            throw new CatalogusFout("kan normcatalogus " + bestand + " niet lezen: " + e.getMessage(), e);
        }
    }

    static Normcatalogus lees(InputStream in, String naam) {
        JsonNode boom;
        try {
            boom = MAPPER.readTree(in);
        } catch (JacksonException e) {
            throw new CatalogusFout("normcatalogus " + naam + " is geen geldige YAML of JSON: " + e.getOriginalMessage(),
                    e);
        }
        Normcatalogus ruw;
        try {
            ruw = MAPPER.treeToValue(boom, Normcatalogus.class);
        } catch (JacksonException e) {
            throw new CatalogusFout("normcatalogus " + naam + " is ongeldig" + plaats(boom, e.getPath()) + ": "
                    + reden(e), e);
        } catch (IllegalArgumentException e) {
            throw new CatalogusFout("normcatalogus " + naam + " is ongeldig: " + e.getMessage(), e);
        }
        return controleer(koppelNormen(ruw), naam);
    }

    /** " bij normen[2].indicatoren[0].termijn (indicator 1a.3-A)": the field, and the nearest id around it. */
    private static String plaats(JsonNode boom, List<JacksonException.Reference> pad) {
        if (pad == null || pad.isEmpty()) {
            return "";
        }
        StringBuilder veld = new StringBuilder();
        String id = null;
        String soort = null;
        JsonNode node = boom;
        for (JacksonException.Reference r : pad) {
            if (r.getPropertyName() != null) {
                veld.append(veld.isEmpty() ? "" : ".").append(r.getPropertyName());
                node = node == null ? null : node.get(r.getPropertyName());
                if (node != null && node.isArray()) {
                    soort = switch (r.getPropertyName()) {
                        case "indicatoren" -> "indicator";
                        case "normen" -> "norm";
                        case "themas" -> "thema";
                        default -> soort;
                    };
                }
            } else {
                veld.append('[').append(r.getIndex()).append(']');
                node = node == null ? null : node.get(r.getIndex());
                if (node != null && node.path("id").isString()) {
                    id = soort == null ? node.path("id").asString() : soort + " " + node.path("id").asString();
                }
            }
        }
        return " bij " + veld + (id == null ? "" : " (" + id + ")");
    }

    /** The catalog author's problem in words, not the binding library's. */
    private static String reden(JacksonException e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t instanceof IllegalArgumentException && t.getMessage() != null ? t.getMessage()
                : e.getOriginalMessage();
    }

    /** Indicators are nested under their norm in the file; give each its norm id and a default level. */
    private static Normcatalogus koppelNormen(Normcatalogus ruw) {
        List<Norm> normen = new ArrayList<>();
        for (Norm n : ruw.normen()) {
            List<Indicator> indicatoren = n.indicatoren().stream()
                    .map(i -> new Indicator(i.id(), n.id(), i.titel(), i.niveau() == null ? Niveau.DOSSIER : i.niveau(),
                            i.maatregelen(), i.termijn(), i.parameters(), i.varianten(), i.actief(), i.bron()))
                    .toList();
            normen.add(n.metIndicatoren(indicatoren));
        }
        return new Normcatalogus(ruw.versie(), ruw.oordeelsgrenzen(), ruw.themas(), normen, ruw.minimumAantal(),
                ruw.streefwaarde());
    }

    private static Normcatalogus controleer(Normcatalogus c, String naam) {
        if (c.oordeelsgrenzen() == null) {
            throw new CatalogusFout("normcatalogus " + naam + ": 'oordeelsgrenzen' ontbreekt");
        }
        Set<String> themas = new HashSet<>();
        c.themas().forEach(t -> {
            if (!themas.add(t.id())) {
                throw new CatalogusFout("normcatalogus " + naam + ": thema " + t.id() + " staat er dubbel in");
            }
        });
        Set<String> ids = new HashSet<>();
        for (Norm n : c.normen()) {
            if (n.id() == null || !themas.contains(n.thema())) {
                throw new CatalogusFout("normcatalogus " + naam + ": norm " + n.id() + " verwijst naar onbekend thema '"
                        + n.thema() + "'");
            }
            if (!ids.add(n.id())) {
                throw new CatalogusFout("normcatalogus " + naam + ": norm " + n.id() + " staat er dubbel in");
            }
            controleerScoring(n, naam);
            for (Indicator i : n.indicatoren()) {
                if (i.id() == null || !i.id().startsWith(n.id() + "-")) {
                    throw new CatalogusFout("normcatalogus " + naam + ": indicator '" + i.id() + "' hoort bij norm "
                            + n.id() + " en heet dus '" + n.id() + "-<letter>'");
                }
                if (!ids.add(i.id())) {
                    throw new CatalogusFout("normcatalogus " + naam + ": indicator " + i.id() + " staat er dubbel in");
                }
            }
        }
        return c;
    }

    /** Weights and influence settings must name indicators of their own norm: a typo would silently do nothing. */
    private static void controleerScoring(Norm n, String naam) {
        Set<String> eigen = new HashSet<>();
        n.indicatoren().forEach(i -> eigen.add(i.id()));
        for (String id : n.gewichten().keySet()) {
            if (!eigen.contains(id)) {
                throw new CatalogusFout("normcatalogus " + naam + ": norm " + n.id() + " geeft een gewicht aan '" + id
                        + "', dat geen indicator van deze norm is");
            }
        }
        for (String id : n.buitenInvloed().keySet()) {
            if (!eigen.contains(id)) {
                throw new CatalogusFout("normcatalogus " + naam + ": norm " + n.id() + " noemt bij buitenInvloed '" + id
                        + "', dat geen indicator van deze norm is");
            }
        }
    }
}
