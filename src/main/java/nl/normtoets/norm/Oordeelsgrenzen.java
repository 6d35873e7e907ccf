package nl.normtoets.norm;

/**
 * The share of applicable outcomes that must be VOLDOET for each judgement on the four-point scale.
 * For example 0.95 / 0.75 / 0.40: 95% or more is VOLDOET, 75% or more VOLDOET_GROTENDEELS, and so on.
 */
public record Oordeelsgrenzen(double voldoet, double voldoetGrotendeels, double voldoetGrotendeelsNiet) {

    public Oordeelsgrenzen {
        if (!(voldoet <= 1.0 && voldoet >= voldoetGrotendeels && voldoetGrotendeels >= voldoetGrotendeelsNiet
                && voldoetGrotendeelsNiet >= 0.0)) {
            throw new IllegalArgumentException("oordeelsgrenzen moeten aflopen binnen 0..1: voldoet >= "
                    + "voldoetGrotendeels >= voldoetGrotendeelsNiet, nu " + voldoet + " / " + voldoetGrotendeels
                    + " / " + voldoetGrotendeelsNiet);
        }
    }
}
