package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The fourth Danish review's findings on meetings, may-decide and diff (issue 16), from the command line. */
class FourthReviewCliTest {

    private static JsonNode json(String out) throws Exception {
        return new ObjectMapper().readTree(out);
    }

    private static JsonNode finding(JsonNode doc, String body, String period) {
        for (JsonNode f : doc.get("findings")) {
            if (f.get("body").asText().equals(body) && f.get("period").asText().equals(period)) {
                return f;
            }
        }
        throw new AssertionError("no finding for " + body + " " + period);
    }

    @Test
    void should_judge_every_year_up_to_the_day_asked_saying_when_the_record_has_none_a5() throws Exception {
        String da = CliRunner.run("meetings", "--log", "meetings.csv", "--as-of", "2025-01-01", "--lang", "da").out();
        String en = CliRunner.run("meetings", "--log", "meetings.csv", "--as-of", "2025-01-01", "--lang", "en").out();
        JsonNode doc = json(CliRunner.run("meetings", "--log", "meetings.csv", "--as-of", "2025-01-01", "--lang", "da", "--format", "json").out());

        assertThat(da).startsWith("Afholdte møder sammenholdt med teksten, pr. 1. januar 2025:\n"
                        + "Et møde, der ikke står i mødeoversigten, regnes her som ikke afholdt.\n")
                .contains("    2023: ingen møder i oversigten; kommissoriet fastsætter fire gange om året – for få møder\n"
                        + "    2024: ingen møder i oversigten; kommissoriet fastsætter fire gange om året – for få møder\n")
                .contains("    2024: ingen møder i oversigten; kommissoriet fastsætter en til to gange om året – for få møder\n")
                .contains("    4. kvartal 2024: ingen møder i oversigten; kommissoriet fastsætter mindst én gang i kvartalet – for få møder\n");
        assertThat(en).contains("    2023: no meetings in the record; the text sets four times a year – too few meetings\n")
                .contains("    2024-Q4: no meetings in the record; the text sets at least once a quarter – too few meetings\n")
                .contains("A meeting not in the record is counted here as not held.\n");
        JsonNode kmk2023 = finding(doc, "kmk", "2023");
        assertThat(kmk2023.get("held").asInt()).isZero();
        assertThat(kmk2023.get("status").asText()).isEqualTo("below");
        assertThat(kmk2023.get("statusLabel").asText()).isEqualTo("for få møder");
        assertThat(kmk2023.get("expectedLabel").asText()).isEqualTo("fire gange om året");
        assertThat(finding(doc, "administrative-board", "2024-Q4").get("status").asText()).isEqualTo("below");
        // near miss: not a year after the day asked
        assertThat(da).doesNotContain("    2025:", "kvartal 2025");
    }

    @Test
    void should_call_a_count_already_met_in_a_running_year_in_order_so_far_where_one_more_would_be_too_many_a6() throws Exception {
        String da = CliRunner.run("meetings", "--log", "plan-2022.csv", "--as-of", "2022-12-31", "--lang", "da").out();
        String en = CliRunner.run("meetings", "--log", "plan-2022.csv", "--as-of", "2022-12-31", "--lang", "en").out();
        JsonNode doc = json(CliRunner.run("meetings", "--log", "plan-2022.csv", "--as-of", "2022-12-31", "--format", "json").out());
        String early = CliRunner.run("meetings", "--log", "plan-2022.csv", "--as-of", "2022-06-30", "--lang", "da").out();

        assertThat(da).contains("    2022: fire møder afholdt; kommissoriet fastsætter fire gange om året – i orden indtil videre\n")
                .contains("    2022: to møder afholdt; kommissoriet fastsætter en til to gange om året – i orden indtil videre\n")
                .contains("    4. kvartal 2022: ét møde afholdt; kommissoriet fastsætter mindst én gang i kvartalet – i orden\n")
                .doesNotContain("endnu ikke afsluttet");
        assertThat(en).contains("    2022: four meetings held; the text sets four times a year – in order so far\n");
        assertThat(finding(doc, "kmk", "2022").get("status").asText()).isEqualTo("ok-so-far");
        assertThat(finding(doc, "administrative-board", "2022-Q4").get("status").asText()).isEqualTo("ok");
        // near miss: still short of the count in a running year stays open
        assertThat(early).containsPattern("    2022: (ét møde|to møder) afholdt; kommissoriet fastsætter fire gange om året – endnu ikke afsluttet\n");
    }

    @Test
    void should_answer_may_decide_in_the_tense_the_day_takes_b16() throws Exception {
        String past = CliRunner.run("may-decide", "administrative-chair", "kmk", "--as-of", "2021-05-06", "--log", "meetings.csv", "--lang", "da").out();
        String en = CliRunner.run("may-decide", "administrative-chair", "kmk", "--as-of", "2021-05-06", "--log", "meetings.csv", "--lang", "en").out();
        JsonNode json = json(CliRunner.run("may-decide", "administrative-chair", "kmk", "--as-of", "2021-05-06", "--log", "meetings.csv",
                "--lang", "da", "--format", "json").out());

        assertThat(past).startsWith("Havde den administrative formand myndighed til at træffe beslutninger på KMKs vegne den 6. maj 2021?\n")
                .contains("  Nej. Den 6. maj 2021 holdt KMK møde (ifølge mødeoversigten).").doesNotContain("holder KMK møde");
        assertThat(en).contains("  No. On 2021-05-06 KMK met (the meeting record says so).");
        assertThat(json.get("reasonLabel").asText()).startsWith("Nej. Den 6. maj 2021 holdt KMK møde");
        // near miss: on a day to come, the present
        dk.kulturmetropol.rules.Governance g = dk.kulturmetropol.rules.Governance.kulturmetropolen();
        java.time.LocalDate day = java.time.LocalDate.of(2021, 5, 6);
        java.util.List<dk.kulturmetropol.rules.Meeting> log = java.util.List.of(new dk.kulturmetropol.rules.Meeting("kmk", day));
        dk.kulturmetropol.model.Sentences da = dk.kulturmetropol.model.Sentences.of(g.labels(dk.kulturmetropol.model.Language.DA));
        assertThat(FindingsOutput.decisionText("administrative-chair", "kmk", day, g.mayDecide("administrative-chair", "kmk", day, log), da,
                day.minusDays(1))).startsWith("Har den administrative formand myndighed").contains("  Nej. Den 6. maj 2021 holder KMK møde (ifølge mødeoversigten).");
        assertThat(FindingsOutput.decisionText("administrative-chair", "kmk", day.plusDays(1), g.mayDecide("administrative-chair", "kmk", day.plusDays(1), log), da,
                day)).contains("  Ja. Den 7. maj 2021 holder KMK ikke møde, så den administrative formand");
    }

    @Test
    void should_say_that_the_kommissoriums_commitment_covers_its_own_period_only_under_a_changed_agreement_a4() throws Exception {
        String da = CliRunner.run("diff", "--after", "configs/kulturmetropolen-2025-2028.yaml", "--lang", "da").out();
        String en = CliRunner.run("diff", "--after", "configs/kulturmetropolen-2025-2028.yaml", "--lang", "en").out();
        JsonNode json = json(CliRunner.run("diff", "--after", "configs/kulturmetropolen-2025-2028.yaml", "--lang", "da", "--format", "json").out());
        String note = "Kommissoriets tilsagn gælder kun aftaleperioden 2021-2024; et nyt tilsagn fremgår ikke af den ændrede aftale.";
        // the text shows such a fact as ended, not as carried into the new period (review 5, A4: FifthReviewCliTest)
        assertThat(da).contains("  - Ishøj Kommune har forpligtet sig til at huse sekretariatet i hele aftaleperioden (kommissoriets tilsagn for 2021-2024");
        assertThat(en).contains("(the kommissorium's commitment for 2021-2024; the changed agreement gives no new one)");
        JsonNode host = null;
        for (JsonNode c : json.get("changes")) {
            if (c.get("after").hasNonNull("rule") && c.get("after").get("rule").asText().equals("host-municipality-houses-secretariat")) {
                host = c;
            }
        }
        assertThat(host).isNotNull();
        assertThat(host.get("noteLabel").asText()).isEqualTo(note.strip());
        assertThat(host.get("note").asText()).startsWith("The kommissorium's commitment covers");
        // near miss: a change within the kommissorium's own period carries no such note
        assertThat(CliRunner.run("diff", "--after", "configs/music-moves-2022.yaml", "--lang", "da").out()).doesNotContain("tilsagn", "fastsætter det kun");
    }

    @Test
    void should_mark_a_reading_in_the_diff_as_reports_does_a10() throws Exception {
        String da = CliRunner.run("diff", "--after", "configs/music-moves-2022.yaml", "--lang", "da").out();
        JsonNode json = json(CliRunner.run("diff", "--after", "configs/music-moves-2022.yaml", "--lang", "da", "--format", "json").out());

        assertThat(da).contains("  + I forhold til den øvrige ansættelse refererer projektchefen for Musikindsatsen til chefen i den kommune, hvor "
                + "vedkommende er ansat (Herlev Kommune). Gælder fra 1. juli 2022 til 31. december 2024.\n"
                + "      fortolkning: »chefen i den kommune, hvor vedkommende er ansat«: hjemkommunen ansætter projektchefen, så det er en chef "
                + "i hjemkommunen; teksten siger ikke hvilken\n"
                + "      Kommissoriet, afsnit »Projektchefens rolle«: ");
        assertThat(CliRunner.run("reports", "project-chief:music", "--lang", "da").out())
                .contains("    fortolkning: »chefen i den kommune, hvor vedkommende er ansat«: hjemkommunen ansætter projektchefen, så det er en chef "
                        + "i hjemkommunen; teksten siger ikke hvilken\n");
        boolean marked = false;
        for (JsonNode c : json.get("changes")) {
            JsonNode after = c.get("after");
            if (after.hasNonNull("rule") && after.get("text").asText().contains("herlev") && after.has("readingLabel")) {
                marked |= after.get("readingLabel").asText().startsWith("»chefen i den kommune, hvor vedkommende er ansat«");
            }
        }
        assertThat(marked).isTrue();
        // near miss: a fact on the plain sentence gets no reading line
        assertThat(da).contains("  + Herlev Kommune er hjemkommune for Musikindsatsen ifølge den ændrede aftale; kommissoriet nævner Roskilde Kommune. "
                + "Gælder fra 1. juli 2022 til 31. december 2024.\n      Kommissoriet, afsnit »Hjemkommune");
    }

    @Test
    void should_give_the_political_substitute_once_in_the_texts_words_and_count_the_repeats_left_out_b7_b8() {
        for (String config : java.util.List.of("configs/gladsaxe-joins-2023.yaml", "configs/roedovre-leaves-2022.yaml")) {
            String da = CliRunner.run("diff", "--after", config, "--lang", "da").out();

            assertThat(da.lines().filter(l -> l.contains("politisk suppleant") && l.matches("  [+~-] .*"))).as(config).hasSize(1)
                    .allSatisfy(l -> assertThat(l).contains("Det er muligt for ").doesNotContain(" kan udpege "));
            assertThat(da.lines().findFirst().orElseThrow()).as(config).matches("15 ændringer \\(\\+ tilføjet, - fjernet, ~ ændret\\); "
                    + "(én gentagelse|\\S+ gentagelser) er udeladt:").doesNotContain("ordret");
            // the count is honest: the lines shown and the repeats left out add up to the changes
            long shown = da.lines().filter(l -> l.startsWith("  + ") || l.startsWith("  - ") || l.startsWith("  ~ ")).count();
            int left = da.contains("; én gentagelse er") ? 1 : da.contains("; to gentagelser er") ? 2 : da.contains("; tre gentagelser er") ? 3 : -1;
            assertThat(shown + left).as(config).isEqualTo(15);
        }
    }
}
