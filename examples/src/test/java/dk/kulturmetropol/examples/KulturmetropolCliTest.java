package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The command line as a person uses it: the examples, and one clear line for bad input. */
class KulturmetropolCliTest {

    @Test
    void should_build_only_the_command_a_run_names_and_every_command_for_help_or_a_misspelling() {
        java.util.List<String> all = java.util.List.of("who", "duties", "reports", "find", "holder", "members", "where", "validate",
                "meetings", "may-decide", "diff", "orgchart", "raci", "review", "calendar", "vocabulary", "export-config", "help", "bench");

        assertThat(KulturmetropolCli.commandLine("who", "approve", "annual-plan").getSubcommands()).containsOnlyKeys("who");
        assertThat(KulturmetropolCli.commandLine("calendar", "--lang", "da").getSubcommands()).containsOnlyKeys("calendar");
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "who"}, {"hwo"}, {"--lang", "da", "who"}}) {
            assertThat(KulturmetropolCli.commandLine(args).getSubcommands().keySet()).as(String.join(" ", args)).containsExactlyElementsOf(all);
        }
        // and a run of one command answers as before, its help and its refusals naming it
        assertThat(CliRunner.run("help", "who").out()).startsWith("Usage: kulturmetropol who ");
        assertThat(CliRunner.run("who", "--help").out()).startsWith("Usage: kulturmetropol who ");
        CliRunner.run("who", "approve", "annual-plan", "--bogus").refusedWith("(see 'kulturmetropol who --help')");
    }

    @Test
    void should_print_kmk_and_the_clause_for_the_music_annual_plan() {
        CliRunner r = CliRunner.run("who", "approve", "annual-plan", "--scope", "music");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("kmk").contains("must approve annual-plan for music")
                .contains("\"KMK godkender det forudgående års regnskab og det kommende års årsplan for indsatsområderne.\"");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void should_print_the_home_municipality_resolved_to_roskilde_jointly_with_the_secretariat() {
        CliRunner r = CliRunner.run("who", "hire", "project-chief", "--scope", "music");

        assertThat(r.out()).contains("home-municipality:music (roskilde) must hire project-chief for music jointly with secretariat");
    }

    @Test
    void should_print_that_the_text_names_no_one_for_the_vice_chairs() {
        CliRunner r = CliRunner.run("who", "appoint", "vice-chair");

        assertThat(r.out()).contains("names no one").contains("Der udpeges to politiske næstformænd");
    }

    @Test
    void should_note_the_ended_term_of_the_chair() {
        CliRunner r = CliRunner.run("holder", "political-chair", "--as-of", "2025-03-01");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Note: nothing applies on 2025-03-01").contains("2021-01-01..2024-12-31");
    }

    @Test
    void should_answer_duties_reports_and_members() {
        assertThat(CliRunner.run("duties", "home-municipality:music").out()).contains("must lead focus-area for music");
        assertThat(CliRunner.run("reports", "project-chief:music", "--about", "employment").out())
                .contains("reports to municipal-chief:roskilde about employment");
        assertThat(CliRunner.run("members", "kmk", "--as-of", "2022-01-01").out()).contains("culture-chief:koege is a member of kmk");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "who aprove annual-plan                       | unknown action 'aprove'; the nearest accepted: approve, ",
            "who approve annual-plans                     | unknown matter 'annual-plans'; the nearest accepted: annual-plan, ",
            "who approve annual-plan --scope jazz         | unknown scope 'jazz'; the nearest accepted: ",
            "duties culture-chief:gladsaxe                | unknown actor 'culture-chief:gladsaxe'; the nearest accepted: culture-chief:",
            "holder king                                  | unknown post 'king'; the nearest accepted: ",
            "whoo approve annual-plan                     | did you mean: who",
            "hwo approve annual-plan                      | kulturmetropol: unknown command 'hwo'; did you mean: who (see 'kulturmetropol --help')",
            "hodler political-chair                       | did you mean: holder",
            "who approve annual-plan --as-of 01-06-2022   | '01-06-2022' is written day first: expected YYYY-MM-DD; did you mean 2022-06-01?",
            "who approve annual-plan --as-of 2023-02-30   | '2023-02-30' is an impossible date: February 2023 has 28 days",
            "who approve annual-plan --as-of 2023-01-01T15:45 | '2023-01-01T15:45' is a date and a time: expected a date alone",
            "members parliament                           | unknown body 'parliament'; expected one of: ",
            "reports secretariat --about weather          | unknown subject 'weather'; expected one of: ",
            "who approve annual-plan --as-of 2025-13-01   | '2025-13-01' is an impossible date: there is no month 13",
            "who approve annual-plan --format xml         | expected one of [text, json]",
            "who approve                                  | Missing required parameter: 'MATTER'",
            "whom approve annual-plan                     | kulturmetropol: unknown command 'whom'; did you mean: who, where, holder (see 'kulturmetropol --help')",
            "bench --iterations 0                         | --iterations must be 1 or more, --forks and --cold-runs 0 or more; found 0, 1 and 10"})
    void should_refuse_bad_input_with_one_line_and_no_stack_trace(String args, String message) {
        CliRunner.run(args.trim().split("\\s+")).refusedWith(message);
    }

    @Test
    void should_list_every_accepted_id_of_a_kind_with_its_labels_and_clauses_and_point_to_it_from_a_long_refusal() {
        CliRunner vocabulary = CliRunner.run("vocabulary", "action");
        CliRunner matters = CliRunner.run("vocabulary", "matter");
        CliRunner refused = CliRunner.run("who", "aprove", "annual-plan");

        assertThat(vocabulary.exit()).isZero();
        assertThat(vocabulary.out().lines().findFirst()).hasValueSatisfying(l -> assertThat(l).matches("id +dansk +english +clauses"));
        assertThat(vocabulary.out().lines()).anySatisfy(l -> assertThat(l).matches("approve +godkender +approves +.*kmk\\.tasks-5.*"));
        assertThat(matters.out().lines()).anySatisfy(l -> assertThat(l).matches("annual-plan +årsplan +annual plan +chief\\.duty-6, kmk\\.tasks-5"));
        assertThat(CliRunner.run("vocabulary", "subject").out().lines()).anySatisfy(l -> assertThat(l).matches("accounts +regnskabet +the accounts +-"));
        assertThat(vocabulary.out().lines().count()).isGreaterThan(30);
        assertThat(refused.err()).contains("'kulturmetropol vocabulary action' lists them all");
        assertThat(CliRunner.run("help", "who").out()).startsWith("Usage: kulturmetropol who");
    }
}
