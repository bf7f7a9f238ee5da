package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.rules.internal.RuleSource;
import dk.kulturmetropol.rules.internal.RuleSources;
import org.junit.jupiter.api.Test;

/** Each rule of the kommissorium shows, in a comment above it, the sentence it encodes, as the catalogue quotes it. */
class RuleSentenceTest {
    private static final Pattern RULE = Pattern.compile("^rule \"([^\"]+)\"\\s*$");
    private static final Pattern CLAUSE = Pattern.compile("@clause\\(\"([^\"]+)\"\\)");

    @Test
    void should_show_beside_each_rule_the_sentence_its_clause_quotes() {
        Map<String, Clause> clauses = Governance.kulturmetropolen().clauses();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (RuleSource source : RuleSources.kommissorium()) {
            String[] lines = source.drl().split("\n");
            for (int i = 0; i < lines.length; i++) {
                Matcher rule = RULE.matcher(lines[i]);
                if (!rule.matches()) {
                    continue;
                }
                Matcher clause = CLAUSE.matcher(lines[i + 1]);
                if (!clause.find()) {
                    continue;
                }
                StringBuilder comment = new StringBuilder();
                for (int j = i - 1; j >= 0 && lines[j].startsWith("//"); j--) {
                    comment.insert(0, lines[j].substring(2) + " ");
                }
                String shown = comment.toString().replaceAll("\\s+", " ");
                String quote = clauses.get(clause.group(1)).quote();
                if (!shown.contains(clause.group(1) + ":") || !shown.contains("\"" + quote + "\"")) {
                    problems.add(source.origin() + ":" + (i + 1) + ": rule '" + rule.group(1) + "' shows no comment quoting "
                            + clause.group(1) + ": \"" + quote + "\"");
                }
                checked++;
            }
        }

        assertThat(problems).isEmpty();
        assertThat(checked).as("rules with a clause").isGreaterThan(100);
    }
}
