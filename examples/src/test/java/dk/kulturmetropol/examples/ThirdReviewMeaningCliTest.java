package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Answers that said something other than the kommissorium, found by the third Danish review (section A), each as the
 * command line now answers it, with a near miss.
 */
class ThirdReviewMeaningCliTest {
    private static final String ROEDOVRE_LEAVES = "configs/roedovre-leaves-2022.yaml";

    private static JsonNode json(String... args) throws Exception {
        CliRunner r = CliRunner.run(args);
        assertThat(r.exit()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    @Test
    void should_keep_the_secretariat_at_the_steering_groups_kmks_and_other_partners_disposal_when_one_partner_leaves() throws Exception {
        // A1: "Sekretariatet skal stå til rådighed for den politiske styregruppe, KMK og partnerne ..." does not end with Rødovre
        String diff = CliRunner.run("diff", "--after", ROEDOVRE_LEAVES, "--lang", "da").out();
        assertThat(diff).doesNotContain("Sekretariatet skal stå til rådighed")
                .contains("\n  ~ Rødovre Kommune er partnerkommune i Kulturmetropolen: gælder nu til 31. december 2022 (før: til 31. december 2024).\n");

        JsonNode after = json("who", "provide", "guidance", "--as-of", "2023-06-01", "--config", ROEDOVRE_LEAVES, "--format", "json")
                .get("answers");
        assertThat(after).hasSize(1);
        assertThat(after.get(0).get("recipients")).extracting(JsonNode::asText).containsExactly("political-steering-group", "kmk", "kulturmetropolen");
        assertThat(after.get(0).get("validTo").asText()).isEqualTo("2024-12-31");
        assertThat(after.get(0).get("resolved").get("kulturmetropolen")).extracting(JsonNode::asText)
                .hasSize(8).contains("partner-municipality:koege").doesNotContain("partner-municipality:roedovre");
        // near miss: while Rødovre is in, the partners it is at the disposal of include Rødovre
        JsonNode before = json("who", "provide", "guidance", "--as-of", "2022-06-01", "--config", ROEDOVRE_LEAVES, "--format", "json")
                .get("answers");
        assertThat(before.get(0).get("resolved").get("kulturmetropolen")).extracting(JsonNode::asText)
                .hasSize(9).contains("partner-municipality:roedovre");

        // one sentence of the text, one row, in Danish, with the partner gone or not
        for (String config : new String[] {ROEDOVRE_LEAVES, "../kulturmetropol-rules/src/main/resources/dk/kulturmetropol/rules/kulturmetropolen-2021-2024.yaml"}) {
            String words = CliRunner.run("who", "provide", "guidance", "--lang", "da", "--config", config).out();
            assertThat(count(words, "\n  Sekretariatet skal stå til rådighed for den politiske styregruppe, KMK og partnerne")).as(config).isEqualTo(1);
            assertThat(words).contains("    gælder fra 1. januar 2021 til 31. december 2024\n").doesNotContain("til 31. december 2022");
        }
    }
}
