package dk.kulturmetropol.examples;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import dk.kulturmetropol.model.DateRefusedException;
import dk.kulturmetropol.model.Labels;
import dk.kulturmetropol.model.Language;
import dk.kulturmetropol.model.Sentences;
import dk.kulturmetropol.rules.AmbiguousTermException;
import dk.kulturmetropol.rules.Governance;
import dk.kulturmetropol.rules.MeetingLogRefusedException;
import dk.kulturmetropol.rules.UnknownTermException;
import picocli.CommandLine;

/**
 * The command line's refusal of bad input typed at it, in Danish, for {@code --lang da} wherever it stands on the line:
 * an unknown or ambiguous id, a date that is no date, and picocli's refusals of the line itself (an unknown command or
 * option, a missing argument or value, a value an option does not take, an option given twice). The words are those of {@code errors_da.properties}; what the
 * user typed, and what they may type instead, stands in »…«; an id is offered by its Danish label where that label is
 * accepted as input too, and a date is named in words. Each method returns the line after {@code kulturmetropol: },
 * or null where the refusal is none of these, which then stays English (the files a developer writes: agreements, rule
 * packs); a meeting record's refusals are in Danish, naming its file and line, as a municipality's staff keep it.
 */
final class DanishRefusals {
    /** Danish words without an agreement: dates, lists. */
    static final Sentences DA = Sentences.of(Labels.of(Language.DA));

    /** The longest value quoted whole; a longer one is quoted by its start and its length. */
    private static final int QUOTED = 80;

    private final ResourceBundle words = ResourceBundle.getBundle("dk.kulturmetropol.examples.errors", Locale.forLanguageTag("da"),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    /**
     * Whether the line asks for Danish: {@code --lang da} or {@code --lang=da} (any case), the last {@code --lang}
     * deciding, read from the raw arguments so that it holds wherever it stands and also when parsing stopped before it.
     */
    static boolean asked(String... args) {
        Language last = null;
        for (int i = 0; i < args.length && !"--".equals(args[i]); i++) {
            String value = "--lang".equals(args[i]) && i + 1 < args.length ? args[i + 1]
                    : args[i] != null && args[i].startsWith("--lang=") ? args[i].substring("--lang=".length()) : null;
            if (value != null) {
                try {
                    last = Language.parse(value);
                } catch (IllegalArgumentException e) {
                    last = null;
                }
            }
        }
        return last == Language.DA;
    }

    /**
     * A refusal the command line makes of its own: in English as before ({@link #getMessage()}), with its Danish words,
     * a key of {@code errors_da.properties} and its parts, name and value.
     */
    static final class UsageRefused extends CommandLine.ParameterException {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final List<String> parts;

        UsageRefused(CommandLine commandLine, String english, String key, String... parts) {
            super(commandLine, english);
            this.key = key;
            this.parts = List.of(parts);
        }
    }

    /**
     * A refusal of a value the command line checks itself (a day outside the agreement, a window that ends before it
     * starts): in English as before, with its Danish words, a key of {@code errors_da.properties} and its parts, each part
     * a key of its own where it is one.
     */
    static final class ValueRefused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final List<String> parts;

        ValueRefused(String english, String key, String... parts) {
            super(english);
            this.key = key;
            this.parts = List.of(parts);
        }
    }

    /** A day as typed and in words: {@code »2030-01-01« (den 1. januar 2030)}. */
    static String inWords(java.time.LocalDate day) {
        return "»" + day + "« (den " + DA.date(day) + ")";
    }

    /** The Danish line for a refusal while parsing the command line, or null to say it in English. */
    String parameter(CommandLine.ParameterException e) {
        CommandLine line = e.getCommandLine();
        String command = line.getParent() == null ? "kulturmetropol" : "kulturmetropol " + line.getCommandName();
        String help = phrase("help", "command", command);
        if (e instanceof UsageRefused own) {
            List<String> parts = new ArrayList<>(own.parts);
            parts.addAll(List.of("help", help, "command", command));
            return phrase(own.key, parts.toArray(String[]::new));
        }
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            return unmatched(u, command, help);
        }
        if (e instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
            if (m.getMessage().contains("parameter for option") && m.getMissing().get(0) instanceof CommandLine.Model.OptionSpec option) {
                return phrase("missing.value", "option", option.longestName(), "label", label(option), "help", help);
            }
            List<String> missing = m.getMissing().stream().map(arg -> arg instanceof CommandLine.Model.OptionSpec option
                    ? phrase("missing.option", "option", option.longestName(), "label", label(option)) : label(arg)).toList();
            return phrase("missing", "command", command, "missing", DA.list(missing), "help", help);
        }
        if (e.getArgSpec() == null && e.getValue() != null && e.getMessage().startsWith("Unknown subcommand")) {
            // help of a command there is none of
            return phrase("command.unknown", "value", quoted(e.getValue()), "meant", "", "help", help);
        }
        if (e instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() instanceof CommandLine.Model.OptionSpec option) {
            return phrase("overwritten", "option", option.longestName(), "help", help);
        }
        if (!(e.getArgSpec() instanceof CommandLine.Model.OptionSpec option) || cause(e, CommandLine.TypeConversionException.class) == null) {
            return null;
        }
        DateRefusedException date = cause(e, DateRefusedException.class);
        if (date != null) {
            return phrase("invalid", "option", option.longestName(), "problem", date(date));
        }
        Class<?> type = option.type();
        if (type.isEnum() && e.getValue() != null) {
            List<String> choices = java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> "»" + (c instanceof Language l ? l.id() : c.toString()) + "«").toList();
            return phrase("invalid", "option", option.longestName(), "problem",
                    phrase("invalid.choice", "value", quoted(e.getValue()), "choices", DA.list(choices)));
        }
        if ((type == int.class || type == Integer.class) && e.getValue() != null) {
            return phrase("invalid", "option", option.longestName(), "problem", phrase("invalid.number", "value", quoted(e.getValue())));
        }
        return null;
    }

    /** An unknown command, an unknown option, or more arguments than the command takes. */
    private String unmatched(CommandLine.UnmatchedArgumentException u, String command, String help) {
        List<String> offered = KulturmetropolCli.offered(u).stream().map(o -> "»" + o + "«").toList();
        String meant = offered.isEmpty() ? "" : phrase("meant", "offered", or(offered));
        String first = u.getUnmatched().get(0);
        if (!first.startsWith("-") && u.getCommandLine().getParent() == null) {
            return phrase("command.unknown", "value", quoted(first), "meant", meant, "help", help);
        }
        if (first.startsWith("-")) {
            String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            boolean ofACommand = u.getCommandLine().getParent() == null && u.getCommandLine().getSubcommands().values().stream()
                    .anyMatch(sub -> sub.getCommandSpec().findOption(name) != null);
            return ofACommand ? phrase("option.before", "value", quoted(name), "help", help)
                    : phrase("option.unknown", "value", quoted(first), "command", command, "meant", meant, "help", help);
        }
        List<String> values = u.getUnmatched().stream().map(DanishRefusals::quoted).toList();
        return phrase("argument.extra", "command", command, "values", DA.list(values), "help", help);
    }

    /** What an argument or an option's value is, in words with an example: "et emne (fx »årsplan«)". */
    private String label(CommandLine.Model.ArgSpec arg) {
        String name = arg.paramLabel().replaceAll("[<>]", "");
        return words.containsKey("label." + name) ? words.getString("label." + name) : "»" + name + "«";
    }

    /** The Danish line for a refusal while a command runs, asked of {@code g}, or null to say it in English. */
    String execution(Exception e, Governance g) {
        if (e instanceof ValueRefused own) {
            String[] parts = own.parts.stream().map(part -> part.startsWith("outside.") ? words.getString(part) : part).toArray(String[]::new);
            return phrase(own.key, parts);
        }
        if (e instanceof MeetingLogRefusedException log) {
            return meetingLog(log, g);
        }
        if (e instanceof AmbiguousTermException ambiguous) {
            List<String> offered = ambiguous.candidates().stream().map(id -> offered(g, ambiguous.kind(), id)).toList();
            return phrase("ambiguous", "value", quoted(ambiguous.value()), "candidates", or(offered));
        }
        if (e instanceof UnknownTermException unknown && unknown.value() != null && unknown.kind().equals("post and body")) {
            return phrase("unknown.post-and-body", "value", quoted(unknown.value()),
                    "accepted", DA.list(unknown.accepted().stream().map(pair -> "»" + pair + "«").toList()));
        }
        if (e instanceof UnknownTermException unknown && unknown.value() != null) {
            String kind = unknown.kind();
            boolean known = words.containsKey("kind." + kind);
            if (!known) {
                return null;
            }
            Collection<String> accepted = unknown.accepted();
            if (accepted.size() <= 10) {
                java.text.Collator order = java.text.Collator.getInstance(Language.DA.locale());
                List<String> all = accepted.stream().map(id -> offered(g, kind, id)).sorted(order).toList();
                return phrase("unknown.all", "kind", words.getString("kind." + kind), "value", quoted(unknown.value()),
                        "accepted", DA.list(all));
            }
            // only what has Danish words, and only what is like what was typed: none rather than words that have nothing to
            // do with it ("borgmester" is no "budget"); "substitute" finds "politisk suppleant" by its id's word
            Labels da = g.labels(Language.DA);
            List<String> nearest = (kind.equals("kind") ? UnknownTermException.nearest(unknown.value(), accepted, 3)
                    : g.nearest(kind, unknown.value(), accepted.size())).stream()
                    .filter(id -> kind.equals("kind") || da.has(kind, id) && UnknownTermException.alike(unknown.value(), id, da.label(kind, id), da.inSentence(kind, id)))
                    .limit(3).toList();
            if (nearest.isEmpty()) {
                return phrase("unknown.none", "kind", words.getString("kind." + kind), "value", quoted(unknown.value()),
                        "all", DA.count(accepted.size(), false), "kindId", kind);
            }
            return phrase(nearest.size() == 1 ? "unknown.nearest.one" : "unknown.nearest", "kind", words.getString("kind." + kind), "value", quoted(unknown.value()),
                    "nearest", DA.list(nearest.stream().map(id -> offered(g, kind, id)).toList()),
                    "all", DA.count(accepted.size(), false), "kindId", kind);
        }
        return null;
    }

    /**
     * A meeting record (or plan) refused, in words: the file in »…«, the line, what is wrong and what is accepted; the
     * body ids the record takes are named with their Danish labels beside them, as the record holds the ids.
     */
    private String meetingLog(MeetingLogRefusedException e, Governance g) {
        String file = quoted(e.origin());
        String where = e.line() == 0 ? file : phrase("log.line", "file", file, "line", String.valueOf(e.line()));
        String invisible = e.invisible().isEmpty() ? ""
                : phrase(e.invisible().size() == 1 ? "log.invisible.one" : "log.invisible.many", "chars",
                DA.list(e.invisible().stream().map(c -> "»" + c + "«").toList()));
        String value = quoted(e.value());
        return switch (e.problem()) {
            case EMPTY_NAME, MISSING, DIRECTORY, UNREADABLE, TOO_LARGE, EMPTY, NOT_CSV -> phrase("log." + e.problem().name(), "file", file);
            case HEADER -> phrase("log.HEADER", "where", where, "value", value, "invisible", invisible);
            case FIELDS -> phrase("log.FIELDS", "where", where, "value", value,
                    "fields", DA.count(Integer.parseInt(e.parts().get(0)), true) + " " + phrase(e.parts().get(0).equals("1") ? "log.field" : "log.fields"),
                    "needed", DA.number(Integer.parseInt(e.parts().get(1))), "names", quoted(e.parts().get(2)));
            case BODY -> phrase("log.BODY", "where", where, "value", value, "invisible", invisible, "accepted",
                    DA.list(e.parts().stream().map(id -> "»" + id + "« (" + g.labels(Language.DA).label("body", id) + ")").toList()));
            case DATE -> phrase("log.DATE", "where", where, "problem", Optional.ofNullable(cause(e, DateRefusedException.class)).map(this::date)
                    .orElseGet(() -> phrase("date.NOT_A_DATE", "text", value)), "invisible", invisible.isEmpty() ? ""
                    : phrase("log.invisible.sentence", "chars", DA.list(e.invisible().stream().map(c -> "»" + c + "«").toList())));
            case TWICE -> phrase("log.TWICE", "where", where, "meeting", CycleWords.meeting(new dk.kulturmetropol.rules.Meeting(e.parts().get(0),
                    java.time.LocalDate.parse(e.parts().get(1))), DA), "first", e.parts().get(2));
        };
    }

    /** A date refused, in words: what is wrong with it and how to write it. */
    private String date(DateRefusedException e) {
        String meant = e.meant().map(day -> phrase("date.meant", "date", DA.date(day), "iso", day.toString())).orElse("");
        return switch (e.problem()) {
            case EMPTY -> phrase("date.EMPTY");
            case NO_SUCH_MONTH -> phrase("date.NO_SUCH_MONTH", "text", quoted(e.text()));
            case NO_SUCH_DAY -> phrase("date.NO_SUCH_DAY", "text", quoted(e.text()),
                    "month", java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", Language.DA.locale())
                            .format(java.time.YearMonth.of(e.year(), e.month())),
                    "days", String.valueOf(java.time.YearMonth.of(e.year(), e.month()).lengthOfMonth()));
            case ONE_DIGIT -> phrase("date.ONE_DIGIT", "text", quoted(e.text()), "meant", meant);
            case DATE_AND_TIME -> phrase("date.DATE_AND_TIME", "text", quoted(e.text()), "iso", e.dateAlone().orElse(""));
            case DAY_FIRST -> phrase(meant.isEmpty() ? "date.DAY_FIRST.none" : "date.DAY_FIRST", "text", quoted(e.text()), "meant", meant);
            case NOT_A_DATE -> phrase("date.NOT_A_DATE", "text", quoted(e.text()));
        };
    }

    /**
     * An id as a Danish reader types it: its Danish label where the label reads back as this id, else the id in »…«.
     */
    private static String offered(Governance g, String kind, String id) {
        Labels da = g.labels(Language.DA);
        if (!kind.equals("kind") && da.has(kind, id)) {
            String label = da.label(kind, id);
            try {
                if (g.idOf(kind, label).equals(id)) {
                    return label;
                }
            } catch (IllegalArgumentException e) {
                // the label is not read back as this id: offer the id
            }
        }
        return "»" + id + "«";
    }

    /** {@code a, b eller c}. */
    private static String or(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + DA.phrase("list.or") + " " + items.get(items.size() - 1);
    }

    /** {@code value} in »…«, or, when longer than {@value #QUOTED} characters, its start and its length. */
    static String quoted(String value) {
        if (value.length() <= QUOTED) {
            return "»" + value + "«";
        }
        int end = Character.isHighSurrogate(value.charAt(QUOTED - 1)) ? QUOTED - 1 : QUOTED;
        return "»" + value.substring(0, end) + "…« (" + value.length() + " tegn)";
    }

    /** The words of {@code key}, each {@code {name}} filled from the name-value pairs. */
    String phrase(String key, String... namesAndValues) {
        String text = words.getString(key);
        List<String[]> parts = new ArrayList<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            parts.add(new String[] {"{" + namesAndValues[i] + "}", namesAndValues[i + 1]});
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < text.length()) {
            String[] found = null;
            for (String[] part : parts) {
                if (text.startsWith(part[0], at)) {
                    found = part;
                }
            }
            if (found == null) {
                out.append(text.charAt(at++));
            } else {
                out.append(found[1]);
                at += found[0].length();
            }
        }
        return out.toString();
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
