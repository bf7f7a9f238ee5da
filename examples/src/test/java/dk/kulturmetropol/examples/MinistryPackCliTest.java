package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped ministry pack as the command line shows it: whose its duties are (the secretariat's, secretariat.bullet-2),
 * the reporting on the period's last year, and a calendar that says each date once.
 */
class MinistryPackCliTest {
    private static final String PACK = "packs/ministry-reporting.drl";

    @Test
    void should_give_the_ministry_reporting_to_the_secretariat_as_the_kommissorium_does_not_to_the_partners() {
        // given the pack; the kommissorium gives reporting to the Ministry to the secretariat (secretariat.bullet-2)

        // when the secretariat's and the partners' duties are asked for, and the 2024 calendar in Danish
        String secretariat = CliRunner.run("duties", "secretariat", "--rules", PACK, "--lang", "da").out();
        String partners = CliRunner.run("duties", "kulturmetropolen", "--rules", PACK).out();
        String calendar = CliRunner.run("calendar", "--from", "2024-01-01", "--to", "2024-12-31", "--rules", PACK, "--lang", "da").out();

        // then the secretariat sends on Kulturmetropolen's behalf, saying whence deadline and responsibility come
        assertThat(secretariat).contains("  Sekretariatet skal på Kulturmetropolens vegne indsende den årlige status for det forudgående år til "
                + "Slots- og Kulturstyrelsen senest den 15. september 2023 (fristen følger af Slots- og Kulturstyrelsens regler, ansvaret af "
                + "kommissoriets afsnit om sekretariatet).\n");
        assertThat(partners).doesNotContain("ministry.");
        assertThat(calendar).contains("Senest den 15. september 2024: Sekretariatet skal indsende den årlige status, det reviderede årsregnskab og "
                + "nøgletallene til Slots- og Kulturstyrelsen.\n").doesNotContain("Den dag drejer det sig om Albertslund Kommune");
    }

    @Test
    void should_derive_the_reporting_on_the_last_year_of_the_period_due_the_september_after_it_ends() {
        // when the calendar of 2025 is asked for, with the pack
        String calendar = CliRunner.run("calendar", "--from", "2025-01-01", "--to", "2025-12-31", "--rules", PACK, "--lang", "da").out();
        String en = CliRunner.run("who", "submit", "audited-annual-accounts", "--rules", PACK).out();

        // then the status, the audited accounts and the key figures on 2024 fall due on 15 September 2025
        assertThat(calendar).contains("Senest den 15. september 2025: Sekretariatet skal indsende den årlige status, det reviderede årsregnskab og "
                + "nøgletallene til Slots- og Kulturstyrelsen.\n");
        assertThat(en).contains("due 2025-09-15");
    }

    @Test
    void should_say_a_deadlines_date_once_in_the_calendar() {
        // when the 2024 calendar is written in Danish with the pack
        String calendar = CliRunner.run("calendar", "--from", "2024-01-01", "--to", "2024-12-31", "--rules", PACK, "--lang", "da").out();

        // then the final evaluation's block names 1 March 2024 once, in the day it is listed under
        String block = calendar.substring(calendar.indexOf("  Senest den 1. marts 2024:"), calendar.indexOf("\n\n", calendar.indexOf("  Senest den 1. marts 2024:")));
        assertThat(block).startsWith("  Senest den 1. marts 2024: Sekretariatet skal på Kulturmetropolens vegne indsende slutevalueringen af aftaleperioden "
                + "til Slots- og Kulturstyrelsen (fristen følger af Slots- og Kulturstyrelsens regler, ansvaret af kommissoriets afsnit om sekretariatet).\n");
        assertThat(block.split("1\\. marts 2024", -1)).hasSize(2);
        assertThat(calendar).doesNotContain("frist: senest den");
        // and so on the printable page, whose date column says it
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(CliRunner.run("calendar", "--from", "2024-01-01", "--to", "2024-03-31", "--rules", PACK,
                "--lang", "da", "--format", "html").out());
        assertThat(page.select("tr").stream().filter(tr -> tr.text().contains("slutevalueringen af aftaleperioden til"))).singleElement()
                .satisfies(tr -> assertThat(tr.text().split("1\\. marts 2024", -1)).hasSize(2));
    }

    @Test
    void should_list_the_partners_a_body_resolves_to_in_danish_alphabetical_order(@TempDir Path dir) throws Exception {
        // given a data pack that gives the partners together a dated duty
        Path pack = Files.writeString(dir.resolve("partners.yaml"), """
                source: S
                duties:
                  - { clause: t.report, quote: The partners report., for: the-agreement, actor: kulturmetropolen, action: report, matter: status, to: [kmk], due: 2022-03-01 }
                """);

        // when that day's calendar is written in Danish
        String calendar = CliRunner.run("calendar", "--from", "2022-03-01", "--to", "2022-03-01", "--rules", pack.toString(), "--lang", "da").out();

        // then the partners are listed with æ, ø and å last (Roskilde before Rødovre), sharing "Kommuner"
        assertThat(calendar).contains("    Den dag drejer det sig om Albertslund, Furesø, Halsnæs, Helsingør, Herlev, Ishøj, Køge, Roskilde og Rødovre Kommuner.\n");
    }

    @Test
    void should_end_the_kommissoriums_window_for_the_audited_accounts_before_the_ministrys_deadline_and_warn_in_danish() {
        // given the pack, whose audited accounts for 2023 go to the agency by 15 September 2024, while the text dates neither
        // the project chiefs' audited accounts (chief.duty-4) nor KMK's approval (kmk.tasks-5), read as due within 2024

        // when the 2024 calendar and the checks are asked for in Danish
        String calendar = CliRunner.run("calendar", "--from", "2024-01-01", "--to", "2024-12-31", "--rules", PACK, "--lang", "da").out();
        String checks = CliRunner.run("validate", "--rules", PACK, "--lang", "da").out();

        // then both fall due the day before, each saying so as a reading and quoting the ministry's clause as well
        String reading = "    fortolkning: teksten angiver ingen dato. Det forstås sådan, at regnskabet for 2023 skal indsendes i løbet af 2024 og "
                + "senest den 14. september 2024, fordi sekretariatet skal sende det videre til Slots- og Kulturstyrelsen senest den 15. september 2024.\n";
        assertThat(calendar).contains("  Senest den 14. september 2024: Projektcheferne for Kultur- og sundhedsindsatsen »Et bedre liv med kultur«, Musikindsatsen og "
                        + "Ungeindsatsen skal hver indsende det reviderede årsregnskab for 2023 til sekretariatet.\n" + reading
                        + "    Kommissoriet, afsnit »Projektchefens rolle«: \"evaluere, afrapportere og indsende et revideret årsregnskab til sekretariatet ud fra de af sekretariatet angivne retningslinjer.\"\n"
                        + "    »Slots- og Kulturstyrelsens regler for kulturaftaler (j.nr. 19/04101-1)«, sammenfatning, ikke ordret citat: ")
                .contains("  Senest den 14. september 2024: KMK skal godkende regnskabet for 2023 for Kultur- og sundhedsindsatsen »Et bedre liv med kultur«, "
                        + "Musikindsatsen og Ungeindsatsen.\n" + reading.replace("skal indsendes", "skal godkendes"))
                .doesNotContain("regnskabet for 2023 skal indsendes i løbet af 2024.\n    chief.duty-4");
        assertThat(calendar.indexOf("Senest den 14. september 2024: KMK")).isGreaterThan(calendar.indexOf("Senest den 14. september 2024: Projektcheferne"));
        // and validate warns in Danish, with both dates, quoting both sentences
        assertThat(checks).contains("  advarsel (frist inden for en fortolket periode): sekretariatet skal efter en pakkes regel indsende det reviderede "
                + "årsregnskab senest den 15. september 2022, 15. september 2023, 15. september 2024 og 15. september 2025, men kommissoriet angiver ingen dato, og efter "
                + "kalenderens fortolkning har projektchefen for Kultur- og sundhedsindsatsen »Et bedre liv med kultur«, projektchefen for Musikindsatsen "
                + "og projektchefen for Ungeindsatsen hele året efter til at indsende det reviderede årsregnskab. Kalenderen lader derfor den periode "
                + "slutte dagen før pakkens frist.\n    Kommissoriet, afsnit »Projektchefens rolle«: ")
                .contains("har KMK hele året efter til at godkende det forudgående års regnskab.");
        assertThat(checks.lines().filter(l -> l.contains("»Slots- og Kulturstyrelsens regler for kulturaftaler (j.nr. 19/04101-1)«")).count()).isEqualTo(2);
    }

    @Test
    void should_show_the_ministrys_rules_in_danish_as_a_summary_not_as_an_english_quotation() {
        // given the pack, which has no wording of the ministry's own: its @quote is an English rendering, and it gives a
        // Danish source and summary beside it (@source_da, @summary_da), and an English summary (@summary_en)

        // when the secretariat's duties are asked for in Danish, in English and in ids
        String da = CliRunner.run("duties", "secretariat", "--rules", PACK, "--lang", "da").out();
        String en = CliRunner.run("duties", "secretariat", "--rules", PACK, "--lang", "en").out();
        String ids = CliRunner.run("duties", "secretariat", "--rules", PACK).out();

        // then Danish shows the Danish summary, marked as one, with no English and no quotation marks
        assertThat(da).contains("    »Slots- og Kulturstyrelsens regler for kulturaftaler (j.nr. 19/04101-1)«, sammenfatning, "
                        + "ikke ordret citat: Årlig status, nøgletal og revideret regnskab for det forudgående år indsendes til Slots- og Kulturstyrelsen "
                        + "senest den 15. september hvert år.\n")
                .contains("    »Slots- og Kulturstyrelsens regler for kulturaftaler (j.nr. 19/04101-1)«, sammenfatning, "
                        + "ikke ordret citat: Slutevalueringen af aftaleperioden indsendes til Slots- og Kulturstyrelsen senest den 1. marts i periodens sidste år.\n")
                .doesNotContain("reporting rules").doesNotContain("each 15 September").doesNotContain("»Slots- og Kulturstyrelsens regler for kulturaftaler (j.nr. 19/04101-1)«: \"");
        // English says it is a summary too; the ids show the clause as the pack declares it
        assertThat(en).contains("    ministry.annual-report (Slots- og Kulturstyrelsen: reporting rules for culture agreements (journal no. 19/04101-1)), "
                + "summary, not a verbatim quotation: Annual status, key figures and an audited account for the previous year are due to "
                + "Slots- og Kulturstyrelsen each 15 September.\n");
        assertThat(ids).contains("    ministry.annual-report (Slots- og Kulturstyrelsen: reporting rules for culture agreements (journal no. 19/04101-1)): "
                + "\"annual status, key figures and an audited account for the previous year are due to Slots- og Kulturstyrelsen each 15 September\"\n");
    }

    @Test
    void should_print_the_readmes_september_calendar_with_the_pack_as_the_readme_shows_it() throws Exception {
        // given the README's command and the lines it shows of its output ("..." for lines left out)
        String readme = Files.readString(Path.of("../README.md"), java.nio.charset.StandardCharsets.UTF_8);
        String command = "java -jar examples/target/kulturmetropol.jar calendar --from 2022-09-01 --to 2022-09-30 --rules examples/packs/ministry-reporting.drl";
        String shown = EmbeddingExampleTest.between(readme.substring(readme.indexOf(command + "\n```")), "```\n\n```\n", "```");

        // when it is run
        String out = CliRunner.run("calendar", "--from", "2022-09-01", "--to", "2022-09-30", "--rules", PACK).out();

        // then every line shown is printed, in that order
        int at = 0;
        for (String line : shown.lines().filter(l -> !l.strip().equals("...")).toList()) {
            int found = out.indexOf(line + "\n", at);
            assertThat(found).as(line).isGreaterThanOrEqualTo(0);
            at = found + line.length();
        }
    }

    @Test
    void should_head_the_packs_section_of_the_danish_review_with_its_danish_source_and_give_its_summary() {
        // when the annotated text is written with the pack, in Danish, as Markdown and as HTML
        String md = CliRunner.run("review", "--rules", PACK, "--lang", "da", "--format", "markdown").out();
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(CliRunner.run("review", "--rules", PACK, "--lang", "da", "--format", "html").out());

        // then the pack's section is headed by its Danish source and gives its summaries as summaries, with no English
        assertThat(md).contains("\n## Slots- og Kulturstyrelsens regler for kulturaftaler (j.nr. 19/04101-1)\n\n"
                        + "*Fra Slots- og Kulturstyrelsens regler for kulturaftaler (j.nr. 19/04101-1), ikke fra kommissoriet.*\n\n"
                        + "»Slots- og Kulturstyrelsens regler for kulturaftaler (j.nr. 19/04101-1)«, sammenfatning, ikke ordret citat: Årlig status, nøgletal og revideret regnskab for det forudgående år "
                        + "indsendes til Slots- og Kulturstyrelsen senest den 15. september hvert år.\n")
                .doesNotContain("reporting rules").doesNotContain("each 15 September");
        assertThat(html.select("#ministry\\.final-evaluation p.quote").text()).isEqualTo("ministry.final-evaluation: sammenfatning, ikke ordret citat: "
                + "Slutevalueringen af aftaleperioden indsendes til Slots- og Kulturstyrelsen senest den 1. marts i periodens sidste år.");
        assertThat(html.text()).doesNotContain("reporting rules");
    }
}
