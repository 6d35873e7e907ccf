package nl.normtoets.web;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

final class JsonAssert {
    private JsonAssert() {
    }

    static void afgewezen(JsonNode rapport, int aantal) {
        assertThat(rapport.path("afgewezen").size()).isEqualTo(aantal);
    }
}
