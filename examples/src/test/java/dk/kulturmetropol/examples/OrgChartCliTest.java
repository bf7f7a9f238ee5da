package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * orgchart: the chart's structure read back from its text. A layered layout (Graphviz dot, Mermaid's dagre) puts the first
 * end of every written line above the second, so a path of written lines from one box to another stands the first above.
 */
class OrgChartCliTest {
    private static final Pattern MERMAID_EDGE = Pattern.compile("^  (\\S+) (?:-->|---|-\\.->|-\\.-)\\|[^|]*\\| (\\S+)$");
    private static final Pattern DOT_EDGE = Pattern.compile("^\\s*\"([^\"]+)\" -> \"([^\"]+)\" \\[(.*)\\];$");

    /** The written lines, upper end first: from Mermaid or DOT (DOT's invisible lines that only arrange a frame left out). */
    static List<List<String>> lines(String chart) {
        boolean dot = chart.startsWith("digraph");
        return chart.lines().map(l -> (dot ? DOT_EDGE : MERMAID_EDGE).matcher(l)).filter(Matcher::matches)
                .filter(m -> !dot || !m.group(3).contains("style=invis")).map(m -> List.of(m.group(1), m.group(2))).toList();
    }

    /** Whether a path of written lines leads from {@code from} down to {@code to}. */
    static boolean above(List<List<String>> lines, String from, String to) {
        Map<String, Set<String>> next = new HashMap<>();
        lines.forEach(l -> next.computeIfAbsent(l.get(0), k -> new HashSet<>()).add(l.get(1)));
        Deque<String> todo = new ArrayDeque<>(List.of(from));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String at = todo.pop();
            for (String n : next.getOrDefault(at, Set.of())) {
                if (n.equals(to)) {
                    return true;
                }
                if (seen.add(n)) {
                    todo.push(n);
                }
            }
        }
        return false;
    }

    @Test
    void should_print_the_mermaid_chart_the_readme_shows() throws IOException {
        CliRunner r = CliRunner.run("orgchart", "--as-of", "2022-06-01", "--lang", "en");
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(EmbeddingExampleTest.between(readme, "```mermaid\n", "```")).isEqualTo(r.out());
    }

    @Test
    void should_stand_the_steering_group_above_kmk_above_the_board_in_both_formats() {
        for (String format : List.of("mermaid", "dot")) {
            String chart = CliRunner.run("orgchart", "--as-of", "2022-06-01", "--format", format).out();
            List<List<String>> lines = lines(chart);

            assertThat(lines).as(format).contains(List.of("political-steering-group", "kmk"), List.of("kmk", "administrative-board"),
                    List.of("music", "roskilde"));
            assertThat(above(lines, "political-steering-group", "administrative-board")).as(format).isTrue();
            assertThat(above(lines, "kmk", "political-steering-group")).as(format).isFalse();
            assertThat(above(lines, "administrative-board", "kmk")).as(format).isFalse();
            assertThat(lines).as(format).noneMatch(l -> l.get(1).equals("political-steering-group"));
        }
    }

    @Test
    void should_start_mermaid_with_flowchart_tb_and_dot_with_rankdir_tb() {
        String mermaid = CliRunner.run("orgchart").out();
        String dot = CliRunner.run("orgchart", "--format", "dot").out();

        assertThat(mermaid.lines().findFirst()).contains("flowchart TB");
        assertThat(mermaid).contains("  music -->|home| roskilde\n").contains("  secretariat -->|placed-in| ishoej\n")
                .contains("  political-chair ---|↑ holds| culture-committee-chair:ishoej\n")
                .doesNotContain("culture-committee-chair:koege", "culture-chief:koege");
        assertThat(dot).startsWith("digraph kulturmetropolen {\n  rankdir=TB;\n").endsWith("}\n")
                .contains("  \"music\" -> \"roskilde\" [label=\"home\", tooltip=\"home.list\"];\n")
                .contains("  \"political-steering-group\" -> \"kmk\" [label=\"proposes-to\", tooltip=\"kmk.tasks-6\", dir=back];\n");
    }

    @Test
    void should_write_the_same_lines_in_mermaid_and_dot_but_the_frame_of_the_partnership() {
        List<List<String>> mermaid = lines(CliRunner.run("orgchart").out());
        List<List<String>> dot = lines(CliRunner.run("orgchart", "--format", "dot").out());

        assertThat(mermaid).containsAll(dot);
        assertThat(mermaid).filteredOn(l -> !dot.contains(l)).isNotEmpty().allSatisfy(l -> assertThat(l.get(0)).isEqualTo("kulturmetropolen"));
    }

    @Test
    void should_draw_a_moving_home_on_the_day_asked() {
        String[] moving = {"orgchart", "--config", "../examples/configs/music-moves-2022.yaml", "--as-of"};
        List<List<String>> before = lines(CliRunner.run(concat(moving, "2022-06-30")).out());
        List<List<String>> after = lines(CliRunner.run(concat(moving, "2022-07-01")).out());

        assertThat(before).contains(List.of("music", "roskilde")).doesNotContain(List.of("music", "herlev"));
        assertThat(after).contains(List.of("music", "herlev")).doesNotContain(List.of("music", "roskilde"));
        assertThat(CliRunner.run(concat(moving, "2022-07-01")).out()).contains("  music -->|home| herlev\n");
        assertThat(lines(CliRunner.run("orgchart", "--config", "../examples/configs/music-moves-2022.yaml").out()))
                .contains(List.of("music", "roskilde"), List.of("music", "herlev"));
    }

    @Test
    void should_wrap_long_labels_in_dot_and_keep_them_whole_in_mermaid() {
        assertThat(OrgChart.wrap("culture committee chair of each partner municipality", 28))
                .isEqualTo("culture committee chair of\neach partner municipality");
        assertThat(OrgChart.wrap("KMK\nculture chief of each partner municipality", 28)).isEqualTo("KMK\nculture chief of each\npartner municipality");
        assertThat(OrgChart.wrap("reports to: the realisation of the focus area", 18)).isEqualTo("reports to: the\nrealisation of the\nfocus area");
        assertThat(OrgChart.wrap("home", 18)).isEqualTo("home");
        assertThat(CliRunner.run("orgchart", "--as-of", "2022-06-01", "--lang", "en", "--format", "dot").out())
                .contains("[label=\"reports to: the\\nrealisation of the\\nfocus area\"");
    }

    @Test
    void should_say_a_municipality_is_a_partner_and_each_partner_may_appoint_a_substitute() {
        String da = CliRunner.run("orgchart", "--as-of", "2022-06-01", "--lang", "da").out();
        assertThat(da).contains("kulturmetropolen ---|↑ partnerkommune i| albertslund")
                .contains("<br/>hver partnerkommune kan udpege en politisk suppleant\"]").doesNotContain("kan deltage")
                .doesNotContain("kulturmetropolen ---|↑ sidder i|");
        assertThat(CliRunner.run("orgchart", "--as-of", "2022-06-01", "--lang", "en").out())
                .contains("kulturmetropolen ---|↑ partner municipality in| roskilde").contains("each partner municipality may appoint a political substitute");
    }

    @Test
    void should_draw_no_member_line_to_three_culture_chiefs_when_kmks_box_says_each_partners() {
        // kmk.who, psg.who: every partner's culture chief and culture committee chair is a member, as the boxes say
        for (String format : List.of("mermaid", "dot")) {
            String chart = CliRunner.run("orgchart", "--as-of", "2022-06-01", "--lang", "da", "--format", format).out();
            assertThat(chart.replace("\\n", " ")).contains("kulturchef fra hver partnerkommune").contains("kulturudvalgsformand fra hver");
            List<String> memberLines = chart.lines().filter(l -> l.contains("sidder i") && l.contains("culture-")).toList();
            assertThat(memberLines).as(format).isEmpty();
            assertThat(chart).contains(format.equals("dot") ? "\"political-chairmanship\" -> \"political-chair\" [label=\"sidder i\""
                    : "political-chairmanship ---|↑ sidder i| political-chair");
        }
    }

    @Test
    void should_refuse_a_day_outside_the_agreement() {
        CliRunner.run("orgchart", "--as-of", "2025-01-01").refusedWith("2025-01-01, outside the agreement period 2021-01-01 to 2024-12-31");
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
