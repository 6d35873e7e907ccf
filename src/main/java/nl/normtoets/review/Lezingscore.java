package nl.normtoets.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.norm.Norm;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.report.Auditrapport.Bereik;
import nl.normtoets.report.Auditrapport.NormRij;
import nl.normtoets.report.NlOpmaak;
import nl.normtoets.scoring.Beoordelaar;
import nl.normtoets.scoring.Interval;
import nl.normtoets.scoring.Oordeel;
import nl.normtoets.scoring.Telling;

/**
 * Scores a sample's answers beside the registration: answers become {@link Leesbevinding}s, each norm of the
 * checklist gets its reading judgement and the combined one ({@link Normlezing}), and each mirrored indicator its
 * agreement ({@link Overeenstemming}). Pure: no store, no clock.
 *
 * <p>The reading counts dossiers, not answers, because that is how the inspecties report ("in 2 of the 20
 * dossiers"): a read dossier is TEKORT for a norm when any applicable answer of that norm is TEKORT, VOLDOET when
 * at least one applies and none is TEKORT, and left out when every answer is n.v.t. or none was given. The reading's
 * share is judged with the catalog's thresholds for the norm, like a registration share.
 */
public final class Lezingscore {

    private Lezingscore() {
    }

    /**
     * @param rapport    the audit's report (its norm rows and its findings on the sampled dossiers)
     * @param steekproef the sample; answers for dossiers outside it are ignored
     * @param antwoorden the saved answers per sampled dossier
     */
    public static Lezingverslag bereken(Auditrapport rapport, Steekproef steekproef, List<Dossierantwoorden> antwoorden,
                                        Dossierlezing lijst, Normcatalogus catalogus) {
        Map<String, Dossierantwoorden> perDossier = new HashMap<>();
        for (Dossierantwoorden a : antwoorden) {
            if (steekproef.dossier(a.dossier()).isPresent()) {
                perDossier.put(a.dossier(), a);
            }
        }
        List<String> gelezen = steekproef.dossiers().stream().map(Steekproefdossier::dossier)
                .filter(perDossier::containsKey).toList();
        Map<String, Uitkomst> registratie = new HashMap<>();
        for (Bevinding b : rapport.bevindingen()) {
            if (b.dossier() != null && perDossier.containsKey(b.dossier())) {
                registratie.put(sleutel(b.indicator(), b.dossier()), b.uitkomst());
            }
        }

        List<Leesbevinding> bevindingen = new ArrayList<>();
        for (String d : gelezen) {
            Dossierantwoorden da = perDossier.get(d);
            for (Lezingnorm n : lijst.normen()) {
                for (Lezingvraag v : n.vragen()) {
                    da.antwoord(v.id()).ifPresent(a -> bevindingen.add(new Leesbevinding(n.norm(), v.id(), d,
                            v.uitkomst(a.antwoord()), a.antwoord().label(), a.toelichting())));
                }
            }
        }

        List<Normlezing> normen = new ArrayList<>();
        List<Overeenstemming> overeenstemming = new ArrayList<>();
        for (Lezingnorm n : lijst.normen()) {
            Optional<Norm> norm = catalogus.norm(n.norm());
            Optional<NormRij> rij = rapport.normen().stream().filter(r -> r.id().equals(n.norm())).findFirst();
            normen.add(norm(n, norm.orElse(null), rij.orElse(null), gelezen, perDossier, catalogus));
            for (Lezingvraag v : n.vragen()) {
                if (v.spiegelt() != null) {
                    overeenstemming.add(overeenstemming(v, gelezen, perDossier, registratie));
                }
            }
        }
        return new Lezingverslag(steekproef.id(), lijst.versie(), steekproef.dossiers().size(), gelezen.size(),
                normen, overeenstemming, bevindingen);
    }

    private static Normlezing norm(Lezingnorm n, Norm norm, NormRij rij, List<String> gelezen,
                                   Map<String, Dossierantwoorden> perDossier, Normcatalogus catalogus) {
        List<Vraagtelling> vragen = new ArrayList<>();
        for (Lezingvraag v : n.vragen()) {
            int voldoet = 0;
            int tekort = 0;
            int nvt = 0;
            int open = 0;
            for (String d : gelezen) {
                Optional<Vraagantwoord> a = perDossier.get(d).antwoord(v.id());
                if (a.isEmpty()) {
                    open++;
                    continue;
                }
                switch (v.uitkomst(a.get().antwoord())) {
                    case VOLDOET -> voldoet++;
                    case TEKORT -> tekort++;
                    default -> nvt++;
                }
            }
            vragen.add(new Vraagtelling(v.id(), v.tekst(), v.spiegelt(), voldoet, tekort, nvt, open));
        }

        Telling lezing = Telling.LEEG;
        for (String d : gelezen) {
            Uitkomst u = dossieruitkomst(n, perDossier.get(d));
            if (u != null) {
                lezing = lezing.plus(u);
            }
        }
        Oordeel lezingOordeel = norm == null ? Oordeel.NIET_BEOORDEELD
                : Beoordelaar.oordeel(lezing, catalogus.grenzenVoor(norm));
        Oordeel registratieOordeel = rij == null ? Oordeel.NIET_BEOORDEELD : rij.score();
        Double registratiePct = rij == null ? null : rij.oordeelsbasis() != null ? rij.oordeelsbasis() : rij.percentage();
        int registratieAantal = rij == null ? 0 : rij.oordeelsbasis() != null ? rij.aantal() : rij.toepasbaar();
        Bereik registratieInterval = rij == null ? null : rij.interval();

        Oordeel oordeel = combineer(n.combinatie(), registratieOordeel, lezingOordeel);
        boolean alleenLezing = lezingOordeel.beoordeeld() && (n.combinatie() == Combinatieregel.ALLEEN_LEZING
                || n.combinatie() == Combinatieregel.LAAGSTE && !registratieOordeel.beoordeeld());
        Double lezingPct = lezing.aandeel() == null ? null : Math.round(lezing.aandeel() * 1000.0) / 10.0;
        Interval iv = Interval.van(lezing);
        Bereik lezingInterval = iv == null ? null : new Bereik(iv.onderProcent(), iv.bovenProcent());
        String tekst = tekst(registratieOordeel, registratiePct, registratieAantal, lezing, alleenLezing);
        return new Normlezing(n.norm(), norm == null ? null : norm.titel(), registratieOordeel, registratiePct,
                registratieAantal, registratieInterval, lezingOordeel, lezing.voldoet(), lezing.toepasbaar(), lezingPct,
                lezingInterval, n.combinatie(), oordeel, alleenLezing, tekst, vragen);
    }

    /** One read dossier on one norm: TEKORT if any applicable answer is; VOLDOET if one applies; else n.v.t. */
    static Uitkomst dossieruitkomst(Lezingnorm n, Dossierantwoorden da) {
        boolean voldoet = false;
        boolean nvt = false;
        for (Lezingvraag v : n.vragen()) {
            Optional<Vraagantwoord> a = da.antwoord(v.id());
            if (a.isEmpty()) {
                continue;
            }
            Uitkomst u = v.uitkomst(a.get().antwoord());
            if (u == Uitkomst.TEKORT) {
                return Uitkomst.TEKORT;
            }
            voldoet |= u == Uitkomst.VOLDOET;
            nvt |= u == Uitkomst.NIET_VAN_TOEPASSING;
        }
        return voldoet ? Uitkomst.VOLDOET : nvt ? Uitkomst.NIET_VAN_TOEPASSING : null;
    }

    /**
     * The combined judgement. {@code laagste}: the lower of the two judged ones (one judged: that one);
     * {@code alleenLezing}: the reading's; {@code alleenRegistratie}: the registration's.
     */
    public static Oordeel combineer(Combinatieregel regel, Oordeel registratie, Oordeel lezing) {
        return switch (regel) {
            case ALLEEN_LEZING -> lezing;
            case ALLEEN_REGISTRATIE -> registratie;
            case LAAGSTE -> {
                if (!registratie.beoordeeld()) {
                    yield lezing;
                }
                if (!lezing.beoordeeld()) {
                    yield registratie;
                }
                yield registratie.punten() <= lezing.punten() ? registratie : lezing;
            }
        };
    }

    private static Overeenstemming overeenstemming(Lezingvraag v, List<String> gelezen,
                                                   Map<String, Dossierantwoorden> perDossier,
                                                   Map<String, Uitkomst> registratie) {
        int beideVoldoet = 0;
        int beideTekort = 0;
        int alleenRegistratie = 0;
        int alleenLezing = 0;
        for (String d : gelezen) {
            Optional<Vraagantwoord> a = perDossier.get(d).antwoord(v.id());
            Uitkomst r = registratie.get(sleutel(v.spiegelt(), d));
            if (a.isEmpty() || r == null || !r.toepasbaar()) {
                continue;
            }
            Uitkomst l = v.uitkomst(a.get().antwoord());
            if (!l.toepasbaar()) {
                continue;
            }
            if (r == Uitkomst.VOLDOET) {
                if (l == Uitkomst.VOLDOET) {
                    beideVoldoet++;
                } else {
                    alleenRegistratie++;
                }
            } else if (l == Uitkomst.VOLDOET) {
                alleenLezing++;
            } else {
                beideTekort++;
            }
        }
        int vergeleken = beideVoldoet + beideTekort + alleenRegistratie + alleenLezing;
        String tekst = vergeleken == 0 ? "nog geen dossiers om te vergelijken"
                : "registratie zegt voldoet, lezing zegt niet: " + alleenRegistratie + " van "
                        + (beideVoldoet + alleenRegistratie) + "; lezing zegt voldoet, registratie niet: "
                        + alleenLezing + " van " + (beideTekort + alleenLezing);
        return new Overeenstemming(v.spiegelt(), v.id(), vergeleken, beideVoldoet, beideTekort, alleenRegistratie,
                alleenLezing, tekst);
    }

    /** "registratie 60,0% (975) — dossierlezing 2 van 20", with the reading-only mark where it applies. */
    static String tekst(Oordeel registratie, Double pct, int aantal, Telling lezing, boolean alleenLezing) {
        String r = pct == null || !registratie.beoordeeld() ? "registratie niet beoordeeld"
                : "registratie " + NlOpmaak.procent(pct) + " (" + NlOpmaak.geheel(aantal) + ")";
        String l = lezing.toepasbaar() == 0 ? "dossierlezing nog geen antwoorden"
                : "dossierlezing " + lezing.voldoet() + " van " + lezing.toepasbaar();
        return r + " \u2014 " + l + (alleenLezing ? " (oordeel op dossierlezing alleen)" : "");
    }

    private static String sleutel(String indicator, String dossier) {
        return indicator + '\u0000' + dossier;
    }
}
