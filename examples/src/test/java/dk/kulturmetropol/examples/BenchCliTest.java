package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The bench command's shape (its figures are measured, never asserted: they depend on the machine). */
class BenchCliTest {

    @Test
    void should_print_one_json_object_with_every_measurement() throws Exception {
        CliRunner r = CliRunner.run("bench", "--quick", "--cold-runs", "0", "--format", "json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.fieldNames()).toIterable().contains("queryP50Ns", "dutiesP50Ns", "hashMapP50Ns", "sessionPerQueryP50Ns",
                "queryFirstAskP50Ns", "dutiesFirstAskP50Ns", "scale", "coldStart", "machine");
        for (String field : new String[] {"queryP50Ns", "dutiesP50Ns", "hashMapP50Ns", "sessionPerQueryP50Ns"}) {
            assertThat(doc.get(field).asDouble()).as(field).isPositive();
        }
        assertThat(doc.get("scale").get(0).get("partners").asInt()).isEqualTo(10);
        assertThat(doc.get("scale").get(0).get("focusAreas").asInt()).isEqualTo(3);
        assertThat(doc.get("scale").get(0).get("heapMb").asLong()).isPositive();
        assertThat(doc.get("coldStart").isNull()).as("no cold-start pairs were asked for").isTrue();
    }

    @Test
    void should_print_the_same_as_a_table() {
        CliRunner r = CliRunner.run("bench", "--quick", "--cold-runs", "0");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("HashMap.get of a precomputed answer", "a fresh rule-engine session per question",
                "Partners", "Derive ms", "Peak heap MB");
    }

    @Test
    void should_refuse_a_negative_number_of_cold_runs_naming_it() {
        CliRunner r = CliRunner.run("bench", "--cold-runs", "-1");

        assertThat(r.exit()).isEqualTo(KulturmetropolCli.BAD_INPUT);
        assertThat(r.err()).contains("--cold-runs").contains("-1");
    }

    @Test
    void should_generate_a_valid_agreement_of_any_size_for_the_scale_points() {
        assertThat(SpeedBench.generated(1_000, 100).partners()).hasSize(1_000);
        assertThat(SpeedBench.generated(1_000, 100).focusAreas()).hasSize(100);
        assertThat(SpeedBench.generated(10, 3).viceChairs()).containsExactly("p3", "p4");
    }
}
