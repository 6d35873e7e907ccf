package nl.normtoets.web.rapport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.report.Auditrapport.NormRij;
import nl.normtoets.report.Auditrapport.ThemaRij;
import nl.normtoets.scoring.Oordeel;

/**
 * The report arranged for reading: per theme its norms, per norm its shortcomings (TEKORT findings), and per dossier
 * with a shortcoming all its findings, so each shortcoming links to the dossier's full picture. Built from the
 * (already role-filtered) Auditrapport only.
 */
public record RapportModel(Auditrapport rapport, List<ThemaBlok> themas, List<DossierBlok> dossiers,
                           TijdigheidsGrafiek.Grafiek grafiek, List<Legenda> legenda) {

    public record ThemaBlok(ThemaRij thema, List<NormBlok> normen) {
    }

    public record NormBlok(NormRij norm, List<Bevinding> tekorten) {
    }

    public record DossierBlok(String id, String anker, List<Bevinding> bevindingen) {
    }

    public record Legenda(String label, String klasse) {
    }

    public static RapportModel van(Auditrapport r, TijdigheidsGrafiek.Grafiek grafiek) {
        Map<String, List<Bevinding>> tekortPerNorm = new LinkedHashMap<>();
        Map<String, List<Bevinding>> perDossier = new LinkedHashMap<>();
        for (Bevinding b : r.bevindingen()) {
            if (b.uitkomst() == Uitkomst.TEKORT) {
                tekortPerNorm.computeIfAbsent(b.norm(), x -> new ArrayList<>()).add(b);
                perDossier.putIfAbsent(sleutel(b), new ArrayList<>());
            }
        }
        for (Bevinding b : r.bevindingen()) {
            List<Bevinding> lijst = perDossier.get(sleutel(b));
            if (lijst != null) {
                lijst.add(b);
            }
        }
        List<ThemaBlok> themas = new ArrayList<>();
        for (ThemaRij t : r.themas()) {
            List<NormBlok> normen = r.normen().stream().filter(n -> n.thema().equals(t.id()))
                    .map(n -> new NormBlok(n, tekortPerNorm.getOrDefault(n.id(), List.of()))).toList();
            themas.add(new ThemaBlok(t, normen));
        }
        List<DossierBlok> dossiers = perDossier.entrySet().stream()
                .map(e -> new DossierBlok(e.getKey(), anker(e.getKey()), e.getValue())).toList();
        List<Legenda> legenda = new ArrayList<>();
        for (Oordeel o : Oordeel.values()) {
            legenda.add(new Legenda(Weergavelabels.oordeel(o), Weergavelabels.klasse(o)));
        }
        return new RapportModel(r, themas, dossiers, grafiek, legenda);
    }

    /** Organisation findings have no dossier; they group under their subject. */
    private static String sleutel(Bevinding b) {
        return Objects.requireNonNullElse(b.dossier(), Objects.requireNonNullElse(b.onderwerp(), "organisatie"));
    }

    /**
     * An HTML id for a dossier, one per id: letters, digits and "-" stay, every other character (also "_") becomes
     * "_" and its code point in hex and "_", so "D.1" and "D_1" get different anchors.
     */
    public static String anker(String dossier) {
        StringBuilder sb = new StringBuilder("dossier-");
        dossier.codePoints().forEach(c -> {
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
                sb.appendCodePoint(c);
            } else {
                sb.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return sb.toString();
    }

    public static String ankerVan(Bevinding b) {
        return anker(sleutel(b));
    }

    public static String percentage(Double p) {
        return p == null ? "-" : String.format(Locale.ROOT, "%.1f%%", p).replace('.', ',');
    }

    public static String waarde(Object o) {
        return o == null ? "-" : String.valueOf(o);
    }
}
