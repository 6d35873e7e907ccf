package nl.normtoets.geschiedenis;

import java.time.LocalDate;

/**
 * One action of the verbeterplan: about a norm or indicator ({@code onderwerp}, e.g. 1a.3-A), owned by a role (e.g.
 * "manager bedrijfsvoering", never a person's name), with a target share in percent to reach by the deadline.
 */
public record Verbeteractie(String id, String organisatie, String onderwerp, String omschrijving, String eigenaar,
                            double doel, LocalDate deadline, Status status) {

    public enum Status { OPEN, BEZIG, AFGEROND }
}
