package dk.kulturmetropol.examples;

import java.util.Locale;


/** What {@code bench} prints: one JSON object, or the same as a table. */
final class BenchOutput {
    private BenchOutput() {
    }

    static String json(SpeedBench.Report report) {
        return JsonOutput.write(report, "the bench report") + "\n";
    }

    static String text(SpeedBench.Report report) {
        StringBuilder out = new StringBuilder();
        out.append("Machine: ").append(report.machine()).append('\n').append('\n');
        out.append(String.format(Locale.ROOT, "%-56s %14s %10s%n", "Warm question (median of batches of " + SpeedBench.BATCH + "; asked before)",
                "per call", "x HashMap"));
        row(out, "who approve annual-plan --scope music --as-of 2022-06-01", report.queryP50Ns(), report.hashMapP50Ns());
        row(out, "duties project-chief:music --as-of 2022-06-01", report.dutiesP50Ns(), report.hashMapP50Ns());
        row(out, "HashMap.get of a precomputed answer", report.hashMapP50Ns(), report.hashMapP50Ns());
        row(out, "who, asked for the first time", report.queryFirstAskP50Ns(), report.hashMapP50Ns());
        row(out, "duties, asked for the first time", report.dutiesFirstAskP50Ns(), report.hashMapP50Ns());
        row(out, "a fresh rule-engine session per question", report.sessionPerQueryP50Ns(), report.hashMapP50Ns());
        out.append(String.format(Locale.ROOT, "%-56s %13.0fx%n", "who: faster than a session per question by",
                report.sessionPerQueryP50Ns() / report.queryP50Ns()));
        out.append('\n').append(String.format(Locale.ROOT, "%-10s %-12s %10s %12s%n", "Partners", "Focus areas", "Derive ms", "Peak heap MB"));
        for (SpeedBench.Scale s : report.scale()) {
            out.append(String.format(Locale.ROOT, "%-10d %-12d %10d %12d%n", s.partners(), s.focusAreas(), s.loadMs(), s.heapMb()));
        }
        SpeedBench.ColdStart cold = report.coldStart();
        if (cold != null) {
            out.append('\n').append(String.format(Locale.ROOT, "Cold start (median of %d pairs, run alternately)%n", cold.runs()));
            out.append(String.format(Locale.ROOT, "%-56s %10.0f ms%n", "bare JVM printing hello", cold.bareJvmMs()));
            out.append(String.format(Locale.ROOT, "%-56s %10.0f ms %6.1fx%n", "who approve annual-plan --scope music",
                    cold.firstAnswerMs(), cold.ratio()));
            out.append(String.format(Locale.ROOT, "%-56s %10.0f ms %6.1fx%n", "the same with --config (the rules run)",
                    cold.withConfigMs(), cold.withConfigRatio()));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String what, double ns, double hashMapNs) {
        out.append(String.format(Locale.ROOT, "%-56s %11.0f ns %9.1fx%n", what, ns, ns / hashMapNs));
    }
}
