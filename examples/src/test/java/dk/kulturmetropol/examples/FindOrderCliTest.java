package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@code find} from the command line, as the third Danish review asked it (A7, D): every fact whose own sentence has the
 * word, best first, and a fact that has it only in the clause it quotes after them, under a heading of its own.
 */
class FindOrderCliTest {

    /** The answer's rows (the lines indented two spaces), in order. */
    private static List<String> rows(String out) {
        return out.lines().filter(l -> l.startsWith("  ") && !l.startsWith("    ")).map(String::strip).toList();
    }

    @Test
    void should_find_partner_duty_4_by_ambassador_in_its_own_sentence() {
        CliRunner run = CliRunner.run("find", "ambassadør", "--lang", "da");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Som ambassadør for kulturmetropolsamarbejdet skal hver af de ni partnerkommuner")
                .contains("Kommissoriet, afsnit »Partnerkommune«");
    }

    @Test
    void should_list_the_facts_whose_sentence_has_regnskab_before_those_that_have_it_only_in_the_quote() {
        // when
        String out = CliRunner.run("find", "regnskab", "--lang", "da").out();

        // then
        // review 4, B9: in words a civil servant would write
        String heading = "»regnskab« står også i de sætninger i kommissoriet, som disse udsagn bygger på:";
        assertThat(out).contains(heading);
        String before = out.substring(0, out.indexOf(heading));
        String after = out.substring(out.indexOf(heading));
        assertThat(rows(before).get(0)).isEqualTo("Sekretariatschefen aflægger årligt regnskab til den administrative formand.");
        assertThat(rows(before)).allMatch(row -> row.contains("regnskab"));
        assertThat(after).contains("Den administrative formand ansætter sekretariatschefen.");
        assertThat(rows(before)).noneMatch(row -> row.contains("ansætter sekretariatschefen") || row.contains("årsplan"));
    }

    @Test
    void should_list_who_submits_or_approves_the_annual_accounts_first_for_aarsregnskab() {
        String out = CliRunner.run("find", "årsregnskab", "--lang", "da").out();

        assertThat(rows(out).get(0)).contains("indsende et revideret årsregnskab");
        assertThat(rows(out)).noneMatch(row -> row.contains("årsplan"));
    }

    @Test
    void should_mark_in_json_the_rows_found_only_in_the_clause_they_quote() throws Exception {
        com.fasterxml.jackson.databind.JsonNode answers = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(CliRunner.run("find", "regnskab", "--format", "json").out()).get("answers");
        List<String> marks = new java.util.ArrayList<>();
        answers.forEach(r -> marks.add(r.get("rule").asText() + "=" + r.get("foundOnlyInQuote").asBoolean()));

        // the head of secretariat's hiring is quoted from "... aflægger årligt regnskab ..."; KMK's approval of accounts says it
        assertThat(marks).contains("administrative-chair-hires-head-of-secretariat=true", "kmk-approves-annual-accounts=false");
        // as in the text: the rows found only in the quote come last
        assertThat(marks.subList(marks.indexOf("administrative-chair-hires-head-of-secretariat=true"), marks.size())).allMatch(m -> m.endsWith("=true"));
    }
}
