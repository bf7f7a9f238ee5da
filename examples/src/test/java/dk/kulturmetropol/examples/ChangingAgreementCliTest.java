package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's agreements that change during their period, run as written: Gladsaxe joins on 2023-01-01 and leads a
 * new focus area, literature, from that day; music's home moves from Roskilde to Herlev on 2022-07-01.
 */
class ChangingAgreementCliTest {
    private static final String PREFIX = "java -jar examples/target/kulturmetropol.jar ";
    private static final String LITERATURE = "configs/gladsaxe-literature-2023.yaml";
    private static final String MOVING = "configs/music-moves-2022.yaml";

    private static String section() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        return EmbeddingExampleTest.between(readme, "4. A partner that joins", "## Writing a rule pack");
    }

    /** The README's command lines in {@code text}, as arguments, with paths from the examples module. */
    private static List<String[]> commands(String text) {
        return text.lines().map(String::strip).filter(l -> l.startsWith(PREFIX))
                .map(l -> l.substring(PREFIX.length()).replace("examples/configs/", "configs/").split(" ")).toList();
    }

    @Test
    void should_answer_the_readmes_gladsaxe_literature_commands_as_the_readme_shows() throws IOException {
        // given: the commands and the sample output of step 4, each part of the sample the start of one command's output
        String section = section();
        String steps = section.substring(0, section.indexOf("<!-- gladsaxe-literature -->"));
        String sample = EmbeddingExampleTest.between(section.substring(section.indexOf("<!-- gladsaxe-literature -->")),
                "```\n", "   ```").stripTrailing().stripIndent();
        String[] parts = sample.split("\n\\.\\.\\.\n");
        List<String[]> commands = commands(steps);
        assertThat(commands).hasSize(3).hasSameSizeAs(parts);

        for (int i = 0; i < parts.length; i++) {
            // when
            CliRunner r = CliRunner.run(commands.get(i));

            // then
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).as(String.join(" ", commands.get(i))).startsWith(parts[i].stripTrailing());
        }
        assertThat(CliRunner.run(commands.get(2)).exit()).as("validate finds no error").isZero();
    }

    @Test
    void should_say_in_json_why_a_focus_area_has_no_rows_before_it_exists() throws IOException {
        JsonNode answer = new ObjectMapper().readTree(CliRunner.run("who", "approve", "annual-plan", "--scope", "literature",
                "--as-of", "2022-06-01", "--config", LITERATURE, "--format", "json").out());

        assertThat(answer.get("answers")).isEmpty();
        assertThat(answer.get("why").get("reason").asText()).isEqualTo("outside-term");
        assertThat(answer.get("why").get("intervals").get(0).get("validFrom").asText()).isEqualTo("2023-01-01");
        assertThat(CliRunner.run("who", "approve", "annual-plan", "--scope", "literature", "--as-of", "2022-06-01",
                "--config", LITERATURE, "--lang", "da").out()).contains("Litteraturindsatsen (").contains("1. januar 2023").contains(") var ikke begyndt den 1. juni 2022");
        assertThat(CliRunner.run("who", "approve", "annual-plan", "--scope", "literature", "--as-of", "2023-06-01",
                "--config", LITERATURE).out()).contains("kmk (culture-chief:albertslund").contains("culture-chief:gladsaxe")
                .contains("must approve annual-plan for literature, yearly");
    }

    @Test
    void should_answer_each_side_of_the_readmes_moving_home() throws IOException {
        List<String[]> commands = commands(section().substring(section().indexOf("A focus area's home may also move")));
        assertThat(commands).hasSize(2);

        assertThat(CliRunner.run(commands.get(0)).out()).contains("  roskilde holds home-municipality:music\n    valid 2021-01-01..2022-06-30")
                .doesNotContain("herlev");
        assertThat(CliRunner.run(commands.get(1)).out()).contains("  herlev holds home-municipality:music\n    valid 2022-07-01..2024-12-31")
                .doesNotContain("roskilde");
        assertThat(CliRunner.run("who", "hire", "project-chief", "--scope", "music", "--as-of", "2022-07-01", "--config", MOVING).out())
                .contains("home-municipality:music (herlev) must hire project-chief for music");
        assertThat(CliRunner.run("who", "hire", "project-chief", "--scope", "music", "--as-of", "2022-06-30", "--config", MOVING).out())
                .contains("home-municipality:music (roskilde) must hire project-chief for music");
        assertThat(CliRunner.run("validate", "--config", MOVING).exit()).isZero();
    }

    @Test
    void should_say_who_holds_a_moved_home_when_and_that_the_agreement_names_the_new_one() throws IOException {
        String old = CliRunner.run("duties", "roskilde", "--scope", "music", "--as-of", "2022-07-01", "--config", MOVING, "--lang", "da").out();
        assertThat(old).startsWith("Opgaver for Roskilde Kommune vedrørende Musikindsatsen den 1. juli 2022:\n\n"
                + "Bemærk: Roskilde Kommunes periode som hjemkommune for Musikindsatsen (fra 1. januar 2021 til 30. juni 2022) sluttede før den 1. juli 2022.\n");
        JsonNode why = new ObjectMapper().readTree(CliRunner.run("duties", "roskilde", "--scope", "music", "--as-of", "2022-07-01", "--config", MOVING,
                "--format", "json").out()).get("why");
        assertThat(why.get("reason").asText()).isEqualTo("outside-term");
        assertThat(why.get("intervals").get(0).get("validTo").asText()).isEqualTo("2022-06-30");
        // near miss: never home of youth, so the scope asked is named and nothing is said of a term
        // and a municipality that bears nothing asked itself points to its representatives, who do (review 9)
        assertThat(CliRunner.run("duties", "roskilde", "--scope", "youth", "--as-of", "2022-07-01", "--config", MOVING, "--lang", "da").out())
                .endsWith("Kommissoriet nævner ingen opgaver for Roskilde Kommune vedrørende Ungeindsatsen den 1. juli 2022.\n\n"
                        + "Kulturchefen i Roskilde Kommune er medlem af KMK og har opgaver i den egenskab. Kulturudvalgsformanden i Roskilde"
                        + " Kommune er medlem af Kulturmetropolens politiske styregruppe og har opgaver i den egenskab.\n");
        // without --lang, the commands a developer asks them with
        assertThat(CliRunner.run("duties", "roskilde", "--scope", "youth", "--as-of", "2022-07-01", "--config", MOVING).out())
                .endsWith("see 'duties culture-chief:roskilde --scope youth --as-of 2022-07-01' and"
                        + " 'duties culture-committee-chair:roskilde --scope youth --as-of 2022-07-01'.\n");
        // near misses: nothing for the representatives either (after the period), and an actor that is no municipality
        assertThat(CliRunner.run("duties", "roskilde", "--as-of", "2026-03-01", "--lang", "da").out()).doesNotContain("repræsentanter");
        assertThat(CliRunner.run("duties", "political-chair", "--as-of", "2026-03-01", "--lang", "da").out()).doesNotContain("repræsentanter");

        String herlev = CliRunner.run("duties", "herlev", "--scope", "music", "--as-of", "2022-07-01", "--config", MOVING, "--lang", "da").out();
        assertThat(herlev).contains("Herlev Kommune er hjemkommune for Musikindsatsen og har som sådan disse opgaver:\n"
                + "    At Herlev Kommune er hjemkommune for Musikindsatsen, bygger på den indlæste aftale, ikke på kommissoriets tekst.\n"
                + "    Kommissoriet, afsnit »Hjemkommune«");
        assertThat(CliRunner.run("duties", "herlev", "--scope", "music", "--as-of", "2022-07-01", "--config", MOVING).out())
                .contains("through: holds home-municipality:music (home.list; holder named by the agreement, not by the sentence)");
        // near miss: before the move, the sentence names Roskilde
        assertThat(CliRunner.run("duties", "roskilde", "--scope", "music", "--as-of", "2022-06-30", "--config", MOVING, "--lang", "da").out())
                .contains("Roskilde Kommune er hjemkommune for Musikindsatsen").doesNotContain("bygger på den indlæste aftale");

        String terms = "Bemærk: Hjemkommunen for Musikindsatsen er Roskilde Kommune fra 1. januar 2021 til 30. juni 2022 og Herlev Kommune"
                + " fra 1. juli 2022 til 31. december 2024.";
        assertThat(CliRunner.run("who", "hire", "project-chief", "--scope", "music", "--as-of", "2022-07-01", "--config", MOVING, "--lang", "da").out())
                .contains("(Herlev Kommune)").contains(terms)
                // the new home's row shows its days, not the period's (review 9); the secretariat's own duty keeps the period's
                .contains("til indsatsområdet.\n    gælder fra 1. juli 2022 til 31. december 2024\n")
                .contains("sørge for ansættelsen af en projektchef.\n    gælder fra 1. januar 2021 til 31. december 2024\n");
        assertThat(CliRunner.run("who", "hire", "project-chief", "--scope", "music", "--as-of", "2022-03-01", "--config", MOVING).out())
                .contains("home-municipality:music (roskilde) must hire project-chief for music jointly with secretariat\n    valid 2021-01-01..2022-06-30");
        // the library's row keeps the duty's days, so an answer on a date is the whole period's restricted to it; JSON prints those
        assertThat(CliRunner.run("who", "hire", "project-chief", "--scope", "music", "--as-of", "2022-03-01", "--config", MOVING,
                "--format", "json").out()).contains("\"validTo\" : \"2024-12-31\"");
        assertThat(CliRunner.run("who", "hire", "project-chief", "--scope", "music", "--config", MOVING).out())
                .contains("Note: home-municipality:music is roskilde 2021-01-01..2022-06-30 and herlev 2022-07-01..2024-12-31.");
        // near miss: a home that does not move
        assertThat(CliRunner.run("who", "hire", "project-chief", "--scope", "music", "--as-of", "2022-07-01", "--lang", "da").out())
                .doesNotContain("Bemærk: Hjemkommunen");
    }

    @Test
    void should_point_to_config_when_a_focus_area_is_unknown_without_one() {
        CliRunner.run("who", "approve", "annual-plan", "--scope", "literature")
                .refusedWith("unknown scope 'literature'; the nearest accepted: ")
                .refusedWith("; one of another agreement is known only with its --config FILE");
        CliRunner.run("who", "approve", "annual-plan", "--scope", "literature", "--lang", "da")
                .refusedWith("Et indsatsområde eller en kommune, der kun findes i en anden aftale, kan kun bruges sammen med den aftales fil: »--config FIL«.");
        CliRunner.run("duties", "partner-municipality:gladsaxe").refusedWith("; one of another agreement is known only with its --config FILE");
        // near misses: an actor of a known municipality, and a question asked with an agreement file, where the hint would mislead
        assertThat(CliRunner.run("duties", "partner:roskilde").refusedWith("unknown actor 'partner:roskilde'").err()).doesNotContain("--config FILE");
        assertThat(CliRunner.run("who", "approve", "annual-plan", "--scope", "literatur", "--config", MOVING)
                .refusedWith("unknown scope 'literatur'").err()).doesNotContain("--config FILE");
    }

    @Test
    void should_list_only_what_changes_hands_when_the_home_moves() {
        String diff = CliRunner.run("diff", "--after", MOVING).out();

        assertThat(diff).contains("  + herlev holds home-municipality:music, 2022-07-01..2024-12-31 (home.list)")
                .contains("  + culture-chief:herlev reports to kmk about home-municipality-duties, 2022-07-01..2024-12-31 (home.tasks-5)")
                .doesNotContain("home-municipality:music must hire project-chief");
    }

    @Test
    void should_refuse_a_home_list_with_a_gap_naming_file_and_line(@TempDir Path dir) throws IOException {
        Path gap = dir.resolve("gap.yaml");
        Files.writeString(gap, Files.readString(Path.of(MOVING)).replace("from: 2022-07-01", "from: 2022-08-01"));

        CliRunner.run("validate", "--config", gap.toString()).refusedWith(gap + " line 28: focus area 'music' has no home municipality"
                + " from 2022-07-01 to 2022-07-31: each home starts the day after the one before it ends");
    }
}
