package nl.normtoets.dossier;

public enum PlanSoort {
    EERSTE, JAARLIJKS, HALFJAARLIJKS, VOOGDIJPLAN, JR_PLAN
}
