package dk.kulturmetropol.examples;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.Sentences;
import dk.kulturmetropol.rules.Finding;

/** What {@code validate} and {@code diff} print: a block per finding or change, or {@code {"findings": [...]}} and {@code {"changes": [...]}}. */
final class FindingsOutput {
    private FindingsOutput() {
    }

    /** The findings as text: a heading that counts them, then a block a finding; with {@code words}, in its language. */
    static String text(List<Finding> findings, LocalDate asOf, Sentences words) {
        return text(findings, asOf, words, f -> java.util.Optional.empty());
    }

    /**
     * The findings as text; {@code own} gives, where it has one, the sentence of the rule a finding is about (a duty
     * whose sentence names no one: "Sekretariatets økonomi fastlægges ..., men teksten nævner ikke, hvem der fastlægger
     * den."), which a language then writes instead of the general words.
     */
    static String text(List<Finding> findings, LocalDate asOf, Sentences words, java.util.function.Function<Finding, java.util.Optional<String>> own) {
        long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).count();
        long notes = findings.size() - errors - warnings;
        StringBuilder out = new StringBuilder(words == null
                ? "Checks of the mandate set" + (asOf == null ? "" : " on " + asOf) + ": " + errors
                        + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings")
                        + (notes == 0 ? "" : ", " + notes + (notes == 1 ? " note" : " notes"))
                : words.phrase("findings.head", "on", words.on(asOf), "errors", words.count(errors, false),
                        "errorWord", words.phrase(errors == 1 ? "findings.error" : "findings.errors"), "warnings", words.count(warnings, false),
                        "warningWord", words.phrase(warnings == 1 ? "findings.warning" : "findings.warnings"))).append('\n');
        for (Finding f : findings) {
            out.append("\n  ").append(words == null ? f.severity().id() + " " + f.code()
                            : words.phrase("severity." + f.severity().id()) + " (" + kind(f, words) + ")")
                    .append(": ").append(words == null ? f.message() : message(f, words, own)).append('\n');
            f.clauses().forEach(c -> out.append("    ").append(quoted(c, words)).append('\n'));
        }
        AnswerText.areaNamesNote(out.toString(), words).ifPresent(note -> out.append('\n').append(note).append('\n'));
        return out.toString();
    }

    /** A clause as the text outputs quote it: {@code kmk.tasks-5 (section): "the sentence"}. */
    static String quoted(Clause c) {
        return c.id() + " (" + c.section() + "): \"" + c.quote() + "\"";
    }

    /**
     * A clause as {@link #quoted(Clause)}, in {@code words}' language where a pack gives it in that language; a pack's
     * summary as a summary, not between quotation marks ({@link Sentences#quoted(Clause, boolean)}).
     */
    static String quoted(Clause c, Sentences words) {
        return words == null ? quoted(c) : words.quoted(c, true);
    }

    /** The kind of a finding in {@code words}' language: by its message's own kind where the words have one, else by its code. */
    private static String kind(Finding f, Sentences words) {
        return words.words("finding.kind." + f.parts().getOrDefault("key", f.code()))
                .or(() -> words.words("finding.kind." + f.code())).orElse(f.code());
    }

    /** A finding's message in {@code words}' language: in the rule's own sentence where {@code own} gives it. */
    static String message(Finding f, Sentences words, java.util.function.Function<Finding, java.util.Optional<String>> own) {
        return own.apply(f).map(sentence -> words.message("finding." + f.code() + ".sentence",
                Map.of("sentence", sentence, "validity", f.parts().getOrDefault("validity", "")), false)).orElseGet(() -> message(f, words));
    }

    /**
     * The sentence of the rule an unnamed-bearer finding is about, in {@code words}' language: the fact the parts
     * {@code action}, {@code matter}, {@code scopeId} and {@code clause} name, among the rows whose sentence names no one.
     */
    static java.util.function.Function<Finding, java.util.Optional<String>> ownSentences(dk.kulturmetropol.rules.Governance g, Sentences words) {
        return f -> {
            if (words == null || !f.code().equals("unnamed-bearer") || !f.parts().containsKey("action")) {
                return java.util.Optional.empty();
            }
            return g.who(f.parts().get("action"), f.parts().get("matter")).unspecified().stream().map(r -> r.fact())
                    .filter(d -> d.clauseId().equals(f.parts().get("clause")) && java.util.Objects.equals(d.scope(), f.parts().get("scopeId")))
                    .findFirst().map(words::of);
        };
    }

    /** A finding's message in {@code words}' language, from its parts; one made by hand without parts as it is. */
    static String message(Finding f, Sentences words) {
        return f.parts().isEmpty() ? f.message() : words.message("finding." + f.parts().getOrDefault("key", f.code()), f.parts(), false);
    }

    /** The findings as JSON; with {@code words}, each adds {@code messageLabel}, its message in that language. */
    static String json(List<Finding> findings, Sentences words) {
        return json(findings, words, f -> java.util.Optional.empty());
    }

    /** The findings as JSON; {@code messageLabel} in the rule's own sentence where {@code own} gives it, as the text shows it. */
    static String json(List<Finding> findings, Sentences words, java.util.function.Function<Finding, java.util.Optional<String>> own) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("findings", findings.stream().map(f -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("severity", f.severity().id());
            one.put("code", f.code());
            one.put("message", f.message());
            one.put("actors", f.actors());
            one.put("matters", f.matters());
            one.put("clauses", f.clauses().stream().map(FindingsOutput::clause).toList());
            if (words != null) {
                one.put("messageLabel", message(f, words, own));
            }
            return one;
        }).toList());
        return write(doc);
    }

    /**
     * The changes as text; with {@code words}, each fact a sentence in its language, with its dates and clauses. A change
     * of dates only says what it is now and was ("~ Roskilde Kommune er hjemkommune for Musikindsatsen: gælder nu til 30.
     * juni 2022 (før: til 31. december 2024)."); a holder the after side names where the text names another says so
     * ("ifølge den ændrede aftale; kommissoriet nævner Roskilde Kommune"); a change that reads word for word as another
     * (a duty and the reporting line it makes) is written once, and the count says how many were.
     */
    static String changesText(List<dk.kulturmetropol.rules.Change> changes, Sentences words) {
        if (words == null) {
            return changesText(changes);
        }
        // a change as its line and its clauses, the key that a change reading word for word as another is written once
        // by; the readings the facts so written rest on gathered under it
        java.util.LinkedHashMap<String, java.util.LinkedHashSet<String>> blocks = new java.util.LinkedHashMap<>();
        for (dk.kulturmetropol.rules.Change c : changes) {
            StringBuilder block = new StringBuilder();
            java.util.Optional<TextPeriod> period = textPeriod(c);
            java.util.Optional<TextPeriod> ended = period.filter(TextPeriod::ended);
            boolean textNamesOther = false;
            switch (c.kind()) {
                case ADDED -> {
                    java.util.Optional<String> names = textNames(c, changes, words.labels());
                    textNamesOther = names.isPresent();
                    block.append("  + ").append(line(c.after().orElseThrow(), names, words));
                }
                case REMOVED -> block.append("  - ").append(line(c.before().orElseThrow(), java.util.Optional.empty(), words));
                case CHANGED -> {
                    if (ended.isPresent()) {
                        // the text says it of its own years, and the changed agreement carries it past them: it ended
                        block.append("  - ").append(endedLine(c.before().orElseThrow(), ended.get(), words));
                    } else {
                        block.append("  ~ ").append(changed(c.before().orElseThrow(), c.after().orElseThrow(), words));
                    }
                }
            }
            if (c.kind() != dk.kulturmetropol.rules.Change.Kind.REMOVED && !textNamesOther && ended.isEmpty()) {
                period.map(p -> periodNote(p, words)).ifPresent(note -> {
                    int firstLine = block.indexOf("\n");
                    block.insert(firstLine < 0 ? block.length() : firstLine, " " + note);
                });
            }
            block.append('\n');
            // the clauses on lines of their own, quoted: no id in the sentence
            c.clauses().forEach(clause -> block.append("      ").append(quoted(clause, words)).append('\n'));
            java.util.LinkedHashSet<String> readings = blocks.computeIfAbsent(block.toString(), k -> new java.util.LinkedHashSet<>());
            // a fact added or changed that rests on a reading says so, as reports does
            c.after().map(dk.kulturmetropol.model.Derived::reading).ifPresent(r -> readings.add(words.phrase("reading", "reading", words.reading(r))));
        }
        int same = changes.size() - blocks.size();
        StringBuilder out = new StringBuilder(changes.isEmpty() ? words.phrase("changes.none")
                : changes.size() == 1 ? words.phrase("changes.one")
                : capitalised(same > 0 ? words.phrase(same == 1 ? "changes.many.same.one" : "changes.many.same", "n", words.count(changes.size(), false),
                        "same", words.count(same, false)) : words.phrase("changes.many", "n", words.count(changes.size(), false))))
                .append(changes.isEmpty() ? "\n" : "\n\n");
        blocks.forEach((block, readings) -> {
            int clauses = block.indexOf("\n") + 1;
            int before = block.startsWith("  ~ ") && block.startsWith("      " + words.phrase("changes.before", "line", ""), clauses)
                    ? block.indexOf("\n", clauses) + 1 : clauses;
            out.append(block, 0, before);
            readings.forEach(r -> out.append("      ").append(r).append('\n'));
            out.append(block, before, block.length());
        });
        AnswerText.areaNamesNote(out.toString(), words).ifPresent(note -> out.append('\n').append(note).append('\n'));
        return out.toString();
    }

    /**
     * A fact as a line: its sentence, then when it holds, as a sentence of its own. {@code named}, when given, is the note
     * that the text names another municipality ({@link #textNames}): after the sentence, or, where the sentence goes on
     * after a semicolon ("...; teksten nævner ikke, hvem der har valgt kommunen."), after its first part, in parentheses, so
     * the note is not read as part of what follows.
     */
    private static String line(dk.kulturmetropol.model.Derived fact, java.util.Optional<String> named, Sentences words) {
        String sentence = words.of(fact);
        String validity = words.validity(fact.validity());
        int part = sentence.indexOf("; ");
        String said = named.isEmpty() ? sentence
                : part < 0 ? sentence.substring(0, sentence.length() - 1) + " " + words.phrase("changes.text-names", "named", named.get()) + "."
                : sentence.substring(0, part) + " " + words.phrase("changes.text-names.inside", "named", named.get()) + sentence.substring(part);
        return said + " " + Character.toUpperCase(validity.charAt(0)) + validity.substring(1) + ".";
    }

    private static final java.util.regex.Pattern TEXT_PERIOD = java.util.regex.Pattern.compile("perioden (\\d{4})-(\\d{4})");

    /**
     * The years a fact's clause names ("i hele aftaleperioden 2021-2024") where the fact, added or changed, holds on the
     * after side outside them; {@code commitment} where it is a commitment the text records ("har forpligtiget sig") of the
     * municipality that is the fact's actor, not a fact drawn from the same sentence (the guidelines the secretariat gives,
     * who renders the final accounts); {@code ended} where it is a change whose before side held within those years, so
     * that the text's fact ends with them.
     */
    private record TextPeriod(String years, boolean commitment, boolean ended) {
    }

    private static java.util.Optional<TextPeriod> textPeriod(dk.kulturmetropol.rules.Change c) {
        if (c.after().isEmpty()) {
            return java.util.Optional.empty();
        }
        dk.kulturmetropol.model.Validity now = c.after().get().validity();
        for (Clause clause : c.clauses()) {
            java.util.regex.Matcher years = TEXT_PERIOD.matcher(clause.quote());
            if (years.find()) {
                LocalDate first = LocalDate.of(Integer.parseInt(years.group(1)), 1, 1);
                LocalDate last = LocalDate.of(Integer.parseInt(years.group(2)), 12, 31);
                if (now.from().isBefore(first) || now.to().isAfter(last)) {
                    boolean commitment = (clause.quote().contains("forpligtiget sig") || clause.quote().contains("forpligtet sig"))
                            && c.after().get() instanceof dk.kulturmetropol.model.Duty d && d.actor() != null
                            && (d.actor().startsWith("home-municipality:") || d.actor().startsWith("partner-municipality:"));
                    boolean ended = c.before().map(b -> !b.validity().from().isBefore(first) && !b.validity().to().isAfter(last)).orElse(false);
                    return java.util.Optional.of(new TextPeriod(years.group(1) + "-" + years.group(2), commitment, ended));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * For a fact added or changed that holds, on the after side, outside the years its clause names, the note that the
     * text says it of those years only: a commitment the text records is not given again by a changed agreement that only
     * places the secretariat or the focus areas; any other fact is set by the text for those years only.
     */
    private static String periodNote(TextPeriod p, Sentences words) {
        return words.phrase(p.commitment() ? "changes.commitment-period" : "changes.text-period", "years", p.years());
    }

    /**
     * A fact of the text's own years that a changed agreement would carry past them, as ended: its sentence, why in
     * parentheses, and when it held ("Ishøj Kommune har forpligtet sig til at huse sekretariatet i hele aftaleperioden
     * (kommissoriets tilsagn for 2021-2024; et nyt tilsagn fremgår ikke af den ændrede aftale). Gælder fra ...").
     */
    private static String endedLine(dk.kulturmetropol.model.Derived was, TextPeriod period, Sentences words) {
        String sentence = words.of(was);
        String validity = words.validity(was.validity());
        String why = words.phrase(period.commitment() ? "changes.commitment-ended" : "changes.text-ended", "years", period.years());
        return (sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence) + " (" + why + "). "
                + Character.toUpperCase(validity.charAt(0)) + validity.substring(1) + ".";
    }

    /** A changed fact: only its dates, when it reads the same ("...: gælder nu til ... (før: til ...)."), else both. */
    private static String changed(dk.kulturmetropol.model.Derived was, dk.kulturmetropol.model.Derived now, Sentences words) {
        String sentence = words.of(now);
        if (!sentence.equals(words.of(was))) {
            return line(now, java.util.Optional.empty(), words) + "\n      " + words.phrase("changes.before", "line", line(was, java.util.Optional.empty(), words));
        }
        dk.kulturmetropol.model.Validity a = was.validity();
        dk.kulturmetropol.model.Validity b = now.validity();
        String head = sentence.substring(0, sentence.length() - 1);
        if (a.from().equals(b.from())) {
            return words.phrase("changes.now-to", "sentence", head, "now", words.date(b.to()), "was", words.date(a.to()));
        }
        if (a.to().equals(b.to())) {
            return words.phrase("changes.now-from", "sentence", head, "now", words.date(b.from()), "was", words.date(a.from()));
        }
        return words.phrase("changes.now", "sentence", head, "now", words.phrase("changes.range", "from", words.date(b.from()), "to", words.date(b.to())),
                "was", words.phrase("changes.range", "from", words.date(a.from()), "to", words.date(a.to())));
    }

    /**
     * For an added fact that names a municipality where its clause names, word for word, the one its counterpart on the
     * before side names, and not its own (home.list names Roskilde Kommune, the changed agreement Herlev Kommune;
     * chairs.who-1, -2 and -3 name Ishøj Kommune, the 2025-2028 agreement Roskilde Kommune): the name the text gives. The
     * counterpart is a fact of the same rule about the same post (or the same action and matter) that names another
     * municipality.
     */
    private static java.util.Optional<String> textNames(dk.kulturmetropol.rules.Change added, List<dk.kulturmetropol.rules.Change> changes,
                                                        dk.kulturmetropol.model.Labels labels) {
        dk.kulturmetropol.model.Derived now = added.after().orElseThrow();
        String nowIn = municipality(now, labels);
        if (nowIn == null) {
            return java.util.Optional.empty();
        }
        String nowName = labels.label("scope", nowIn);
        for (dk.kulturmetropol.rules.Change c : changes) {
            if (c.before().isEmpty() || !counterparts(c.before().get(), now)) {
                continue;
            }
            String wasIn = municipality(c.before().get(), labels);
            if (wasIn == null || wasIn.equals(nowIn)) {
                continue;
            }
            String wasName = labels.label("scope", wasIn);
            if (added.clauses().stream().anyMatch(cl -> cl.quote().contains(wasName) && !cl.quote().contains(nowName))) {
                return java.util.Optional.of(wasName);
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether two facts state the same of (possibly) different municipalities: one rule, one post, or one action and matter. */
    private static boolean counterparts(dk.kulturmetropol.model.Derived was, dk.kulturmetropol.model.Derived now) {
        if (!was.rule().equals(now.rule())) {
            return false;
        }
        if (was instanceof dk.kulturmetropol.model.PostHolding a && now instanceof dk.kulturmetropol.model.PostHolding b) {
            return a.post().equals(b.post());
        }
        return was instanceof dk.kulturmetropol.model.Duty a && now instanceof dk.kulturmetropol.model.Duty b
                && a.action().equals(b.action()) && a.matter().equals(b.matter());
    }

    /**
     * The partner municipality a fact names: a post's holder (Roskilde Kommune, or the one of Roskilde Kommune's
     * kulturchef), a duty's scope; null when it names none.
     */
    private static String municipality(dk.kulturmetropol.model.Derived fact, dk.kulturmetropol.model.Labels labels) {
        String named = fact instanceof dk.kulturmetropol.model.PostHolding h ? h.holder()
                : fact instanceof dk.kulturmetropol.model.Duty d ? d.scope() : null;
        if (named == null) {
            return null;
        }
        String scope = dk.kulturmetropol.model.ActorRef.parse(named).scope();
        String municipality = scope != null ? scope : named;
        return labels.partnerIds().contains(municipality) ? municipality : null;
    }

    static String changesText(List<dk.kulturmetropol.rules.Change> changes) {
        StringBuilder out = new StringBuilder(changes.isEmpty() ? "No changes: the rules state the same on both sides.\n"
                : changes.size() + (changes.size() == 1 ? " change" : " changes") + " (+ added, - removed, ~ changed):\n\n");
        changes.forEach(c -> out.append("  ").append(c.toString().replace("\n", "\n  ")).append('\n'));
        return out.toString();
    }

    /** The changes as JSON; with {@code words}, each side adds {@code sentence} in its language. */
    static String changesJson(List<dk.kulturmetropol.rules.Change> changes, Sentences words) {
        return changesJson(changes, words, List.of());
    }

    /** As {@link #changesJson(List, Sentences)}, with {@code notes} on what the changes mean (an --as-of outside one side). */
    static String changesJson(List<dk.kulturmetropol.rules.Change> changes, Sentences words, List<String> notes) {
        Map<String, Object> doc = new LinkedHashMap<>();
        if (!notes.isEmpty()) {
            doc.put("notes", notes);
        }
        doc.put("changes", changes.stream().map(c -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("change", c.kind().id());
            one.put("kind", c.factKind());
            one.put("before", c.before().map(f -> fact(f, words)).orElse(null));
            one.put("after", c.after().map(f -> fact(f, words)).orElse(null));
            if (c.after().isPresent()) {
                // the text says it of its own years only: said in English, and in the language asked
                textPeriod(c).ifPresent(p -> {
                    one.put("note", periodNote(p, Sentences.english()));
                    if (words != null) {
                        one.put("noteLabel", periodNote(p, words));
                    }
                });
            }
            one.put("clauses", c.clauses().stream().map(FindingsOutput::clause).toList());
            return one;
        }).toList());
        return write(doc);
    }

    private static Map<String, Object> fact(dk.kulturmetropol.model.Derived fact, Sentences words) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rule", fact.rule());
        out.put("text", dk.kulturmetropol.rules.Change.describe(fact));
        if (words != null) {
            out.put("sentence", words.of(fact));
        }
        if (fact.reading() != null) {
            out.put("reading", fact.reading());
            if (words != null) {
                out.put("readingLabel", words.reading(fact.reading()));
            }
        }
        out.put("validFrom", fact.validity().from().toString());
        out.put("validTo", fact.validity().to().toString());
        return out;
    }

    /** A clause as JSON: {@code id}, {@code section}, {@code quote}. */
    static Map<String, Object> clause(Clause c) {
        Map<String, Object> clause = new LinkedHashMap<>();
        clause.put("id", c.id());
        clause.put("section", c.section());
        clause.put("quote", c.quote());
        return clause;
    }

    /** The meeting findings as text, a block a body and a line a year or quarter; with {@code words}, in its language. */
    static String meetingsText(List<dk.kulturmetropol.rules.MeetingFinding> findings, LocalDate asOf, Sentences words) {
        StringBuilder out = new StringBuilder(words == null ? "Meetings held against the text, as of " + asOf + ":"
                : words.phrase("meetings.head", "date", words.date(asOf))).append('\n');
        if (words != null && findings.stream().anyMatch(f -> f.held() == 0 && f.frequency() != null)) {
            // what the tool knows is the record: a year with none in it is judged as one with none held, and says so
            out.append(words.phrase("meetings.none-note")).append('\n');
        }
        String body = null;
        for (dk.kulturmetropol.rules.MeetingFinding f : findings) {
            if (!f.body().equals(body)) {
                body = f.body();
                out.append(words == null ? "\n  " + body + " (" + f.clause().id() + ": \"" + f.clause().quote() + "\")\n"
                        // in a language, the quotation on a line of its own
                        : "\n  " + capitalised(words.labels().inSentence("actor", body)) + "\n    " + words.quoted(f.clause(), false) + "\n");
            }
            out.append(words == null
                    ? String.format(java.util.Locale.ROOT, "    %-8s held %2d, expected %-12s %s", f.period(), f.held(), f.expected(), f.status().id())
                    : "    " + row(f, words)).append('\n');
            if (f.partial()) {
                out.append(words == null ? "             reading: " + f.reading().orElseThrow() : "      " + proRata(f, words)).append('\n');
            }
        }
        return out.toString();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }

    /** A count of meetings in words: in Danish "et møde", "mindst ét" (møde is neuter); {@code stressed} for a number alone. */
    private static String meetings(int n, boolean stressed, Sentences words) {
        return stressed ? words.count(n, true) : words.number(n, true);
    }

    /** The status in words; judged pro rata, it says so. */
    private static String status(dk.kulturmetropol.rules.MeetingFinding f, Sentences words) {
        String key = "meetings.status." + f.status().id();
        return words.words(key + ".pro-rata").filter(x -> f.partial()).orElseGet(() -> words.phrase(key));
    }

    /** A year or quarter judged pro rata, as a reading in {@code words}' language. */
    private static String proRata(dk.kulturmetropol.rules.MeetingFinding f, Sentences words) {
        return words.phrase("meetings.pro-rata." + f.frequency().per().id(), "days", words.count(f.days(), false), "whole", words.count(f.wholeDays(), false),
                "range", words.phrase("period.range", "from", words.inText(f.from()), "to", words.inText(f.to())), "count", count(f.proRata(), words));
    }

    /** A count in words: {@code fire}, {@code to til tre}, {@code mindst én}. */
    private static String count(dk.kulturmetropol.model.Frequency fr, Sentences words) {
        if (fr.max() == null) {
            return fr.min() == 0 ? words.phrase("meetings.count.any") : words.phrase("meetings.count.at-least", "n", meetings(fr.min(), true, words));
        }
        if (fr.min() == 0) {
            return words.phrase("meetings.count.at-most", "n", meetings(fr.max(), true, words));
        }
        return fr.max().equals(fr.min()) ? meetings(fr.min(), true, words)
                : words.phrase("number.range", "min", meetings(fr.min(), false, words), "max", meetings(fr.max(), false, words));
    }

    /**
     * A year or quarter in words: {@code 2021: to møder afholdt; kommissoriet fastsætter en til to gange om året – i orden},
     * {@code 2023: ingen møder i oversigten; ...} where the record has none (what the tool knows is the record, not
     * whether a meeting was held), {@code 2020: ét møde afholdt – uden for aftaleperioden} for one outside the period.
     */
    private static String row(dk.kulturmetropol.rules.MeetingFinding f, Sentences words) {
        String period = f.period().matches("\\d{4}") ? f.period() : words.countedPeriod(f.period());
        String held = words.count(f.held(), true) + " " + words.phrase(f.held() == 1 ? "meetings.meeting" : "meetings.meetings");
        if (f.frequency() == null) {
            return words.phrase("meetings.row.outside", "period", period, "held", held, "status", status(f, words));
        }
        return words.phrase(f.held() == 0 ? "meetings.row.none" : "meetings.row", "period", period, "held", held, "expected", expected(f, words),
                "status", status(f, words));
    }

    /**
     * How often the text says a body meets, in {@code words}' language and the text's own count of times ("fire gange
     * årligt", "en til to gange årligt", "som minimum kvartalsvis"): {@code fire gange om året}, {@code en til to gange om
     * året}, {@code mindst én gang i kvartalet}; the text's count for a whole year or quarter, also where it was read pro
     * rata (the reading says so on its own line).
     */
    private static String expected(dk.kulturmetropol.rules.MeetingFinding f, Sentences words) {
        if (f.frequency() == null) {
            return words.phrase("meetings.not-judged");
        }
        dk.kulturmetropol.model.Frequency fr = f.frequency();
        String times = fr.max() == null ? words.phrase("meetings.times.at-least", "times", times(fr.min(), words))
                : fr.max().equals(fr.min()) ? times(fr.min(), words)
                : words.phrase("meetings.times.range", "min", words.number(fr.min(), false), "max", words.number(fr.max(), false));
        return words.phrase("meetings.expected." + fr.per().id(), "times", times);
    }

    /** {@code én gang} ({@code once}), {@code fire gange} ({@code four times}). */
    private static String times(int n, Sentences words) {
        return n == 1 ? words.phrase("meetings.times.one") : words.phrase("meetings.times", "n", words.count(n, false));
    }

    /** The meeting findings as JSON; with {@code words}, each adds {@code bodyLabel} and {@code statusLabel}. */
    static String meetingsJson(List<dk.kulturmetropol.rules.MeetingFinding> findings, Sentences words) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("findings", findings.stream().map(f -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("body", f.body());
            one.put("period", f.period());
            one.put("held", f.held());
            one.put("expected", f.expected());
            one.put("status", f.status().id());
            if (f.partial()) {
                one.put("from", f.from().toString());
                one.put("to", f.to().toString());
                one.put("proRata", f.proRataExpected());
                one.put("reading", f.reading().orElseThrow());
                if (words != null) {
                    one.put("readingLabel", proRata(f, words));
                }
            }
            if (words != null) {
                one.put("bodyLabel", words.labels().label("body", f.body()));
                one.put("statusLabel", status(f, words));
                one.put("expectedLabel", expected(f, words));
            }
            one.put("clause", clause(f.clause()));
            return one;
        }).toList());
        return write(doc);
    }

    /** May-decide's answer as text: the question, the reason and the clause; with {@code words}, in its language. */
    static String decisionText(String post, String body, LocalDate asOf, dk.kulturmetropol.rules.Decision d, Sentences words) {
        return decisionText(post, body, asOf, d, words, LocalDate.now());
    }

    /**
     * As {@link #decisionText(String, String, LocalDate, dk.kulturmetropol.rules.Decision, Sentences)}, in words in the
     * tense {@code asOf} takes on {@code today}: a day gone by in the past ("Den 6. maj 2021 holdt KMK møde"), today or
     * a day to come in the present ("Den 6. maj 2027 holder KMK møde").
     */
    static String decisionText(String post, String body, LocalDate asOf, dk.kulturmetropol.rules.Decision d, Sentences words, LocalDate today) {
        String question = words == null ? "Does " + post + " have authority to make decisions on " + body + "'s behalf on " + asOf + "?"
                : words.message(tensed(words, ownKey(words, "decision.question", post), asOf, today),
                Map.of("actor", post, "body", body, "bodyOf", body, "date", asOf.toString()), false);
        return question + "\n\n  " + reason(d, words, today) + "\n    " + quoted(d.clause(), words) + "\n";
    }

    private static String reason(dk.kulturmetropol.rules.Decision d, Sentences words, LocalDate today) {
        if (words == null || !d.parts().containsKey("key")) {
            return d.reason();
        }
        String key = ownKey(words, d.parts().get("key"), d.parts().getOrDefault("actor", ""));
        String date = d.parts().get("date");
        return words.message(date == null ? key : tensed(words, key, LocalDate.parse(date), today), d.parts(), false);
    }

    /** {@code key.past} for a day before {@code today} where the language has it, else {@code key}. */
    static String tensed(Sentences words, String key, LocalDate day, LocalDate today) {
        return day.isBefore(today) && words.words(key + ".past").isPresent() ? key + ".past" : key;
    }

    /**
     * {@code key.actor} when the language has a phrase of its own for that actor ({@code decision.question.vice-chair}:
     * "Har næstformændene ...", the text's plural for its two vice-chairs), else {@code key}.
     */
    static String ownKey(Sentences words, String key, String actor) {
        return words.words(key + "." + actor).isPresent() ? key + "." + actor : key;
    }

    static String decisionJson(dk.kulturmetropol.rules.Decision d, Sentences words) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("answer", d.answer());
        doc.put("reason", d.reason());
        if (words != null) {
            doc.put("reasonLabel", reason(d, words, LocalDate.now()));
        }
        doc.put("clause", clause(d.clause()));
        return write(doc);
    }

    private static String write(Map<String, Object> doc) {
        return JsonOutput.write(doc, "the " + doc.keySet().iterator().next()) + "\n";
    }
}
